/// How big one part of a split should be.
public enum LayoutConstraint: Hashable, Sendable {
    /// Exactly this many cells (less if the space runs out).
    case length(Int)
    /// `numerator / denominator` of the total.
    case ratio(Int, Int)
    /// This percentage of the total.
    case percentage(Int)
    /// At least this many cells, growing like `.fill(1)` when there is room.
    case min(Int)
    /// A share of what is left after the fixed parts, by weight.
    case fill(Int)

    /// Sizes for each constraint along a line of `total` cells, with `spacing` cells between parts.
    public static func resolve(_ constraints: [LayoutConstraint], total: Int, spacing: Int = 0) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let available = Swift.max(0, total - Swift.max(0, spacing) * (constraints.count - 1))
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .length(let n): return Swift.max(0, n)
            case let .ratio(a, b): return b > 0 ? Swift.max(0, available * a / b) : 0
            case .percentage(let p): return Swift.max(0, available * p / 100)
            case .min(let n): return Swift.max(0, n)
            case .fill: return 0
            }
        }
        // When fixed parts overflow, the later parts give way first, so the layout degrades from the right/bottom.
        var excess = sizes.reduce(0, +) - available
        var index = sizes.count - 1
        while excess > 0 && index >= 0 {
            let cut = Swift.min(excess, sizes[index])
            sizes[index] -= cut
            excess -= cut
            index -= 1
        }
        var remaining = available - sizes.reduce(0, +)
        let weights = constraints.map { constraint -> Int in
            switch constraint {
            case .fill(let w): return Swift.max(0, w)
            case .min: return 1
            default: return 0
            }
        }
        let totalWeight = weights.reduce(0, +)
        guard remaining > 0, totalWeight > 0 else { return sizes }
        let share = remaining
        for i in sizes.indices where weights[i] > 0 {
            let part = share * weights[i] / totalWeight
            sizes[i] += part
            remaining -= part
        }
        // Rounding leftovers go to the flexible parts in order, one cell each.
        var i = 0
        while remaining > 0 {
            if weights[i % sizes.count] > 0 {
                sizes[i % sizes.count] += 1
                remaining -= 1
            }
            i += 1
        }
        return sizes
    }
}
