/// Counts and durations given on the command line are whole numbers in a range, or one clear line saying which
/// (ArgumentParser already refuses fractions and trailing text: "2.9" and "3x" are not an `Int`).
enum OptionRange {
    /// Throws "--days takes a whole number of days from 1 to 3650, not 0" when `value` is outside `range`.
    static func check(_ value: Int?, _ range: ClosedRange<Int>, option: String, unit: String) throws {
        guard let value, !range.contains(value) else { return }
        throw CLIFailure("\(option) takes a whole number of \(unit) from \(range.lowerBound) to \(range.upperBound), not \(value)")
    }
}
