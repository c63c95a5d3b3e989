#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GuildCore

/// Test support: the body of the hidden `guild debug save-loop` command, a child process the crash tests kill.
///
/// Each iteration either saves one of this writer's own records with the iteration number as its value and
/// prints `ack <id> <value>`, or increments a shared counter (read, +1, save against what it read; retried on
/// conflict) and prints `inc <id> <value>`. A line is printed only after the save returned, i.e. after the folder was
/// synced. An increment also stamps `writer` with the writer and iteration, so two writers' increments of one value
/// always collide in that field (the field merge would otherwise take two equal values as one change).
public enum StoreStressLoop {
    /// The counters every writer increments.
    public static let sharedIDs: [UUID] = [
        UUID(uuidString: "00000000-0000-4000-8000-00000000c001")!,
        UUID(uuidString: "00000000-0000-4000-8000-00000000c002")!,
    ]

    /// The records only the writer with `seed` saves.
    public static func privateIDs(seed: UInt64) -> [UUID] {
        var random = SeededRandom(seed: seed ^ 0x5EED_0F_57E55)
        return (0..<4).map { _ in
            var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &random) }
            bytes[6] = bytes[6] & 0x0F | 0x40
            bytes[8] = bytes[8] & 0x3F | 0x80
            return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                               bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        }
    }

    /// Runs `count` saves against the existing store at `store`, printing one line per acknowledged save to `output`.
    public static func run(store: URL, count: Int, seed: UInt64, output: (String) -> Void = writeToStandardOutput) throws {
        let guild = try GuildStore.open(at: store, types: [StressRecord.self])
        var random = SeededRandom(seed: seed)
        let mine = privateIDs(seed: seed)
        let writer = "w\(seed)"
        var saved: [UUID: StressRecord] = [:]
        for id in mine { saved[id] = try guild.record(StressRecord.self, id: id) }
        output("ready \(writer)")
        var iteration = 0
        while iteration < count {
            iteration += 1
            if Int.random(in: 0..<10, using: &random) < 7 {
                let id = mine[Int.random(in: 0..<mine.count, using: &random)]
                let record = StressRecord(id: id, writer: writer, value: iteration, updatedAt: Date())
                try guild.save(record, base: saved[id])
                saved[id] = record
                output("ack \(id.uuidString.lowercased()) \(iteration)")
            } else {
                let id = sharedIDs[Int.random(in: 0..<sharedIDs.count, using: &random)]
                while true {
                    let current = try guild.record(StressRecord.self, id: id)
                    let next = (current?.value ?? 0) + 1
                    do {
                        try guild.save(StressRecord(id: id, writer: "\(writer) #\(iteration)", value: next, updatedAt: Date()), base: current)
                        output("inc \(id.uuidString.lowercased()) \(next)")
                        break
                    } catch StoreError.conflict {
                        output("conflict \(id.uuidString.lowercased())")
                    }
                }
            }
        }
        output("done \(writer) \(count)")
    }

    /// Writes `line` and a newline straight to file descriptor 1 (no buffering, so a SIGKILL loses nothing printed).
    public static func writeToStandardOutput(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
