import Foundation

/// How this benchmark binary was linked, printed beside its figures: a plain `swift build -c release` loads the Swift
/// runtime and Foundation as shared libraries, which costs start time and about 8 MB of resident memory at 10k, so
/// its figures are not comparable with README › Performance (measured on the release link of `scripts/release.sh`).
enum BuildLink {
    /// Whether the Swift runtime is mapped from a shared library (`libswiftCore.so`) rather than linked in.
    static var sharesSwiftRuntime: Bool {
        // /proc files report a size of 0: read to the end rather than by size.
        guard let file = FileHandle(forReadingAtPath: "/proc/self/maps"), let data = try? file.readToEnd() else { return false }
        return String(decoding: data, as: UTF8.self).contains("libswiftCore.so")
    }

    /// One line for the report's notes.
    static var note: String {
        sharesSwiftRuntime
            ? "build: Swift runtime as shared libraries (a plain `swift build -c release`): start and memory figures are higher than the release link's (README › Performance)"
            : "build: Swift runtime linked in (--static-swift-stdlib), as scripts/release.sh builds"
    }
}
