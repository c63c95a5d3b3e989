#if canImport(Glibc)
import Glibc
#endif

/// How the C allocator gives memory back, set once when the process starts.
public enum AllocatorTuning {
    /// The size from which a block gets pages of its own, returned to the system as soon as it is freed.
    public static let largeBlockBytes: Int32 = 128 * 1024

    /// Large blocks (128 KB and more) always get pages of their own and give them back when freed.
    ///
    /// glibc starts with that threshold but raises it each time such a block is freed (up to 32 MB); after that the
    /// large, short-lived buffers of opening a store (a cache file being read, a dictionary being resized, a folder
    /// listing) come from the heap and stay there, fragmented, under everything allocated next. At 10k, reopening
    /// after a teammate's change peaked 4 MB higher that way (README › Performance). Setting the threshold
    /// explicitly keeps it where it is. Elsewhere (macOS) this does nothing. Returns whether the allocator took it.
    @discardableResult
    public static func returnLargeBlocksPromptly() -> Bool {
        #if canImport(Glibc)
        // mallopt is in <malloc.h>, which Swift's Glibc module leaves out; M_MMAP_THRESHOLD is -3 in glibc's ABI.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        return unsafeBitCast(symbol, to: MallOpt.self)(-3, largeBlockBytes) == 1
        #else
        return false
        #endif
    }
}
