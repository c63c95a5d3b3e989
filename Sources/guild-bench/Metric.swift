/// One measured figure of a scale: its name, unit, median and 95th percentile, and its target if it has one.
struct Metric: Codable, Sendable {
    var name: String
    /// "ms" or "MB".
    var unit: String
    var runs: Int
    var median: Double
    var p95: Double
    var target: MetricTarget?
    /// The same measurement in the measuring thread's CPU time (median and p95, in `unit`), when it was taken: on a
    /// shared machine wall time includes waiting for a core, CPU time barely moves with the load.
    var cpuMedian: Double?
    var cpuP95: Double?

    /// A timing from its samples, with the CPU time of the same runs when given.
    init(_ name: String, _ samples: Samples, cpu: Samples? = nil, target: MetricTarget? = nil) {
        self.name = name
        unit = "ms"
        runs = samples.count
        median = samples.median
        p95 = samples.p95
        if let cpu, cpu.count > 0 {
            cpuMedian = cpu.median
            cpuP95 = cpu.p95
        }
        self.target = target
    }

    /// A single value (memory, a one-off timing).
    init(_ name: String, value: Double, unit: String, target: MetricTarget? = nil) {
        self.name = name
        self.unit = unit
        runs = 1
        median = value
        p95 = value
        self.target = target
    }

    /// Whether the target is met; nil without a target.
    var met: Bool? {
        guard let target else { return nil }
        return (target.statistic == .median ? median : p95) < target.limit
    }
}
