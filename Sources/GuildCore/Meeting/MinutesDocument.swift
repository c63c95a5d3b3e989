import Foundation

/// The minutes of a held meeting as Markdown, rendered from data only (no clock, no I/O): the same inputs give the same text.
public struct MinutesDocument: Sendable {
    /// Planned and used time of one agenda item.
    public struct ItemTime: Sendable, Equatable {
        public var title: String
        public var plannedSeconds: TimeInterval
        public var usedSeconds: TimeInterval
        public var isRound: Bool

        public init(title: String, plannedSeconds: TimeInterval, usedSeconds: TimeInterval, isRound: Bool = false) {
            self.title = title
            self.plannedSeconds = plannedSeconds
            self.usedSeconds = usedSeconds
            self.isRound = isRound
        }
    }

    /// A round as it went: the speaking order and how each turn ended.
    public struct RoundSummary: Sendable, Equatable {
        public var title: String
        public var order: [UUID]
        public var turns: [UUID: RoundTurns.Turn]
        public var spoken: [UUID: TimeInterval]

        public init(title: String, order: [UUID], turns: [UUID: RoundTurns.Turn], spoken: [UUID: TimeInterval]) {
            self.title = title
            self.order = order
            self.turns = turns
            self.spoken = spoken
        }
    }

    public var session: Session
    /// People, action items and topics, for names and the parking lot's promotions.
    public var data: GuildData
    /// The session's notes.
    public var notes: [NoteEntry]
    public var items: [ItemTime]
    /// The opening review, in the order it was shown.
    public var review: [(item: ActionItem, outcome: ReviewOutcome?)]
    public var rounds: [RoundSummary]
    /// Anonymous 1–5 votes (only their count and average are written).
    public var ratings: [Int]
    /// Who facilitates and takes notes next time (series only).
    public var next: (facilitator: UUID?, noteTaker: UUID?)?
    /// Guests (not in the team's people) by id, with the name typed at the meeting.
    public var guests: [UUID: String] = [:]
    /// The anonymous questions in the order the meeting took them, with what it did with each (empty: not tracked).
    public var questions: [MeetingProgress.Question] = []
    public var calendar: Calendar

    public init(session: Session, data: GuildData, notes: [NoteEntry], items: [ItemTime], review: [(item: ActionItem, outcome: ReviewOutcome?)] = [],
                rounds: [RoundSummary] = [], ratings: [Int] = [], next: (facilitator: UUID?, noteTaker: UUID?)? = nil, calendar: Calendar) {
        self.session = session
        self.data = data
        self.notes = notes
        self.items = items
        self.review = review
        self.rounds = rounds
        self.ratings = ratings
        self.next = next
        self.calendar = calendar
    }

    /// The store path of a session's minutes, relative to the store: `minutes/<session-id>.md`.
    public static func relativePath(for sessionID: UUID) -> String {
        "minutes/" + sessionID.uuidString.lowercased() + ".md"
    }

    /// The minutes as Markdown, ending in a newline.
    public var markdown: String {
        var out: [String] = []
        out.append("# \(literal(session.title)) — \(dateText(session.start))")
        out.append("")
        if !session.desiredOutcome.isEmpty { out.append("Desired outcome: \(literal(session.desiredOutcome))"); out.append("") }
        out.append("- Facilitator: \(person(session.facilitator))")
        out.append("- Note-taker: \(person(session.noteTaker))")
        let present = session.attendees.map { person($0) }
        out.append("- Present (\(present.count)): " + (present.isEmpty ? "—" : present.joined(separator: ", ")))
        out += Self.documentation(of: session)
        out.append("")
        out.append("## Time used")
        out.append("")
        out.append("| # | Item | Planned | Used |")
        out.append("| ---: | --- | ---: | ---: |")
        for (index, item) in items.enumerated() {
            let title = literal(item.title) + (item.isRound ? " (round)" : "")
            let over = item.usedSeconds > item.plannedSeconds ? " ⚠" : ""
            out.append("| \(index + 1) | \(title) | \(TimerText.elapsed(item.plannedSeconds)) | \(TimerText.elapsed(item.usedSeconds))\(over) |")
        }
        let planned = items.reduce(0) { $0 + $1.plannedSeconds }
        let used = items.reduce(0) { $0 + $1.usedSeconds }
        out.append("|  | **Total** | \(TimerText.elapsed(planned)) | \(TimerText.elapsed(used)) |")
        if !review.isEmpty {
            section(&out, "Opening review", review.map { entry in
                let outcome = entry.outcome?.rawValue ?? "not reviewed"
                return "- \(outcome.capitalizedFirst): \(literal(entry.item.title)) — \(handle(entry.item.owner))"
            })
        }
        for round in rounds {
            var lines: [String] = []
            lines.append("Order: " + round.order.map { person($0, short: true) }.joined(separator: ", "))
            lines.append("")
            for id in round.order {
                let turn = round.turns[id] ?? .waiting
                let label: String = switch turn {
                case .done, .speaking: TimerText.elapsed(round.spoken[id] ?? 0)
                case .passed: "passed"
                case .skipped, .waiting: "not heard"
                case .away: "away"
                }
                lines.append("- \(person(id, short: true)): \(label)")
            }
            // "Round: successes, …" already says what it is.
            let heading = literal(round.title).lowercased().hasPrefix("round") ? literal(round.title) : "Round: \(literal(round.title))"
            section(&out, heading, lines)
        }
        let parked = notes.filter(ParkingLot.isParked)
        let regular = notes.filter { !ParkingLot.isParked($0) }
        section(&out, "Decisions", bullets(regular, .decision))
        let actions = data.actions.values.filter { $0.sessionID == session.id }
            .sorted { ($0.createdAt, $0.title, $0.id.orderKey) < ($1.createdAt, $1.title, $1.id.orderKey) }
        section(&out, "Action items", actions.map { item in
            let box = item.status == .done ? "[x]" : "[ ]"
            let due = item.due.map { ", due \($0)" } ?? ", no due date"
            return "- \(box) \(literal(item.title)) — \(handle(item.owner))\(due)" + (item.status == .dropped ? " (dropped)" : "")
        })
        section(&out, "Learnings", bullets(regular, .learning))
        section(&out, "Successes", bullets(regular, .success))
        section(&out, "Frustrations", bullets(regular, .frustration))
        section(&out, "Pairing experiences", bullets(regular, .pairing))
        section(&out, "Support", bullets(regular, .support))
        section(&out, "Objections", bullets(regular, .objection))
        section(&out, "Notes", bullets(regular, .note))
        questionSections(&out, regular)
        section(&out, "Parking lot", parked.map { note in
            let promoted = ParkingLot.isPromoted(note, topics: data.topics.values) ? " (proposed as a topic)" : ""
            return "- \(literal(ParkingLot.title(of: note)))\(promoted)"
        })
        if !ratings.isEmpty {
            let average = Double(ratings.reduce(0, +)) / Double(ratings.count)
            section(&out, "Rating", [String(format: "%.1f / 5 from %d anonymous vote%@.", average, ratings.count, ratings.count == 1 ? "" : "s")])
        }
        if let next {
            section(&out, "Next time", ["- Facilitator: \(person(next.facilitator))", "- Note-taker: \(person(next.noteTaker))"])
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The questions, oldest first: answered, dismissed, and those the meeting did not get to.
    private func questionSections(_ out: inout [String], _ notes: [NoteEntry]) {
        let asked = notes.filter { $0.kind == .question }
        // Nothing marked yet: one list, oldest first.
        guard questions.contains(where: { $0.status != .open }) else {
            section(&out, "Questions", bullets(inMeetingOrder(asked), .question))
            return
        }
        let status = Dictionary(questions.map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a })
        let ordered = inMeetingOrder(asked)
        section(&out, "Questions answered", bullets(ordered.filter { status[$0.id] == .answered }, .question))
        section(&out, "Questions dismissed", bullets(ordered.filter { status[$0.id] == .dismissed }, .question))
        section(&out, "Questions not taken up", bullets(ordered.filter { (status[$0.id] ?? .open) == .open }, .question))
    }

    /// The questions oldest first as the meeting took them (its progress order, then any it never saw).
    private func inMeetingOrder(_ asked: [NoteEntry]) -> [NoteEntry] {
        let position = Dictionary(questions.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        return asked.enumerated().sorted { a, b in
            (position[a.element.id] ?? questions.count + a.offset) < (position[b.element.id] ?? questions.count + b.offset)
        }.map(\.element)
    }

    /// "Recording: [Part 1](https://…)": a session's link as Markdown (its label and address escaped).
    public static func materialLink(_ link: SessionLink) -> String {
        link.kind.title + ": " + MarkdownText.externalLink(link.title ?? link.url, to: link.url)
    }

    /// A session's "Key takeaways" and "Materials" sections (each only when it has some), each after a blank line.
    public static func documentation(of session: Session) -> [String] {
        var out: [String] = []
        if session.hasTakeaways, let takeaways = session.takeaways {
            out += ["", "## Key takeaways", ""] + takeawayLines(takeaways)
        }
        if !session.materials.isEmpty {
            out += ["", "## Materials", ""] + session.materials.map { "- " + materialLink($0) }
        }
        return out
    }

    /// Key takeaways as bullets: each line a person wrote is one, literal (its own "- " or "* " marker dropped).
    public static func takeawayLines(_ takeaways: String) -> [String] {
        takeaways.split(whereSeparator: \.isNewline).map { line -> String in
            var text = line.trimmingCharacters(in: .whitespaces)
            for marker in ["- ", "* ", "+ ", "• "] where text.hasPrefix(marker) {
                text = String(text.dropFirst(marker.count))
                break
            }
            return text
        }.filter { !$0.isEmpty }.map { "- " + MarkdownText.text($0) }
    }

    private func section(_ out: inout [String], _ title: String, _ lines: [String]) {
        guard !lines.isEmpty else { return }
        out.append("")
        out.append("## \(title)")
        out.append("")
        out.append(contentsOf: lines)
    }

    /// Notes of one kind as bullets, with the speaker when known.
    private func bullets(_ notes: [NoteEntry], _ kind: NoteEntry.Kind) -> [String] {
        notes.filter { $0.kind == kind }.map { note in
            let who = note.author.map { " (\(person($0, short: true)))" } ?? ""
            return "- \(literal(note.text))\(who)"
        }
    }

    private func person(_ id: UUID?, short: Bool = false) -> String {
        guard let id else { return "—" }
        guard let person = data.people[id] else { return guests[id].map { literal($0) + " (guest)" } ?? "(unknown)" }
        return short ? literal(person.name) : "\(literal(person.name)) (@\(person.handle))"
    }

    private func handle(_ id: UUID?) -> String {
        guard let id else { return "no owner" }
        return data.people[id].map { "@" + $0.handle } ?? "(unknown)"
    }

    private func dateText(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }

    /// What a person wrote, as literal Markdown on one line (`MarkdownText.text`): no note, name or title can add
    /// structure, HTML, emphasis or links to the minutes.
    private func literal(_ text: String) -> String {
        MarkdownText.text(text)
    }
}

extension String {
    /// The string with its first letter in upper case ("carried over" → "Carried over").
    fileprivate var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

extension Session {
    /// The key takeaways as Markdown bullets (`MinutesDocument.takeawayLines`); empty when there are none.
    public var takeawayLines: [String] {
        hasTakeaways ? MinutesDocument.takeawayLines(takeaways ?? "") : []
    }
}
