import Foundation

/// The lines a stress child printed: `ack <id> <value>`, `inc <id> <value>`, `conflict <id>`, `done …`.
struct StressLog {
    /// Last acknowledged value per private record, in print order.
    var acks: [(UUID, Int)] = []
    /// Acknowledged counter values per shared record.
    var increments: [(UUID, Int)] = []
    var conflicts = 0
    var ready = false
    var done = false

    init(file: URL) {
        let text = String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard let head = parts.first else { continue }
            switch head {
            case "ack" where parts.count == 3:
                if let id = UUID(uuidString: String(parts[1])), let value = Int(parts[2]) { acks.append((id, value)) }
            case "inc" where parts.count == 3:
                if let id = UUID(uuidString: String(parts[1])), let value = Int(parts[2]) { increments.append((id, value)) }
            case "conflict": conflicts += 1
            case "ready": ready = true
            case "done": done = true
            default: continue
            }
        }
    }

    /// How many saves were acknowledged.
    var acknowledged: Int { acks.count + increments.count }
}
