/// How many pair scores a pairing matching looked at (`PairMatching.work`): tests check the draw's work grows as about
/// n² in the people present, never as n³.
final class PairWork: @unchecked Sendable {
    /// Pair scores read (a whole candidate row counts one per person in it).
    var looks = 0

    init() {}
}
