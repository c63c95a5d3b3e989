@testable import GuildCLI
import XCTest

/// The allocator setting `guild` makes at start (README › Performance) is found and taken on Linux.
final class AllocatorTuningTests: XCTestCase {
    func testTheLargeBlockThresholdIsTakenOnLinux() throws {
        #if os(Linux)
        XCTAssertTrue(AllocatorTuning.returnLargeBlocksPromptly(), "glibc's mallopt was not found or refused M_MMAP_THRESHOLD")
        // A large block is still usable afterwards.
        var block = [UInt8](repeating: 7, count: Int(AllocatorTuning.largeBlockBytes) * 4)
        block[block.count - 1] = 9
        XCTAssertEqual(block.reduce(0) { $0 + Int($1) }, 7 * (block.count - 1) + 9)
        #else
        throw XCTSkip("glibc only")
        #endif
    }
}
