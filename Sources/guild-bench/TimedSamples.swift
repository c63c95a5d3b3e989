/// Wall-clock and thread CPU samples of the same runs (`Stopwatch.measure`), each scaled by `scale` (1 for
/// milliseconds; a share of a period for idle figures).
struct TimedSamples {
    var wall = Samples()
    var cpu = Samples()
    var scale = 1.0

    init(scale: Double = 1) { self.scale = scale }

    /// Runs `body`, adds its wall and CPU time, and returns its result.
    @discardableResult
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let measured = try Stopwatch.measure(body)
        wall.add(measured.wall * scale)
        cpu.add(measured.cpu * scale)
        return measured.result
    }

    /// The metric of these samples, the wall time against `target` and the CPU time beside it.
    func metric(_ name: String, target: MetricTarget? = nil) -> Metric {
        Metric(name, wall, cpu: cpu, target: target)
    }
}
