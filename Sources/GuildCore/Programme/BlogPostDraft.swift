import Foundation

/// A blog-post draft about one held session (seed 003: "help with the creation of blog posts"), as Markdown with a
/// front matter most static-site generators read: what it set out to do, who made it, what was decided, what people
/// learned (with their kudos), wins and next steps. Rendered from data only (no clock, no I/O); every text a person
/// wrote lands as literal text (`MarkdownText`), the front matter's title as a quoted string.
public struct BlogPostDraft: Sendable {
    public var session: Session
    /// People, skills, actions and learnings, for names, kudos and next steps.
    public var data: GuildData
    /// The session's notes.
    public var notes: [NoteEntry]
    public var calendar: Calendar

    public init(session: Session, data: GuildData, notes: [NoteEntry], calendar: Calendar) {
        self.session = session
        self.data = data
        self.notes = notes.filter { $0.sessionID == session.id && !ParkingLot.isParked($0) }
        self.calendar = calendar
    }

    /// The draft, ending in a newline.
    public var markdown: String {
        var out: [String] = []
        out.append("---")
        out.append("title: " + Self.quoted(MarkdownText.oneLine(session.title)))
        out.append("date: " + dayText(session.start))
        out.append("draft: true")
        out.append("---")
        out.append("")
        out.append("# " + MarkdownText.text(session.title))
        out.append("")
        out.append(byline)
        if !session.desiredOutcome.isEmpty {
            out.append("")
            out.append("What we set out to do: " + MarkdownText.text(session.desiredOutcome))
        }
        if let details = session.details, !details.isEmpty {
            out.append("")
            out.append(MarkdownText.lines(details))
        }
        out += MinutesDocument.documentation(of: session)
        section(&out, "What we decided", bullets(.decision))
        section(&out, "What we learned", bullets(.learning) + learnings.filter { $0.kind != .win }.map(learningLine))
        section(&out, "Wins", bullets(.success) + learnings.filter { $0.kind == .win }.map(learningLine))
        let next = data.actions.values.filter { $0.sessionID == session.id && $0.status == .open }
            .sorted { a, b in
                // Due soonest first, undated last.
                if a.due != b.due { return b.due == nil || (a.due != nil && a.due! < b.due!) }
                return (a.title, a.id.orderKey) < (b.title, b.id.orderKey)
            }
        section(&out, "Next steps", next.map { item in
            "- " + MarkdownText.text(item.title) + " (" + name(item.owner) + (item.due.map { ", by \($0)" } ?? "") + ")"
        })
        section(&out, "Thanks", [thanks])
        return out.joined(separator: "\n") + "\n"
    }

    /// Learnings logged with this session as their context, oldest first.
    private var learnings: [Learning] {
        data.learnings.values.filter { $0.sessionID == session.id }.sorted { ($0.createdAt, $0.id.orderKey) < ($1.createdAt, $1.id.orderKey) }
    }

    /// "A talk on Friday 4 December 2026, presented by Zoë Ångström, facilitated by Amara Okafor."
    private var byline: String {
        var line = "A " + Self.noun(session.format) + " on " + longDay(session.start)
        let presenters = session.presenters.map(name)
        if !presenters.isEmpty { line += ", presented by " + listed(presenters) }
        if let facilitator = session.facilitator, !session.presenters.contains(facilitator) {
            line += ", facilitated by " + name(facilitator)
        }
        return line + "."
    }

    /// The format as a post names it ("a brown bag on …", "a session on …").
    static func noun(_ format: SessionFormat) -> String {
        switch format {
        case .techTalk: "tech talk"
        case .workshop: "workshop"
        case .brownBag: "brown bag"
        case .showAndTell: "show and tell"
        case .deepDive: "deep dive"
        case .codeReview: "code review"
        case .pairing: "pairing session"
        case .weeklyMeeting: "weekly meeting"
        case .other: "session"
        }
    }

    /// Who to thank: presenters, facilitator, note-taker, then everyone a learning of the session gives kudos to.
    private var thanks: String {
        var parts: [String] = []
        if !session.presenters.isEmpty { parts.append(listed(session.presenters.map(name)) + " for presenting") }
        if let facilitator = session.facilitator { parts.append(name(facilitator) + " for facilitating") }
        if let noteTaker = session.noteTaker { parts.append(name(noteTaker) + " for the notes") }
        var seen: Set<UUID> = []
        let applauded = learnings.flatMap(\.kudosTo).filter { seen.insert($0).inserted }
        if !applauded.isEmpty { parts.append("kudos to " + listed(applauded.map(name))) }
        return parts.isEmpty ? "Thanks to everyone who came." : "Thanks to " + listed(parts) + "."
    }

    private func learningLine(_ learning: Learning) -> String {
        var line = "- " + MarkdownText.text(learning.text)
        if let author = learning.author { line += " (" + name(author) + ")" }
        if !learning.kudosTo.isEmpty { line += " — kudos to " + listed(learning.kudosTo.map(name)) }
        return line
    }

    private func bullets(_ kind: NoteEntry.Kind) -> [String] {
        notes.filter { $0.kind == kind }.sorted { ($0.createdAt, $0.id.orderKey) < ($1.createdAt, $1.id.orderKey) }.map { note in
            "- " + MarkdownText.text(note.text) + (note.author.map { " (" + name($0) + ")" } ?? "")
        }
    }

    private func section(_ out: inout [String], _ title: String, _ lines: [String]) {
        guard !lines.isEmpty else { return }
        out.append("")
        out.append("## " + title)
        out.append("")
        out.append(contentsOf: lines)
    }

    private func name(_ id: UUID?) -> String {
        guard let id else { return "no owner" }
        return data.people[id].map { MarkdownText.text($0.name) } ?? "a former teammate"
    }

    /// "A", "A and B", "A, B and C".
    private func listed(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    private func dayText(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    private func longDay(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.locale = Locale(identifier: "en_GB")
        formatter.dateFormat = "EEEE d MMMM yyyy"
        return formatter.string(from: date)
    }

    /// A YAML double-quoted scalar (JSON's string syntax, which YAML reads the same): quotes, backslashes and every
    /// control character escaped, so no title can end the front matter or add a key.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
