import Foundation

/// A realistic sample team for `guild demo`: three teams, a weekly tech meeting, talks of every format,
/// notes, action items, learnings, topics, communities and solutions, all relative to `now` and the same for a seed.
public enum SampleTeam {
    /// Builds the sample team as of `now`, in `calendar`'s time zone.
    public static func make(now: Date, calendar: Calendar, seed: UInt64 = 42) -> GuildData {
        var builder = Builder(now: now, calendar: calendar, seed: seed)
        return builder.build()
    }

    private struct Builder {
        let now: Date
        let calendar: Calendar
        var random: SeededRandom
        var data = GuildData()
        var handles: [String: UUID] = [:]
        var skillIDs: [String: UUID] = [:]

        init(now: Date, calendar: Calendar, seed: UInt64) {
            self.now = now
            self.calendar = calendar
            self.random = SeededRandom(seed: seed)
        }

        /// A moment `days` from today at `hour`:`minute` local time.
        func at(_ days: Int, _ hour: Int, _ minute: Int = 0) -> Date {
            let day = Day(now, in: calendar).adding(days: days)
            return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute))!
        }

        func day(_ days: Int) -> Day { Day(now, in: calendar).adding(days: days) }

        func person(_ handle: String) -> UUID { handles[handle]! }

        func skill(_ name: String) -> UUID { skillIDs[name]! }

        mutating func build() -> GuildData {
            addPeople()
            addSkills()
            addRatings()
            let weekly = addWeeklyMeeting()
            let communities = addCommunities()
            addSessions(platformCoP: communities.platform, mobileCoP: communities.mobile)
            addActions(weekly: weekly)
            addLearnings(weekly: weekly)
            addTopics()
            addSolutions()
            addPairingRounds()
            return data
        }

        mutating func addPeople() {
            let people: [(String, String, String, String)] = [
                ("Amara Okafor", "amara", "Platform", "staff engineer"),
                ("Zoë Ångström", "zoe", "Platform", "site reliability engineer"),
                ("李雷", "lilei", "Platform", "backend engineer"),
                ("Mateus Gonçalves", "mateus", "Platform", "backend engineer"),
                ("Priya Raman", "priya", "Platform", "engineering manager"),
                ("José Álvarez", "jose", "Payments", "tech lead"),
                ("田中 由紀", "yuki", "Payments", "backend engineer"),
                ("Noah Schmidt", "noah", "Payments", "backend engineer"),
                ("Fatima Zahra El-Idrissi", "fatima", "Payments", "security engineer"),
                ("Olusegun Adeyemi", "segun", "Payments", "QA engineer"),
                ("Ingrid Løvstad", "ingrid", "Mobile", "tech lead"),
                ("Дмитрий Волков", "dmitri", "Mobile", "iOS engineer"),
                ("Chloé Dubois", "chloe", "Mobile", "Android engineer"),
                ("Sam Rivera", "sam", "Mobile", "designer"),
                ("Aanya Kapoor", "aanya", "Mobile", "junior engineer"),
            ]
            for (name, handle, team, role) in people {
                let id = random.uuid()
                handles[handle] = id
                var person = Person(id: id, name: name, handle: handle, team: team, role: role,
                                    email: "\(handle)@example.com", updatedAt: at(-120, 9))
                if handle == "noah" { person.away = true }
                if handle == "priya" { person.pairingOptOut = true }
                data.upsert(person)
            }
        }

        mutating func addSkills() {
            let skills: [(String, String, Bool)] = [
                ("Swift", "Languages", false), ("Go", "Languages", false), ("TypeScript", "Languages", false),
                ("Kotlin", "Languages", false), ("Python", "Languages", false), ("SQL", "Languages", false),
                ("Kubernetes", "Infrastructure", true), ("Terraform", "Infrastructure", false),
                ("Observability", "Infrastructure", false), ("CI/CD", "Infrastructure", false), ("AWS", "Infrastructure", false),
                ("PostgreSQL", "Data", true), ("Kafka", "Data", false),
                ("API design", "Architecture", false), ("Event-driven design", "Architecture", false),
                ("Domain modelling", "Architecture", false), ("Security", "Architecture", true),
                ("Testing", "Practices", false), ("Code review", "Practices", false), ("Pair programming", "Practices", false),
                ("Incident response", "Practices", true), ("Accessibility", "Practices", false),
                ("Technical writing", "Practices", false), ("Facilitation", "Practices", false),
            ]
            for (name, category, critical) in skills {
                let id = random.uuid()
                skillIDs[name] = id
                data.upsert(Skill(id: id, name: name, category: category, critical: critical ? true : nil, updatedAt: at(-120, 9)))
            }
        }

        mutating func addRatings() {
            // Each team leans on some skills; everyone else is spread thinner, so gaps are real.
            let strengths: [String: [String]] = [
                "Platform": ["Go", "Kubernetes", "Terraform", "Observability", "CI/CD", "AWS", "Incident response"],
                "Payments": ["Go", "SQL", "PostgreSQL", "Kafka", "API design", "Security", "Domain modelling", "Testing"],
                "Mobile": ["Swift", "Kotlin", "TypeScript", "Accessibility", "Testing", "API design"],
            ]
            let people = data.people.values.sorted { $0.handle < $1.handle }
            let skills = data.skills.values.sorted { $0.name < $1.name }
            for person in people {
                var sheet = RatingSheet(personID: person.id, updatedAt: at(-90, 10))
                let strong = Set(strengths[person.team] ?? [])
                for skill in skills {
                    let base = strong.contains(skill.name) ? Int.random(in: 2...4, using: &random) : Int.random(in: 0...2, using: &random)
                    if base == 0 && !random.chance(0.5) { continue } // never rated
                    let wants = base <= 2 && random.chance(0.35)
                    let teaches = base >= 3 && random.chance(0.6)
                    // An older survey first, so the history shows growth.
                    if base > 0 && random.chance(0.4) {
                        sheet.record(SkillRating(skillID: skill.id, level: SkillLevel(rawValue: base - 1)!, wantsToLearn: true,
                                                 ratedAt: at(-180, 10)))
                    }
                    sheet.record(SkillRating(skillID: skill.id, level: SkillLevel(rawValue: base)!, wantsToLearn: wants,
                                             happyToTeach: teaches, ratedAt: at(-30 - Int.random(in: 0...30, using: &random), 10)))
                }
                data.upsert(sheet)
            }
            // Facilitation is thin on purpose: one expert, a couple of learners.
            if var sheet = data.ratingSheets[person("amara")] {
                sheet.record(SkillRating(skillID: skill("Facilitation"), level: .expert, happyToTeach: true, ratedAt: at(-20, 10)))
                data.upsert(sheet)
            }
        }

        /// The weekly tech meeting, its three last held occurrences with notes, and returns its id.
        mutating func addWeeklyMeeting() -> UUID {
            let id = random.uuid()
            // Fridays at 15:00, starting ten weeks ago.
            let weekday = calendar.component(.weekday, from: at(0, 12))
            let toFriday = (6 - weekday + 7) % 7
            let firstFriday = toFriday - 70
            let agenda = [
                AgendaItem(id: random.uuid(), title: "Open action items", minutes: 5),
                AgendaItem(id: random.uuid(), title: "Round: successes, frustrations, learnings", minutes: 20, isRound: true),
                AgendaItem(id: random.uuid(), title: "Pair programming roulette: how did it go?", minutes: 10, isRound: true),
                AgendaItem(id: random.uuid(), title: "Topic of the week", minutes: 20),
                AgendaItem(id: random.uuid(), title: "Wrap-up and note-taker for next week", minutes: 5),
            ]
            let everyone = data.people.values.filter { !$0.isAway }.map(\.id).sorted { $0.orderKey < $1.orderKey }
            let weekly = Session(
                id: id, title: "Weekly tech meeting", format: .weeklyMeeting,
                desiredOutcome: "Everyone is heard; pairing and learnings are shared; action points have owners",
                start: at(firstFriday, 15), durationMinutes: 60, location: "Room Ada / meet.example.com/guild",
                facilitator: person("amara"), noteTaker: person("mateus"), attendees: everyone,
                agenda: agenda, recurrence: Recurrence(frequency: .weekly), updatedAt: at(-70, 9))
            data.upsert(weekly)

            let takers = ["ingrid", "jose", "zoe"]
            let facilitators = ["amara", "priya", "amara"]
            for (n, weeksAgo) in [3, 2, 1].enumerated() {
                let start = at(toFriday - 7 * weeksAgo, 15)
                let held = Session(
                    id: random.uuid(), title: weekly.title, format: .weeklyMeeting, desiredOutcome: weekly.desiredOutcome,
                    start: start, durationMinutes: 60, location: weekly.location, facilitator: person(facilitators[n]),
                    noteTaker: person(takers[n]), attendees: everyone, status: .done, agenda: agenda,
                    seriesID: id, updatedAt: start.addingTimeInterval(3600))
                data.upsert(held)
                addMeetingNotes(session: held, week: n)
                data.upsert(HeldMeeting.progress(of: held, week: n))
                if weeksAgo == 1 {
                    addVotes(to: held, [4, 5])
                    // The topic of the week ran out of time; the room answered "continue?" from their terminals.
                    let topic = agenda[3]
                    for (voter, keepGoing) in [("zoe", true), ("noah", true), ("yuki", false)] {
                        data.upsert(ContinueVote(sessionID: held.id, itemID: topic.id, timeboxSeconds: topic.minutes * 60, voter: person(voter),
                                                 keepGoing: keepGoing, at: start.addingTimeInterval(50 * 60)))
                    }
                }
            }
            // The next meeting still to hold gets the agenda proposals of the week so far.
            let next = at(toFriday, 15).addingTimeInterval(3600) > now ? at(toFriday, 15) : at(toFriday + 7, 15)
            addProposals(to: weekly, slot: next)
            return id
        }

        /// Agenda proposals for the weekly meeting at `slot`, with dots (`guild propose`, `guild vote`); their ids come
        /// from the series' (not from `random`, so the rest of the sample stays as it was).
        mutating func addProposals(to weekly: Session, slot: Date) {
            let proposals: [(String, Int, String, [String])] = [
                ("Flaky CI on the payments repo: quarantine or fix?", 15, "noah", ["zoe", "aanya", "noah", "jose"]),
                ("Postgres 17 upgrade plan", 10, "yuki", ["yuki", "amara"]),
                ("Demo: the new on-call handbook", 5, "priya", ["ingrid"]),
            ]
            for (index, proposal) in proposals.enumerated() {
                var bytes = weekly.id.uuid
                bytes.0 ^= 0xA5
                bytes.15 ^= UInt8(truncatingIfNeeded: index + 1)
                let id = UUID(uuid: bytes)
                data.upsert(AgendaProposal(id: id, title: proposal.0, minutes: proposal.1, sessionID: weekly.id, slot: slot,
                                           proposedBy: person(proposal.2), createdAt: at(-2 + index, 10)))
                for (order, voter) in proposal.3.enumerated() {
                    data.upsert(ProposalDot(proposalID: id, voter: person(voter), at: at(-1, 9 + order)))
                }
            }
        }

        /// Anonymous ratings given to a held meeting from other terminals (`guild rate-meeting`); their ids come from the
        /// session's (not from `random`, so the rest of the sample stays as it was).
        mutating func addVotes(to held: Session, _ values: [Int]) {
            for (index, value) in values.enumerated() {
                var bytes = held.id.uuid
                bytes.0 ^= 0x5A
                bytes.15 ^= UInt8(truncatingIfNeeded: index + 1)
                data.upsert(MeetingVote.given(value, to: held, id: UUID(uuid: bytes)))
            }
        }

        mutating func addMeetingNotes(session: Session, week: Int) {
            let notes: [[(NoteEntry.Kind, String, String?)]] = [
                [
                    (.success, "Shipped the new rate limiter without a single page 🎉", "zoe"),
                    (.frustration, "Flaky CI on the payments repo cost us a day again", "noah"),
                    (.learning, "pg_repack can rebuild a bloated table without a long lock", "yuki"),
                    (.pairing, "Chloé and Dmitri paired on the shared design tokens: both learned the other platform's quirks", "chloe"),
                    (.decision, "We adopt a 15-minute timebox for the topic of the week", nil),
                    (.support, "Strong support for moving the weekly meeting to Friday 15:00", nil),
                    (.objection, "Mobile team objects to code freeze on Thursdays", "ingrid"),
                    (.question, "Can we record the deep dives for people in other time zones?", nil),
                    (.note, "Next week: Postgres migration talk rehearsal", "amara"),
                ],
                [
                    (.success, "Onboarding doc for Kubernetes finally reviewed by two newcomers", "priya"),
                    (.frustration, "Too many meetings on Wednesday, hard to focus", "aanya"),
                    (.learning, "Kotlin coroutines: structured concurrency saved us from a leak", "chloe"),
                    (.pairing, "José and Aanya paired on debugging the ledger export — debugging together, not coding", "jose"),
                    (.decision, "Flaky tests get a dedicated quarantine label and an owner", nil),
                    (.question, "Who owns the Terraform state migration?", nil),
                    (.note, "Sam shows the accessibility audit results next time", "amara"),
                ],
                [
                    (.success, "Checkout prototype tested with five users; three loved it", "sam"),
                    (.frustration, "Our staging database is out of date again", "mateus"),
                    (.learning, "Observability: high-cardinality labels blew up our metrics bill", "zoe"),
                    (.decision, "Start a pairing roulette across teams every two weeks", nil),
                    (.support, "Everyone in favour of a Kafka deep dive", nil),
                    (.objection, "Not everyone can attend at 15:00 on Fridays", "dmitri"),
                    (.question, "Should the solutions document move into the repo?", nil),
                ],
            ]
            for (offset, entry) in notes[week].enumerated() {
                let created = session.start.addingTimeInterval(TimeInterval(120 + offset * 300))
                data.upsert(NoteEntry(id: random.uuid(), sessionID: session.id, kind: entry.0, text: entry.1,
                                      author: entry.2.map { person($0) }, agendaItemID: session.agenda.first?.id, createdAt: created))
            }
        }

        mutating func addCommunities() -> (platform: UUID, mobile: UUID) {
            let platform = Community(
                id: random.uuid(), name: "Platform guild", domain: "Infrastructure, reliability and developer experience",
                members: ["amara", "zoe", "lilei", "mateus", "priya", "noah", "fatima"].map { person($0) }, stage: .maturing,
                objectives: [
                    Objective(id: random.uuid(), text: "Every team can deploy on Kubernetes without help", status: .onTrack),
                    Objective(id: random.uuid(), text: "Halve the number of flaky CI runs this quarter", status: .atRisk),
                    Objective(id: random.uuid(), text: "Two people able to lead incident response per team", status: .open),
                ],
                createdAt: at(-300, 10))
            let mobile = Community(
                id: random.uuid(), name: "Mobile & accessibility CoP", domain: "Native apps, design systems and accessibility",
                members: ["ingrid", "dmitri", "chloe", "sam", "aanya", "segun"].map { person($0) }, stage: .building,
                objectives: [
                    Objective(id: random.uuid(), text: "Shared design tokens across iOS and Android", status: .met),
                    Objective(id: random.uuid(), text: "Accessibility audit of the checkout flow", status: .onTrack),
                ],
                createdAt: at(-120, 10))
            data.upsert(platform)
            data.upsert(mobile)
            return (platform.id, mobile.id)
        }

        mutating func addSessions(platformCoP: UUID, mobileCoP: UUID) {
            func make(_ title: String, _ format: SessionFormat, _ start: Date, minutes: Int, outcome: String,
                      facilitator: String, presenters: [String], noteTaker: String?, status: Session.Status = .planned,
                      agenda: [(String, Int)] = [], community: UUID? = nil, recurrence: Recurrence? = nil,
                      location: String = "Room Ada") -> Session {
                Session(id: random.uuid(), title: title, format: format, desiredOutcome: outcome, start: start,
                        durationMinutes: minutes, location: location, facilitator: person(facilitator),
                        presenters: presenters.map { person($0) }, noteTaker: noteTaker.map { person($0) },
                        attendees: [], status: status,
                        agenda: agenda.map { AgendaItem(id: random.uuid(), title: $0.0, minutes: $0.1) },
                        recurrence: recurrence, communityID: community, updatedAt: at(-14, 9))
            }
            let sessions = [
                make("Lunch & learn: accessibility in practice", .brownBag, at(2, 12, 30), minutes: 45,
                     outcome: "Everyone can run a screen-reader check on their own screens", facilitator: "ingrid",
                     presenters: ["sam"], noteTaker: "aanya",
                     agenda: [("Why it matters", 10), ("Live screen-reader demo", 20), ("Questions", 15)], community: mobileCoP),
                make("Code review with a twist: the ledger export", .codeReview, at(1, 10), minutes: 60,
                     outcome: "Understand why the export is event-sourced, and two alternatives", facilitator: "jose",
                     presenters: ["yuki"], noteTaker: "noah"),
                make("Zero-downtime Postgres migrations", .techTalk, at(5, 16), minutes: 45,
                     outcome: "Teams can plan a migration without a maintenance window", facilitator: "amara",
                     presenters: ["yuki", "mateus"], noteTaker: "lilei",
                     agenda: [("Talk", 30), ("Q&A (anonymous questions welcome)", 15)], community: platformCoP),
                make("Hands-on Terraform modules", .workshop, at(9, 13), minutes: 120,
                     outcome: "Each attendee writes and tests one module", facilitator: "zoe",
                     presenters: ["zoe"], noteTaker: "priya",
                     agenda: [("Setup check", 10), ("Exercise 1: a module", 45), ("Break", 10), ("Exercise 2: tests", 45), ("Retro", 10)],
                     community: platformCoP),
                make("Show and tell: checkout prototype", .showAndTell, at(16, 15, 30), minutes: 30,
                     outcome: "Feedback on the prototype before the build starts", facilitator: "ingrid",
                     presenters: ["sam", "chloe"], noteTaker: "segun", community: mobileCoP),
                make("Deep dive: Kafka consumer rebalancing", .deepDive, at(24, 14), minutes: 120,
                     outcome: "Two more people able to debug rebalancing storms", facilitator: "jose",
                     presenters: ["noah"], noteTaker: "fatima",
                     agenda: [("How rebalancing works", 30), ("Incident replay", 45), ("Hands-on", 45)]),
                make("Pairing beyond coding: debugging flaky CI", .pairing, at(3, 11), minutes: 90,
                     outcome: "Pairs find and label three flaky tests", facilitator: "segun",
                     presenters: [], noteTaker: nil, community: platformCoP),
                make("Quarterly guild retro", .other, at(40, 15), minutes: 60,
                     outcome: "Decide what to keep, drop and try in the programme", facilitator: "priya",
                     presenters: [], noteTaker: "dmitri"),
                make("Platform CoP monthly", .weeklyMeeting, at(-45, 11), minutes: 45,
                     outcome: "Objectives reviewed and owners confirmed", facilitator: "zoe",
                     presenters: [], noteTaker: "lilei", agenda: [("Objectives review", 15), ("Open floor", 30)],
                     community: platformCoP, recurrence: Recurrence(frequency: .monthly)),
                make("Security threat modelling 101", .workshop, at(-21, 14), minutes: 90,
                     outcome: "Every team has a first threat model", facilitator: "fatima",
                     presenters: ["fatima"], noteTaker: "jose", status: .done),
                make("Show and tell: design tokens across platforms", .showAndTell, at(-12, 15), minutes: 30,
                     outcome: "Both apps use one token source", facilitator: "ingrid",
                     presenters: ["chloe", "dmitri"], noteTaker: "sam", status: .done, community: mobileCoP),
                make("Tech talk: observability on a budget", .techTalk, at(-30, 16), minutes: 45,
                     outcome: "Know which labels cost money", facilitator: "amara",
                     presenters: ["zoe"], noteTaker: "chloe", status: .done, community: platformCoP),
                make("Brown bag: Swift concurrency", .brownBag, at(6, 12, 30), minutes: 45,
                     outcome: "", facilitator: "dmitri", presenters: ["dmitri"], noteTaker: nil, status: .cancelled),
            ]
            for session in sessions { data.upsert(session) }
            // Materials and key takeaways: the talk and the show and tell are documented; the threat-modelling workshop,
            // held three weeks ago, is not yet.
            if var talk = sessions.first(where: { $0.title.hasPrefix("Tech talk: observability") }) {
                talk.links = [SessionLink(kind: .recording, url: "https://media.example.com/guild/observability-on-a-budget"),
                              SessionLink(kind: .slides, url: "https://media.example.com/guild/observability-slides.pdf")]
                talk.takeaways = "- Count a label's values before you add it: cardinality is the bill.\n- Sample traces at the edge, keep every error."
                data.upsert(talk)
            }
            if var show = sessions.first(where: { $0.title.hasPrefix("Show and tell: design tokens") }) {
                show.links = [SessionLink(kind: .demo, url: "https://media.example.com/guild/design-tokens-demo", title: "Token pipeline demo")]
                show.takeaways = "- One token source generates both apps' themes.\n- Rename tokens by meaning, not by colour."
                data.upsert(show)
            }
            if let threat = sessions.first(where: { $0.title.hasPrefix("Security") }) {
                data.upsert(NoteEntry(id: random.uuid(), sessionID: threat.id, kind: .decision,
                                      text: "Threat models live next to the code in docs/threat-model.md", createdAt: threat.start.addingTimeInterval(3000)))
                data.upsert(NoteEntry(id: random.uuid(), sessionID: threat.id, kind: .question,
                                      text: "How often should we revisit a threat model?", createdAt: threat.start.addingTimeInterval(3300)))
            }
        }

        mutating func addActions(weekly: UUID) {
            let held = data.sessions.values.filter { $0.seriesID == weekly }.sorted { $0.start < $1.start }
            let items: [(String, String, Int?, ActionItem.Status, Int, String?)] = [
                ("Quarantine the five flakiest payments tests", "noah", -3, .open, 0, "ci"),
                ("Write the Terraform state migration plan", "mateus", -1, .open, 1, "infra"),
                ("Record the Kafka deep dive for other time zones", "jose", 20, .open, 2, nil),
                ("Share the accessibility audit checklist", "sam", 1, .open, 1, "a11y"),
                ("Set up the cross-team pairing roulette", "amara", 2, .open, 2, nil),
                ("Move the solutions document into the repo", "priya", 12, .open, 2, "docs"),
                ("Refresh the staging database snapshot", "lilei", 0, .open, 2, nil),
                ("Draft the onboarding guide for Kubernetes", "zoe", nil, .open, 0, nil),
                ("Book a room for the Terraform workshop", "zoe", -10, .done, 0, nil),
                ("Publish minutes of the threat modelling workshop", "jose", -15, .done, 0, "docs"),
                ("Try the new screen-reader on Android", "chloe", -5, .dropped, 1, nil),
                ("Review pg_repack runbook", "yuki", 4, .open, 0, "postgres"),
            ]
            for (title, owner, due, status, sessionIndex, tag) in items {
                let created = held.indices.contains(sessionIndex) ? held[sessionIndex].start.addingTimeInterval(3000) : at(-20, 10)
                var item = ActionItem(id: random.uuid(), title: title, owner: person(owner), due: due.map { day($0) },
                                      sessionID: held.indices.contains(sessionIndex) ? held[sessionIndex].id : nil,
                                      tag: tag, createdAt: created)
                if status == .done { item.setDone(true, at: at((due ?? 0) - 1, 17)) }
                if status == .dropped { item.status = .dropped; item.updatedAt = at(-4, 9) }
                data.upsert(item)
            }
        }

        mutating func addLearnings(weekly: UUID) {
            let entries: [(Learning.Kind, String, String, String, [String])] = [
                (.win, "Rate limiter rolled out with zero pages 🎉", "Platform: rate limiter", "zoe", ["lilei", "mateus"]),
                (.lesson, "High-cardinality metric labels multiply the bill; agree labels in review", "Observability", "zoe", []),
                (.lesson, "Run pg_repack off-peak and watch replication lag", "Payments: ledger DB", "yuki", ["noah"]),
                (.opportunity, "Share one design-token source between iOS and Android", "Mobile: design system", "chloe", ["dmitri", "sam"]),
                (.win, "Threat models now live next to the code", "Security", "fatima", ["jose"]),
                (.lesson, "Pairing on debugging finds flaky tests faster than solo bisecting", "CI", "segun", ["aanya"]),
                (.opportunity, "Record deep dives so other time zones can catch up", "Programme", "priya", []),
            ]
            for (offset, entry) in entries.enumerated() {
                data.upsert(Learning(id: random.uuid(), kind: entry.0, text: entry.1, context: entry.2, author: person(entry.3),
                                     kudosTo: entry.4.map { person($0) }, createdAt: at(-40 + offset * 5, 16)))
            }
        }

        mutating func addTopics() {
            let topics: [(String, String, [String], [String], [String])] = [
                ("Incident response drills", "Practise a game day before the next real incident", ["amara", "zoe", "noah", "jose", "aanya"], ["Incident response"], ["zoe"]),
                ("Kubernetes for application developers", "Deploy, debug and read the dashboards without the platform team", ["aanya", "chloe", "yuki", "sam"], ["Kubernetes"], ["zoe", "lilei"]),
                ("Writing good RFCs", "How we propose and decide changes", ["priya", "ingrid"], ["Technical writing"], ["priya"]),
                ("Property-based testing in Swift and Kotlin", "Find the bugs example tests miss", ["dmitri", "chloe", "segun"], ["Testing", "Swift", "Kotlin"], ["segun"]),
                ("Event-driven design pitfalls", "Ordering, idempotency and replays", ["noah", "jose"], ["Event-driven design", "Kafka"], ["jose"]),
            ]
            for (offset, t) in topics.enumerated() {
                data.upsert(Topic(id: random.uuid(), title: t.0, details: t.1, proposedBy: person(t.2[0]),
                                  votes: t.2.map { person($0) }, skillIDs: t.3.map { skill($0) },
                                  suggestedPresenters: t.4.map { person($0) }, createdAt: at(-25 + offset * 3, 11)))
            }
        }

        /// Two earlier rounds of the pairing roulette, a fortnight apart, with a little feedback; drawn last so the
        /// random sequence of everything above stays as it was.
        mutating func addPairingRounds() {
            var rounds: [PairingRound] = []
            for (seed, days) in [(UInt64(1), -28), (UInt64(2), -14)] {
                var round = PairingRoulette.draw(data, previous: rounds, seed: seed, at: at(days, 9), id: random.uuid()).round
                if let group = round.groups.first {
                    round.note(PairingFeedback(id: random.uuid(), groupID: group.id, author: group.members.first,
                                               text: "Debugged a flaky test together and found shared state 🙌",
                                               shared: days < -20, createdAt: at(days + 4, 15)))
                }
                rounds.append(round)
                data.upsert(round)
            }
        }

        mutating func addSolutions() {
            let solutions: [(String, String, String, String, [String], [String])] = [
                ("Deploy a new service", "Helm chart template + Argo CD app", "half a day", "Chart drift between teams", ["zoe", "lilei"], ["Kubernetes", "CI/CD"]),
                ("Change a large table without downtime", "Expand/contract migrations with pg_repack", "2–3 days", "Replication lag; long locks if misused", ["yuki", "mateus"], ["PostgreSQL", "SQL"]),
                ("Publish domain events", "Outbox table + Kafka connector", "1 week", "Ordering across partitions; poison messages", ["jose", "noah"], ["Kafka", "Event-driven design"]),
                ("Provision cloud resources", "Terraform modules in the infra repo", "1–2 days", "State locking; drift", ["zoe", "mateus"], ["Terraform", "AWS"]),
                ("Check an app screen for accessibility", "VoiceOver/TalkBack checklist + automated audit in CI", "2 hours a screen", "Automated checks miss focus order", ["sam", "ingrid"], ["Accessibility"]),
            ]
            for s in solutions {
                data.upsert(Solution(id: random.uuid(), need: s.0, solution: s.1, approximateTime: s.2, risks: s.3,
                                     experts: s.4.map { person($0) }, skillIDs: s.5.map { skill($0) }, updatedAt: at(-60, 10)))
            }
        }
    }
}
