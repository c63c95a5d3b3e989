import CSV
import Foundation

/// One CSV field as the CSV package's writer encodes it (quoted and its quotes doubled when it holds a quote, a comma
/// or a line break), kept per distinct value so each is encoded once however often it occurs.
final class CSVFieldEncoder {
    /// The bytes the writer wrote, captured as they come.
    private let stream = CapturingOutputStream(toMemory: ())
    private let writer: CSVWriter
    private var encoded: [String: [UInt8]] = [:]
    private var first = true
    /// How many values went through the writer (tests count them).
    private(set) var writerCalls = 0

    init() throws {
        writer = try CSVWriter(stream: stream)
    }

    /// The encoded bytes of `value` as one field.
    func encode(_ value: String) throws -> [UInt8] {
        if let bytes = encoded[value] { return bytes }
        // Each value is the first field of a row of its own: the writer puts a line break before every row but the first.
        writer.beginNewRow()
        try writer.write(field: value)
        writerCalls += 1
        var bytes = stream.take()
        if !first, bytes.first == UInt8(ascii: "\n") { bytes.removeFirst() }
        first = false
        encoded[value] = bytes
        return bytes
    }
}
