import Foundation

/// The agenda as one line of text: `Intro=5; round:Successes=10; Talk=30 @zoe` — a title, `=` and a timebox in minutes,
/// `round:` before the title for a round, `@handle` after the minutes for who leads the item. The same form as `guild add session --agenda`.
public enum AgendaText {
    /// The agenda written as text, for a form field.
    public static func format(_ agenda: [AgendaItem], data: GuildData) -> String {
        agenda.map { item in
            var text = (item.isRound ? "round:" : "") + item.title + "=\(item.minutes)"
            if let owner = item.owner, let person = data.people[owner] { text += " @" + person.handle }
            return text
        }.joined(separator: "; ")
    }

    /// The items of the text, trimmed, without empty ones.
    public static func items(in text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Parses the text into agenda items, keeping the ids of `existing` items with the same title (notes point at them);
    /// a new item at position `n` gets `newID(n)`.
    public static func parse(_ text: String, existing: [AgendaItem], data: GuildData, newID: (Int) -> UUID) throws(FieldError) -> [AgendaItem] {
        var unused = existing
        var result: [AgendaItem] = []
        for (position, raw) in items(in: text).enumerated() {
            guard let equals = raw.lastIndex(of: "=") else {
                throw FieldError(field: "agenda", "item \(position + 1) “\(raw)” needs a timebox: Title=minutes, e.g. Q&A=15")
            }
            var title = raw[..<equals].trimmingCharacters(in: .whitespaces)
            let after = raw[raw.index(after: equals)...].split(separator: " ").map(String.init)
            guard let first = after.first, let minutes = Int(first) else {
                throw FieldError(field: "agenda", "item \(position + 1) “\(raw)”: the timebox after = must be minutes, e.g. \(title)=15")
            }
            var owner: UUID?
            for word in after.dropFirst() {
                guard word.hasPrefix("@"), let person = data.person(handle: word) else {
                    throw FieldError(field: "agenda", "item \(position + 1) “\(raw)”: “\(word)” is not a known @handle")
                }
                owner = person.id
            }
            let isRound = title.lowercased().hasPrefix("round:")
            if isRound { title = String(title.dropFirst(6)).trimmingCharacters(in: .whitespaces) }
            let reuse = unused.firstIndex { $0.title == title }
            let id = reuse.map { unused.remove(at: $0).id } ?? newID(position)
            result.append(AgendaItem(id: id, title: title, minutes: minutes, owner: owner, isRound: isRound))
        }
        return result
    }
}
