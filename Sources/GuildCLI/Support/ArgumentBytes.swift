import Foundation
import GuildCore

/// The command line's arguments as the kernel passed them: Swift's `CommandLine.arguments` repairs invalid UTF-8 with
/// U+FFFD, which would then be stored as if the person had typed it; Guild refuses such an argument instead.
enum ArgumentBytes {
    /// "argument 3 is not valid UTF-8: byte 5 is 0xFF; nothing was done" (counting from 1 after the program name) for the
    /// first argument that is not UTF-8; nil when all are.
    static func problem(in arguments: [[UInt8]]) -> String? {
        for (index, bytes) in arguments.enumerated() {
            let problem = bytes.withUnsafeBytes { UTF8Text.firstInvalidByte(in: $0) }
            guard let offset = problem else { continue }
            return "argument \(index + 1) is not valid UTF-8: byte \(offset + 1) is \(UTF8Text.hex(bytes[offset])); nothing was done"
        }
        return nil
    }

    /// The raw bytes of this process's arguments, without the program name.
    static var current: [[UInt8]] {
        (1..<Int(CommandLine.argc)).map { index in
            guard let pointer = CommandLine.unsafeArgv[index] else { return [] }
            return Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
        }
    }
}
