/// A goal for a metric: its median, its 95th percentile or its single value must stay under a limit.
struct MetricTarget: Codable, Sendable {
    /// Which statistic the limit applies to.
    enum Statistic: String, Codable, Sendable {
        case median, p95
    }

    var statistic: Statistic
    var limit: Double

    static func median(_ limit: Double) -> MetricTarget { MetricTarget(statistic: .median, limit: limit) }
    static func p95(_ limit: Double) -> MetricTarget { MetricTarget(statistic: .p95, limit: limit) }
}
