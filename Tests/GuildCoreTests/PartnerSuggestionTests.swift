import Foundation
@testable import GuildCore
import XCTest

/// `guild pairs --for`: partners for one person, scored by the draw's rules, with the reasons.
final class PartnerSuggestionTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_800_000_000)
    private var data = GuildData()
    private var kotlin = UUID()
    private var swift = UUID()

    private func person(_ handle: String, team: String, away: Bool = false, optOut: Bool = false,
                        _ ratings: [(UUID, SkillLevel, learn: Bool, teach: Bool)]) -> UUID {
        let person = Person(name: handle.capitalized, handle: handle, team: team, away: away ? true : nil,
                            pairingOptOut: optOut ? true : nil, updatedAt: now)
        data.upsert(person)
        data.upsert(RatingSheet(personID: person.id, ratings: ratings.map {
            SkillRating(skillID: $0.0, level: $0.1, wantsToLearn: $0.learn, happyToTeach: $0.teach, ratedAt: now)
        }, updatedAt: now))
        return person.id
    }

    func testBestFirstWithReasonsAndRecentPairsLast() throws {
        let kotlinSkill = Skill(name: "Kotlin", category: "Languages", updatedAt: now)
        let swiftSkill = Skill(name: "Swift", category: "Languages", updatedAt: now)
        kotlin = kotlinSkill.id
        swift = swiftSkill.id
        data.upsert(kotlinSkill)
        data.upsert(swiftSkill)
        let ana = person("ana", team: "Payments", [(kotlin, .learning, true, false), (swift, .expert, false, true)])
        let bo = person("bo", team: "Payments", [(kotlin, .expert, false, true)])             // teaches, same team, but in last round's trio
        let cy = person("cy", team: "Mobile", [(kotlin, .proficient, false, true)])           // teaches, other team: 16
        let di = person("di", team: "mobile", [(swift, .none, true, false)])                  // learns from ana, other team: 16
        let ed = person("ed", team: "Platform", [])                                           // other team only: 6
        let fe = person("fe", team: "Platform", [(kotlin, .expert, false, true)])             // 16, but paired last round
        _ = person("gu", team: "Platform", away: true, [(kotlin, .expert, false, true)])      // away: never suggested
        _ = person("ho", team: "Platform", optOut: true, [(kotlin, .expert, false, true)])    // opted out: never suggested
        let older = PairingRound(drawnAt: now.addingTimeInterval(-86_400 * 70), seed: 1, groups: [PairingGroup(members: [ana, ed])])
        let last = PairingRound(drawnAt: now.addingTimeInterval(-86_400 * 7), seed: 2, groups: [PairingGroup(members: [fe, ana, bo])])
        var rules = PairingRoulette.Rules()
        rules.window = 1

        let suggestions = PartnerSuggestion.suggest(for: ana, in: data, rounds: [older, last], rules: rules, limit: 10)
        // cy and di 16 (name order), ed 6 − 4 (paired before the window), then the recent pairs: fe 16 − 4 − 1000, bo 10 − 4 − 1000.
        XCTAssertEqual(suggestions.map(\.partner), [cy, di, ed, fe, bo])
        let byPartner = Dictionary(uniqueKeysWithValues: suggestions.map { ($0.partner, $0) })
        XCTAssertEqual(byPartner[cy]?.teachesYou, [kotlin])
        XCTAssertEqual(byPartner[cy]?.learnsFromYou, [])
        XCTAssertEqual(byPartner[di]?.learnsFromYou, [swift])
        XCTAssertEqual(byPartner[di]?.crossTeam, true, "Mobile vs Payments")
        XCTAssertEqual(byPartner[bo]?.crossTeam, false)
        XCTAssertEqual(byPartner[ed]?.isTeachingMatch, false)
        XCTAssertEqual(byPartner[ed]?.timesPaired, 1)
        XCTAssertEqual(byPartner[ed]?.lastPaired, older.drawnAt)
        XCTAssertEqual(byPartner[ed]?.isRecent, false, "outside the window of one round")
        XCTAssertEqual(byPartner[fe]?.isRecent, true)
        XCTAssertEqual(byPartner[fe]?.lastPaired, last.drawnAt)
        XCTAssertEqual(byPartner[bo]?.score, 10 - 4 - 1_000, "bo was in last round's trio too")
        XCTAssertNil(byPartner[cy]?.lastPaired)

        XCTAssertEqual(PartnerSuggestion.suggest(for: ana, in: data, rounds: [older, last], rules: rules, limit: 2).map(\.partner), [cy, di])
        XCTAssertEqual(PartnerSuggestion.suggest(for: UUID(), in: data, rounds: [], limit: 5), [], "an unknown person has no partners")
    }

    func testOnTheSampleTeamEverySuggestionIsSomeoneTheDrawWouldInclude() {
        let sample = SampleTeam.make(now: now, calendar: Calendar(identifier: .gregorian))
        for person in sample.people.values {
            let suggestions = PartnerSuggestion.suggest(for: person.id, in: sample, rounds: Array(sample.pairingRounds.values), limit: 100)
            XCTAssertFalse(suggestions.contains { $0.partner == person.id })
            for suggestion in suggestions {
                let partner = sample.people[suggestion.partner]!
                XCTAssertFalse(partner.isAway || partner.pairingOptOut == true, "\(partner.handle) is left out of draws")
            }
            XCTAssertEqual(suggestions.map(\.score), suggestions.map(\.score).sorted(by: >), "best first")
        }
    }

    /// A short list (the pairs tab's panel) keeps the best few while scoring everyone once, and lists skills for those
    /// only: it is exactly the head of the whole ranking, for everyone of the `10k` scale's people with recorded rounds.
    func testShortListIsTheHeadOfTheWholeRanking() {
        var team = PairingQualityTests.tenKPeople()
        var rounds: [PairingRound] = []
        for seed in UInt64(1)...3 {
            let draw = PairingRoulette.draw(team, previous: rounds, seed: seed, at: PairingQualityTests.now.addingTimeInterval(Double(seed) * 604_800))
            rounds.append(draw.round)
            team.upsert(draw.round)
        }
        let index = PartnerIndex(team, rounds: rounds)
        var compared = 0
        for person in team.people.keys.sorted(by: { $0.orderKey < $1.orderKey }) {
            let whole = index.suggest(for: person, limit: 1_000)
            for limit in [1, 3, 5, 12] {
                XCTAssertEqual(index.suggest(for: person, limit: limit), Array(whole.prefix(limit)), "limit \(limit)")
            }
            compared += whole.isEmpty ? 0 : 1
        }
        XCTAssertGreaterThan(compared, 150)
    }
}
