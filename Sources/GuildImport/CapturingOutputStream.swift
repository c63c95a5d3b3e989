import Foundation

/// An output stream that keeps what is written to it in memory, handed over by `take`.
final class CapturingOutputStream: OutputStream {
    private var bytes: [UInt8] = []
    private var status = Stream.Status.notOpen

    required init(toMemory: ()) {
        super.init(toMemory: ())
    }

    override func open() { status = .open }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var hasSpaceAvailable: Bool { true }

    override func write(_ buffer: UnsafePointer<UInt8>, maxLength length: Int) -> Int {
        bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: length))
        return length
    }

    /// What was written since the last call.
    func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }
}
