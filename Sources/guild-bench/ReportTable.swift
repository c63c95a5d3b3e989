import Foundation

/// Prints scale reports as a plain text table: metric, median, p95, runs, target, whether it is met, and the CPU
/// time's median and p95 where it was measured.
enum ReportTable {
    static func text(_ reports: [ScaleReport]) -> String {
        var lines: [String] = []
        for report in reports {
            let counts = ["people", "skills", "sessions", "notes", "actions"].map { "\(report.records[$0] ?? 0) \($0)" }
            lines.append("")
            // A report that did not count the records (the screens, the warm starts) names only its scale.
            lines.append("== \(report.scale)" + (report.records.isEmpty ? "" : ": " + counts.joined(separator: ", ")))
            var rows: [[String]] = [["metric", "median", "p95", "runs", "target", "", "cpu median / p95"]]
            for metric in report.metrics {
                let target = metric.target.map { ($0.statistic == .median && metric.runs > 1 ? "median " : $0.statistic == .p95 ? "p95 " : "")
                    + "< " + String(format: "%g", $0.limit) + " " + metric.unit } ?? ""
                let verdict = metric.met.map { $0 ? "ok" : "MISS" } ?? ""
                rows.append([metric.name, number(metric.median) + " " + metric.unit,
                             metric.runs > 1 ? number(metric.p95) + " " + metric.unit : "", String(metric.runs), target, verdict,
                             metric.cpuMedian.map { number($0) + " / " + number(metric.cpuP95 ?? $0) + " " + metric.unit } ?? ""])
            }
            let widths = (0..<7).map { column in rows.map { $0[column].count }.max() ?? 0 }
            for (index, row) in rows.enumerated() {
                var line = ""
                for (column, cell) in row.enumerated() {
                    let pad = String(repeating: " ", count: widths[column] - cell.count)
                    // Text left-aligned, numbers right-aligned.
                    line += (column == 0 || column >= 4 ? cell + pad : pad + cell) + (column < row.count - 1 ? "  " : "")
                }
                lines.append(line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
                if index == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
            }
            for note in report.notes { lines.append("  note: \(note)") }
        }
        return lines.joined(separator: "\n")
    }

    /// Three significant figures or so: 0.412, 4.12, 41.2, 412.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        if value < 1 { return String(format: "%.3f", value) }
        if value < 10 { return String(format: "%.2f", value) }
        if value < 100 { return String(format: "%.1f", value) }
        return String(format: "%.0f", value)
    }
}
