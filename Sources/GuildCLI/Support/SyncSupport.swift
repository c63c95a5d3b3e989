import Foundation

/// What the sync commands share: the path of this `guild` executable, which git runs as the merge driver.
enum SyncSupport {
    /// The absolute path of the running executable (`/proc/self/exe` on Linux).
    static func driverProgram() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"), resolved.hasPrefix("/") {
            return resolved
        }
        let argument = CommandLine.arguments.first ?? "guild"
        return URL(fileURLWithPath: argument).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
