import Foundation
import GuildCore

/// Builds what a skills-map state shows — the open person or skill, else the current tab — from the data, the clock,
/// the keymap and the width, keeping what it derived in a `SkillsMapMemo` so keys and frames reuse it.
struct SkillsMapContent {
    let data: GuildData
    let now: Date
    let calendar: Calendar
    let keymap: Keymap
    let width: Int
    /// Where derived views are kept; a fresh memo derives everything once for this content.
    var memo = SkillsMapMemo()
    /// `AppState`'s stamps of the data alone, and of the data, lists, clock and theme: what kept views were built from.
    var dataStamp: UInt64 = 0
    var contentStamp: UInt64 = 0

    /// Everyone's current ratings, computed once per data change (the matrix, gaps, pairs and who to ask read them).
    var ratings: CurrentRatings {
        memo.ratings(dataStamp: dataStamp) { CurrentRatings(data) }
    }

    /// The index of the texts who to ask searches, built once per data change.
    var whoIndex: WhoToAskIndex {
        memo.whoIndex(dataStamp: dataStamp) { WhoToAskIndex(data) }
    }

    /// Derives, when a view opens, what its keys will read, so no key pays for it: who to ask's ratings and index of
    /// texts (each once per data change), so asking a question only looks it up.
    func prepare(_ map: SkillsMapState) {
        guard map.tab == .who, map.detail == nil else { return }
        _ = ratings
        _ = whoIndex
    }

    /// The matrix for `map`'s options (rows and columns in order), built once per data or option change.
    func matrix(_ map: SkillsMapState) -> SkillsMatrix {
        memo.matrix(options: map.options, dataStamp: dataStamp) { map.options.matrix(data, ratings: ratings) }
    }

    /// The widest name among the matrix's people, measured once per matrix.
    func longestName(_ map: SkillsMapState) -> Int {
        memo.longestName(options: map.options, dataStamp: dataStamp) { MatrixView.longestName(matrix(map)) }
    }

    /// The matrix for the current options, built from scratch.
    static func matrix(_ map: SkillsMapState, data: GuildData) -> SkillsMatrix {
        map.options.matrix(data)
    }

    /// Draws the pairing proposal for `seed`: only on a draw request (opening the pairs tab, redrawing), whose
    /// result the map keeps in its state.
    func draw(seed: UInt64) -> PairsDraft {
        memo.countDraw()
        return PairsDraft(data, seed: seed, now: now, ratings: ratings)
    }

    /// Who can teach and learn what, and everyone's earlier partners: indexed once per data change, at the first idle
    /// moment after the pairs tab shows (`AppState.skillsMapAwaitsPartners`), so opening the tab pays only for the draw.
    var partnerIndex: PartnerIndex {
        memo.partnerIndex(dataStamp: dataStamp) { PartnerIndex(data, rounds: Array(data.pairingRounds.values), ratings: ratings) }
    }

    /// Whether the partner index of the current data is built.
    var hasPartnerIndex: Bool {
        memo.hasPartnerIndex(dataStamp: dataStamp)
    }

    /// The partner panel of `person` when the partner index is built; until then (the frame that opens the tab), as
    /// many lines saying the partners are being found, so the page does not move when they come.
    func partnerPanelWhenIndexed(for person: UUID, limit: Int) -> [SkillsMapLine] {
        if hasPartnerIndex { return partnerPanel(for: person, limit: limit) }
        return [SkillsMapLine([("Partners for ", .header), (data.name(of: person), .title)]),
                .text("  finding the best partners…", .muted)] + Array(repeating: .blank, count: limit)
    }

    /// The lines under the pairs tab for the person under the cursor: their best partners with the reasons, and whom
    /// they paired with before. Built once per person and data change, from the partner index.
    func partnerPanel(for person: UUID, limit: Int) -> [SkillsMapLine] {
        memo.partnerPanel(person: person, limit: limit, dataStamp: dataStamp) {
            PairsView.partners(of: person, index: partnerIndex, data: data, limit: limit, calendar: calendar)
        }
    }

    /// How many rows take the cursor: the matrix's people, or the page's selectable lines.
    func rowCount(_ map: SkillsMapState) -> Int {
        map.tab == .matrix && map.detail == nil ? matrix(map).people.count : page(map).selectable.count
    }

    /// The page `map` shows; the matrix's only from `rows` of people when given (the rows on screen).
    func page(_ map: SkillsMapState, rows: Range<Int>? = nil) -> SkillsMapPage {
        if map.detail == nil, map.tab == .matrix {
            return MatrixView.page(matrix(map), longest: longestName(map), map: map, data: data, width: width, clearKey: clearKey, rows: rows)
        }
        // Only a skill's page reads the clock (its coverage over time); the others change with the data alone, so a
        // clock tick rebuilds nothing else.
        var readsClock = false
        if case .skill? = map.detail?.target { readsClock = true }
        let key = SkillsMapMemo.PageKey(content: readsClock ? contentStamp : dataStamp, tab: map.tab, target: map.detail?.target, query: map.query,
                                        seed: map.pairingSeed, width: width, pairs: map.tab == .pairs ? map.pairs : nil,
                                        pairHistory: map.tab == .pairs && map.showsPairHistory)
        return memo.page(for: key) { build(map) }
    }

    /// The key that clears the matrix's filters, as its empty page names it.
    private var clearKey: String {
        keymap.firstKeyName(SkillsMapCommand.clearFilters.rawValue)
    }

    private func build(_ map: SkillsMapState) -> SkillsMapPage {
        if let detail = map.detail {
            switch detail.target {
            case .person(let id): return PersonView.page(id, data: data, calendar: calendar)
            case .skill(let id): return SkillView.page(id, data: data, now: now, calendar: calendar)
            }
        }
        switch map.tab {
        case .matrix: return MatrixView.page(matrix(map), longest: longestName(map), map: map, data: data, width: width, clearKey: clearKey)
        case .gaps: return GapsView.page(data, ratings: ratings)
        case .pairs:
            if map.showsPairHistory { return PairsView.history(data, calendar: calendar, keymap: keymap) }
            return PairsView.page(map.pairs, recent: PairingRoulette.recentPairs(Array(data.pairingRounds.values)), data: data,
                                  calendar: calendar, keymap: keymap)
        case .who: return WhoView.page(data, query: map.query, ratings: ratings, index: whoIndex)
        case .topics: return TopicsView.page(data)
        case .solutions: return SolutionsView.page(data, query: map.query)
        case .learnings: return LearningsView.page(data, query: map.query, calendar: calendar)
        case .staffing: return StaffingView.page(data, query: map.query)
        }
    }
}
