import Foundation

/// What a quick-add line such as `Fix flaky CI @zoe due:fri #ci` says: a title, an owner, a due day and a tag.
public struct QuickAdd: Sendable, Equatable {
    public var title: String
    /// The owner's handle, without "@", as typed (resolve it against the people).
    public var ownerHandle: String?
    public var due: Day?
    public var tag: String?

    public init(title: String, ownerHandle: String? = nil, due: Day? = nil, tag: String? = nil) {
        self.title = title
        self.ownerHandle = ownerHandle
        self.due = due
        self.tag = tag
    }

    /// Parses a quick-add line. `@handle` names the owner, `due:WHEN` the due day (any form `DateInput` takes;
    /// multi-word forms are quoted: `due:"next week"` or joined: `due:next-week`), `#tag` a tag; the rest is the title.
    public static func parse(_ line: String, now: Date, calendar: Calendar) throws(QuickAddError) -> QuickAdd {
        var result = QuickAdd(title: "")
        var titleWords: [String] = []
        var tokens = tokenize(line)[...]
        while let token = tokens.popFirst() {
            if token.lowercased().hasPrefix("due:"), let next = tokens.first, joinsDue(token, next, now: now, calendar: calendar) {
                // `due:next fri`, `due:in 3 days`: a day said in two or three words, unquoted.
                tokens.removeFirst()
                tokens.insert(token + "-" + next, at: tokens.startIndex)
                continue
            }
            if token.hasPrefix("@"), token.count > 1 {
                guard result.ownerHandle == nil else { throw QuickAddError("two owners: \(result.ownerHandle!) and \(token.dropFirst())") }
                result.ownerHandle = Handle.normalize(token)
            } else if token.lowercased().hasPrefix("due:") {
                let raw = String(token.dropFirst(4))
                let when = raw.replacingOccurrences(of: "-", with: " ", options: [], range: nil)
                if Day(iso: raw) == nil, raw.wholeMatch(of: /[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/) != nil {
                    throw QuickAddError("due: \(raw) is not a day of the calendar (year-month-day)")
                }
                let text = Day(iso: raw) != nil ? raw : when
                do {
                    result.due = try DateInput.parse(text, now: now, calendar: calendar).day
                } catch {
                    throw QuickAddError("due: \(error)")
                }
            } else if token.hasPrefix("#"), token.count > 1 {
                result.tag = String(token.dropFirst())
            } else {
                titleWords.append(token)
            }
        }
        result.title = titleWords.joined(separator: " ")
        guard !result.title.isEmpty else { throw QuickAddError("the title is empty: type what needs doing, then @owner due:fri") }
        return result
    }

    /// Whether `due:WHEN` only reads as a day with the word after it (`due:next` `fri`): true when WHEN alone is no
    /// day but WHEN and `next` together are, or could be with one more word (`due:in` `3` `days`).
    private static func joinsDue(_ token: String, _ next: String, now: Date, calendar: Calendar) -> Bool {
        let when = String(token.dropFirst(4)).replacingOccurrences(of: "-", with: " ")
        guard !when.isEmpty, Day(iso: when) == nil, (try? DateInput.parse(when, now: now, calendar: calendar)) == nil,
              !next.hasPrefix("@"), !next.hasPrefix("#"), !next.lowercased().hasPrefix("due:") else { return false }
        let joined = when + " " + next
        if (try? DateInput.parse(joined, now: now, calendar: calendar)) != nil { return true }
        // "in 3" waits for "days".
        return when.lowercased() == "in" && Int(next) != nil
    }

    /// Splits on spaces, keeping `due:"next week"` together.
    private static func tokenize(_ line: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
            } else if character.isWhitespace && !quoted {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}

/// A quick-add line that could not be understood, in words the user can act on.
public struct QuickAddError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
