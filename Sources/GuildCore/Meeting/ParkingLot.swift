import Foundation

/// The parking lot: impromptu deeper topics noted during a meeting as notes marked with a prefix, each promotable to a `Topic`.
public enum ParkingLot {
    /// The text that marks a note as a parking-lot entry.
    public static let prefix = "Parking lot: "

    /// A parking-lot note for `text`, with the id `id`.
    public static func note(_ text: String, id: UUID, sessionID: UUID, agendaItemID: UUID?, author: UUID? = nil, at time: Date) -> NoteEntry {
        NoteEntry(id: id, sessionID: sessionID, kind: .note, text: prefix + text.trimmingCharacters(in: .whitespaces), author: author,
                  agendaItemID: agendaItemID, createdAt: time)
    }

    /// Whether the note is a parking-lot entry.
    public static func isParked(_ note: NoteEntry) -> Bool {
        note.kind == .note && note.text.hasPrefix(prefix)
    }

    /// The topic a parked note is about (the text without the prefix).
    public static func title(of note: NoteEntry) -> String {
        isParked(note) ? String(note.text.dropFirst(prefix.count)) : note.text
    }

    /// Whether a topic with the parked note's title already exists (it was promoted).
    public static func isPromoted(_ note: NoteEntry, topics: some Collection<Topic>) -> Bool {
        let wanted = TextMatch.fold(title(of: note))
        return topics.contains { TextMatch.fold($0.title) == wanted }
    }

    /// A proposed topic for a future session, made from a parked note, with the id `id`.
    public static func topic(from note: NoteEntry, id: UUID, sessionTitle: String, day: Day, at time: Date) -> Topic {
        Topic(id: id, title: title(of: note), details: "Parked during \(sessionTitle) on \(day).", proposedBy: note.author, createdAt: time)
    }
}
