/// Everything measured at one scale: what the store holds and every metric, in the order they were taken.
struct ScaleReport: Codable, Sendable {
    var scale: String
    /// Record counts by kind folder name ("people", "notes", …).
    var records: [String: Int]
    var metrics: [Metric]
    /// Remarks worth reading next to the numbers (cache state, what was skipped).
    var notes: [String]
}
