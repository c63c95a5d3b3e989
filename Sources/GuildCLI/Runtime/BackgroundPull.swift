import Foundation
import GuildStore

/// Keeps an open dashboard's store in step with the team: every `interval` seconds, on its own thread, runs the same
/// sync as `guild sync` (commit, merge, push). Files git changes are picked up by the dashboard's store watch like any
/// other outside change, so a shared screen shows notes typed on another machine. The last outcome is written to
/// `.guild/sync-status` (machine-local) for anyone who wants to check it.
final class BackgroundPull: @unchecked Sendable {
    private let storeURL: URL
    private let interval: TimeInterval

    init(storeURL: URL, interval: TimeInterval) {
        self.storeURL = storeURL
        self.interval = max(1, interval)
    }

    /// Starts the thread; it lives as long as the process.
    func start() {
        let worker = Thread { [self] in
            // A `while true` loop here sends the release optimiser into a hang; the cancel check also lets the thread stop.
            while !Thread.current.isCancelled {
                Thread.sleep(forTimeInterval: interval)
                record(runOnce())
            }
        }
        worker.name = "guild-pull"
        worker.start()
    }

    /// One sync; its one-line outcome.
    func runOnce() -> String {
        do {
            let store = try GuildStore.open(at: storeURL)
            let report = try StoreSync(store: store, options: StoreSync.Options(driverProgram: SyncSupport.driverProgram())).sync()
            return "ok " + report.summary
        } catch {
            return "failed \(error)"
        }
    }

    private func record(_ line: String) {
        let folder = StoreLayout(root: storeURL).privateFolder
        let text = StoreDateFormat.string(from: Date()) + " " + line + "\n"
        _ = try? DurableFile.write(Data(text.utf8), folder: folder, name: "sync-status")
    }
}
