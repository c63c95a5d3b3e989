import Foundation

/// Fair rotation of a series' facilitator and note-taker: whoever served a role least recently goes next.
public enum Rotation {
    /// The two rotating roles.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case facilitator
        case noteTaker = "note-taker"
    }

    /// One held meeting of a series and who served in it.
    public struct Entry: Sendable, Equatable {
        public var sessionID: UUID
        public var start: Date
        public var facilitator: UUID?
        public var noteTaker: UUID?

        public init(sessionID: UUID, start: Date, facilitator: UUID?, noteTaker: UUID?) {
            self.sessionID = sessionID
            self.start = start
            self.facilitator = facilitator
            self.noteTaker = noteTaker
        }

        /// Who served in `role`.
        public func person(in role: Role) -> UUID? {
            role == .facilitator ? facilitator : noteTaker
        }
    }

    /// The held meetings of the series `seriesID` (and the series record itself as its first meeting when it was held), oldest first.
    public static func history(of seriesID: UUID, in data: GuildData) -> [Entry] {
        data.sessions.values
            .filter { $0.seriesID == seriesID && ($0.status == .done || $0.status == .live) }
            .map { Entry(sessionID: $0.id, start: $0.start, facilitator: $0.facilitator, noteTaker: $0.noteTaker) }
            .sorted { ($0.start, $0.sessionID.uuidString) < ($1.start, $1.sessionID.uuidString) }
    }

    /// The people a series rotates among: its attendees, else its community's members, less anyone away.
    public static func candidates(for series: Session, in data: GuildData) -> [UUID] {
        var pool = series.attendees
        if pool.isEmpty, let community = series.communityID.flatMap({ data.communities[$0] }) { pool = community.members }
        if pool.isEmpty { pool = [series.facilitator, series.noteTaker].compactMap { $0 } }
        var seen: Set<UUID> = []
        return pool.filter { id in
            guard seen.insert(id).inserted, let person = data.people[id] else { return false }
            return !person.isAway
        }
    }

    /// The next person for `role`: among `candidates` (in their order for ties) minus `excluding`, the one whose last
    /// turn in that role is oldest; someone who never served goes first. Nil when nobody is left.
    public static func next(_ role: Role, candidates: [UUID], history: [Entry], excluding: Set<UUID> = []) -> UUID? {
        var lastServed: [UUID: Int] = [:]
        for (index, entry) in history.enumerated() {
            if let person = entry.person(in: role) { lastServed[person] = index }
        }
        let pool = candidates.filter { !excluding.contains($0) }
        // Never served (-1) before anyone who did; then the oldest turn; ties keep the candidates' order.
        return pool.enumerated().min { a, b in
            let ka = lastServed[a.element] ?? -1
            let kb = lastServed[b.element] ?? -1
            return ka != kb ? ka < kb : a.offset < b.offset
        }?.element
    }

    /// Facilitator and note-taker for the next meeting: two different people, each the least recent in their role.
    /// `skipped` people are passed over this time (they keep their place for next time); `swapped` exchanges the two picks.
    /// With a `fixedFacilitator` (a series whose role holder always facilitates) only the note-taker rotates, never to
    /// the facilitator, and `swapped` changes nothing.
    public static func assign(candidates: [UUID], history: [Entry], skipped: Set<UUID> = [], swapped: Bool = false,
                              fixedFacilitator: UUID? = nil) -> (facilitator: UUID?, noteTaker: UUID?) {
        if let fixedFacilitator {
            let noteTaker = next(.noteTaker, candidates: candidates, history: history, excluding: skipped.union([fixedFacilitator]))
            return (fixedFacilitator, noteTaker)
        }
        let facilitator = next(.facilitator, candidates: candidates, history: history, excluding: skipped)
        var noteExclusions = skipped
        if let facilitator { noteExclusions.insert(facilitator) }
        let noteTaker = next(.noteTaker, candidates: candidates, history: history, excluding: noteExclusions)
        return swapped ? (noteTaker, facilitator) : (facilitator, noteTaker)
    }
}
