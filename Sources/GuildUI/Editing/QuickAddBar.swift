import Foundation
import GuildCore
import TerminalGrid

/// The one-line quick add of an action item (`Fix flaky CI @zoe due:fri #ci`), showing what it understood as you type.
public struct QuickAddBar: Sendable, Equatable {
    /// The line being typed.
    public internal(set) var field = TextField()
    /// The session the item comes from, when added from a session's detail view.
    public let sessionID: UUID?
    /// Why the last Enter did not add it; cleared by the next key.
    public internal(set) var error: String?
    /// Handed to the store; closes on `.saved`.
    public internal(set) var isSaving = false

    /// An empty bar.
    init(sessionID: UUID?) {
        self.sessionID = sessionID
    }

    /// What the line says so far, or why it cannot be read yet.
    func parse(now: Date, calendar: Calendar) -> Result<QuickAdd, QuickAddError> {
        do {
            return .success(try QuickAdd.parse(field.text, now: now, calendar: calendar))
        } catch {
            return .failure(error)
        }
    }

    /// The action item the line describes, with the id `id`; throws a message when the line, the owner or the date cannot be used.
    func item(data: GuildData, now: Date, calendar: Calendar, id: UUID) throws(FieldError) -> ActionItem {
        let parsed: QuickAdd
        switch parse(now: now, calendar: calendar) {
        case .success(let value): parsed = value
        case .failure(let error): throw FieldError(field: "", error.description)
        }
        var owner: UUID?
        if let handle = parsed.ownerHandle {
            guard let person = data.person(handle: handle) else {
                throw FieldError(field: "owner", "nobody has the handle @\(handle)" + Self.didYouMean(handle, data: data))
            }
            owner = person.id
        }
        let item = ActionItem(id: id, title: parsed.title, owner: owner, due: parsed.due, sessionID: sessionID, tag: parsed.tag, createdAt: now)
        do { try item.validate() } catch { throw FieldError(field: error.field, error.description) }
        return item
    }

    /// " — did you mean @zoe (Zoë Ångström)?" for a handle close to a real one, else "".
    static func didYouMean(_ handle: String, data: GuildData) -> String {
        let people = data.people.values.sorted { ($0.handle, $0.id.uuidString) < ($1.handle, $1.id.uuidString) }
        guard let best = FuzzyMatch.rank(handle, people.map { "\($0.handle) \($0.name)" }).first else { return "" }
        return " — did you mean @\(people[best].handle) (\(people[best].name))?"
    }
}
