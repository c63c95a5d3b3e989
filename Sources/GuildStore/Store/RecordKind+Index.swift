import GuildCore

extension RecordKind {
    /// The kind's position in `allCases`, for per-kind arrays on hot paths (no hashing, no search).
    var index: Int {
        switch self {
        case .person: 0
        case .skill: 1
        case .ratingSheet: 2
        case .session: 3
        case .note: 4
        case .action: 5
        case .learning: 6
        case .topic: 7
        case .community: 8
        case .solution: 9
        case .pairingRound: 10
        case .meeting: 11
        }
    }
}
