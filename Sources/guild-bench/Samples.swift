/// Timings of one measurement in milliseconds, with the statistics the report shows.
struct Samples: Sendable {
    private(set) var values: [Double] = []

    mutating func add(_ milliseconds: Double) { values.append(milliseconds) }

    var count: Int { values.count }

    /// The middle value (mean of the two middle ones for an even count).
    var median: Double { percentile(50) }

    /// The 95th percentile (nearest rank).
    var p95: Double { percentile(95) }

    /// The `p`th percentile by nearest rank; the median interpolates.
    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        if p == 50 {
            let mid = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
