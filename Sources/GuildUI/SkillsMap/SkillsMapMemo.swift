import Foundation
import GuildCore

/// What the skills map derived from the data last, so keys, frames and idle rounds do not derive it again: the matrix
/// for the current options, the partner index and the cursor person's partners, the index of who to ask's texts and
/// the page of the current view.
/// (The pairing proposal is drawn once per draw request and kept in `SkillsMapState.pairs`; the memo only counts draws.)
///
/// Each is kept with exactly what it was built from (a data or content stamp of `AppState`, the options, the seed,
/// the view); a stamp is never reused, so copies of a state that share the memo can never be answered with another
/// copy's result. Like `DetailMemo`, it is not part of what a state *is*: it dumps as empty.
final class SkillsMapMemo: @unchecked Sendable, CustomReflectable {
    /// What the page of a view (not the matrix's, which is drawn from the kept matrix) was built from.
    struct PageKey: Equatable {
        /// The data stamp, or the content stamp for a page that also reads the clock (stamps never collide).
        var content: UInt64
        var tab: SkillsMapTab
        var target: SkillsMapTarget?
        var query: String
        var seed: UInt64
        var width: Int
        /// The pairs tab's proposal (with its swaps and mark) and whether it shows the history instead.
        var pairs: PairsDraft?
        var pairHistory: Bool
    }

    private struct MatrixKey: Equatable {
        var data: UInt64
        var options: MatrixOptions
    }

    private struct PanelKey: Equatable {
        var data: UInt64
        var person: UUID
        var limit: Int
    }

    /// How many times each kind was built (tests check keys and frames build nothing new).
    struct Builds: Equatable {
        var matrix = 0
        /// Pairing draws (one per draw request).
        var proposal = 0
        /// Partner indexes (one per data change) and the partner panels of cursor people.
        var partnerIndex = 0
        var partnerPanel = 0
        var page = 0
        /// Everyone's current ratings (read by the matrix, gaps, pairs and who to ask).
        var ratings = 0
        /// The index of the texts who to ask searches.
        var whoIndex = 0
    }

    private let lock = NSLock()
    private var counted = Builds()
    private var matrix: (key: MatrixKey, value: SkillsMatrix)?
    private var longest: (key: MatrixKey, value: Int)?
    private var partnerIndex: (data: UInt64, value: PartnerIndex)?
    private var partnerPanel: (key: PanelKey, value: [SkillsMapLine])?
    private var ratings: (data: UInt64, value: CurrentRatings)?
    private var whoIndex: (data: UInt64, value: WhoToAskIndex)?
    private var page: (key: PageKey, value: SkillsMapPage)?

    var customMirror: Mirror { Mirror(self, children: [:]) }

    /// The matrix for `options` on the data of stamp `dataStamp`, built by `build` unless it is the one kept.
    func matrix(options: MatrixOptions, dataStamp: UInt64, build: () -> SkillsMatrix) -> SkillsMatrix {
        let key = MatrixKey(data: dataStamp, options: options)
        if let kept = locked({ matrix }), kept.key == key { return kept.value }
        let value = build()
        locked {
            matrix = (key, value)
            counted.matrix += 1
        }
        return value
    }

    /// The widest name of the matrix for `options`, measured by `build` unless it is the one kept.
    func longestName(options: MatrixOptions, dataStamp: UInt64, build: () -> Int) -> Int {
        let key = MatrixKey(data: dataStamp, options: options)
        if let kept = locked({ longest }), kept.key == key { return kept.value }
        let value = build()
        locked { longest = (key, value) }
        return value
    }

    /// Everyone's current ratings on the data of stamp `dataStamp`, computed by `build` unless they are the ones kept.
    func ratings(dataStamp: UInt64, build: () -> CurrentRatings) -> CurrentRatings {
        if let kept = locked({ ratings }), kept.data == dataStamp { return kept.value }
        let value = build()
        locked {
            ratings = (dataStamp, value)
            counted.ratings += 1
        }
        return value
    }

    /// The index of who to ask's texts on the data of stamp `dataStamp`, built by `build` unless it is the one kept.
    func whoIndex(dataStamp: UInt64, build: () -> WhoToAskIndex) -> WhoToAskIndex {
        if let kept = locked({ whoIndex }), kept.data == dataStamp { return kept.value }
        let value = build()
        locked {
            whoIndex = (dataStamp, value)
            counted.whoIndex += 1
        }
        return value
    }

    /// Counts one pairing draw (the pairs tab draws on request and keeps the result in its state).
    func countDraw() {
        locked { counted.proposal += 1 }
    }

    /// The partner index of the data of stamp `dataStamp`, built by `build` unless it is the one kept.
    func partnerIndex(dataStamp: UInt64, build: () -> PartnerIndex) -> PartnerIndex {
        if let kept = locked({ partnerIndex }), kept.data == dataStamp { return kept.value }
        let value = build()
        locked {
            partnerIndex = (dataStamp, value)
            counted.partnerIndex += 1
        }
        return value
    }

    /// Whether the partner index of the data of stamp `dataStamp` is built (the pairs tab builds it when idle).
    func hasPartnerIndex(dataStamp: UInt64) -> Bool {
        locked { partnerIndex?.data == dataStamp }
    }

    /// The partner panel of `person` (at most `limit` partners) on the data of stamp `dataStamp`, built by `build`
    /// unless it is the one kept: once per cursor move, not per frame.
    func partnerPanel(person: UUID, limit: Int, dataStamp: UInt64, build: () -> [SkillsMapLine]) -> [SkillsMapLine] {
        let key = PanelKey(data: dataStamp, person: person, limit: limit)
        if let kept = locked({ partnerPanel }), kept.key == key { return kept.value }
        let value = build()
        locked {
            partnerPanel = (key, value)
            counted.partnerPanel += 1
        }
        return value
    }

    /// The page for `key`, built by `build` unless it is the one kept.
    func page(for key: PageKey, build: () -> SkillsMapPage) -> SkillsMapPage {
        if let kept = locked({ page }), kept.key == key { return kept.value }
        let value = build()
        locked {
            page = (key, value)
            counted.page += 1
        }
        return value
    }

    /// How many times each kind was built so far.
    var builds: Builds { locked { counted } }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
