import Foundation
import GuildCore
import TerminalGrid

/// Finds what `guild propose` and `guild vote` mean: the meeting (named with --for, else the next one), its board of
/// proposals with the store's dots per person, and a proposal by words of its title.
enum ProposalLookup {
    /// The meeting `query` names (a series: its next meeting still to hold; a session: itself), else the next meeting.
    static func meeting(_ query: String?, in data: GuildData, clock: Clock) throws -> SessionOccurrence {
        guard let query else {
            guard let next = ProposalBoard.nextMeeting(in: data, now: clock.now, calendar: clock.calendar) else {
                throw CLIFailure("no meeting is planned: add one with `guild add session`, or name one with --for")
            }
            return next
        }
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CLIFailure("--for needs a series or session: words of its title or its id (see guild list sessions)")
        }
        let session = try MeetingLookup.find(query, in: data)
        guard let next = ProposalBoard.nextMeeting(of: session, in: data, now: clock.now, calendar: clock.calendar) else {
            throw CLIFailure("\"\(SafeText.sanitize(session.title))\" has no meeting still to hold (it is \(session.status.rawValue)"
                + (session.recurrence == nil && session.status == .planned ? " and over" : "") + "): name a coming one with --for")
        }
        return next
    }

    /// Dots each person has per meeting: the store's `dotsPerPerson` in guild.json, else 3.
    static func dots(_ loaded: LoadedStore) -> Int {
        guard let dots = loaded.store.storeManifest?.dotsPerPerson, ProposalBoard.dotsRange.contains(dots) else {
            return ProposalBoard.defaultDots
        }
        return dots
    }

    /// The board of `occurrence`.
    static func board(_ occurrence: SessionOccurrence, _ loaded: LoadedStore) -> ProposalBoard {
        ProposalBoard(meeting: MeetingSlot(occurrence), data: loaded.data, dotsPerPerson: dots(loaded))
    }

    /// The proposal of `board` that `text` names: its id (or first characters), its whole title, or the only one whose
    /// title has all of its words.
    static func proposal(_ text: String, on board: ProposalBoard, meeting: String) throws -> AgendaProposal {
        let query = text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { throw CLIFailure("say which proposal: words of its title (guild vote lists them)") }
        let proposals = board.entries.map(\.proposal)
        let lower = query.lowercased()
        if lower.count >= 4, lower.allSatisfy({ $0.isHexDigit || $0 == "-" }),
           let byID = proposals.first(where: { $0.id.uuidString.lowercased().hasPrefix(lower) }) {
            return byID
        }
        let matches = proposals.filter { TextMatch.matches($0.title, query: query) }
        if let exact = matches.first(where: { TextMatch.fold($0.title) == TextMatch.fold(query) }) { return exact }
        guard matches.count == 1, let proposal = matches.first else {
            let titles = (matches.isEmpty ? proposals : matches).map { SafeText.sanitize(String($0.title.prefix(60))) }.prefix(6)
            if proposals.isEmpty {
                throw CLIFailure("\(meeting) has no proposals yet: add one with guild propose \"TEXT\"")
            }
            throw CLIFailure("\(matches.isEmpty ? "no proposal for \(meeting) matches" : "several proposals match") "
                + "\"\(SafeText.sanitize(String(query.prefix(60))))\" (proposals: \(titles.joined(separator: "; ")))")
        }
        return proposal
    }

    /// "“Weekly tech meeting” on Fri 11 Dec 16:00".
    static func name(_ occurrence: SessionOccurrence, calendar: Calendar) -> String {
        "“\(SafeText.sanitize(occurrence.session.title))” on \(DateText.full(occurrence.start, calendar: calendar))"
    }
}
