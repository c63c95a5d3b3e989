import Foundation
import GuildStore
import GuildUI
import TerminalGrid

/// Git sync for an open dashboard or meeting screen: the sync key's run and, with `--pull-every N`, a round every N
/// seconds. One sync at a time, on a queue of its own, so the screen never waits for the network; each start and
/// outcome is posted as an `Action` the run loop collects with `takeActions()` (files git changes reach the screen
/// through the store's watch, like any other outside change). The last outcome is also written to
/// `.guild/sync-status` (machine-local) for anyone who wants to check it from a shell.
final class DashboardSync: @unchecked Sendable {
    private let storeURL: URL
    private let queue = DispatchQueue(label: "guild-sync")
    private let lock = NSLock()
    private var inbox: [Action] = []
    private var running = false
    /// A sync was asked for while one ran: run once more when it ends, so changes made meanwhile go out too.
    private var again = false

    /// Whether starts and outcomes are kept for `takeActions()` (false for a screen that never collects them).
    private let postsActions: Bool

    init(storeURL: URL, postsActions: Bool = true) {
        self.storeURL = storeURL
        self.postsActions = postsActions
    }

    private func post(_ action: Action) {
        if postsActions { inbox.append(action) }
    }

    /// Starts a sync; while one is running, asks for one more right after it (when `followUp`) or does nothing.
    /// False when one was already under way.
    @discardableResult
    func start(followUp: Bool = true) -> Bool {
        let began: Bool = lock.withLock {
            guard !running else {
                if followUp { again = true }
                return false
            }
            running = true
            post(.syncStarted)
            return true
        }
        if began { queue.async { [self] in runRounds() } }
        return began
    }

    /// Syncs every `interval` seconds (at least one) on a thread of its own, skipping a round while one is running.
    func startPulling(every interval: TimeInterval) {
        let interval = max(1, interval)
        let worker = Thread { [self] in
            // A `while true` loop here sends the release optimiser into a hang; the cancel check also lets the thread stop.
            while !Thread.current.isCancelled {
                Thread.sleep(forTimeInterval: interval)
                start(followUp: false)
            }
        }
        worker.name = "guild-pull"
        worker.start()
    }

    /// Syncs until no one asked for another round meanwhile, posting each outcome.
    private func runRounds() {
        while true {
            let outcome = runOnce()
            record(outcome)
            let more: Bool = lock.withLock {
                post(.syncFinished(outcome))
                guard again else {
                    running = false
                    return false
                }
                again = false
                post(.syncStarted)
                return true
            }
            if !more { return }
        }
    }

    /// The starts and outcomes posted since the last call, oldest first.
    func takeActions() -> [Action] {
        lock.withLock {
            defer { inbox = [] }
            return inbox
        }
    }

    /// One sync, the same as `guild sync`; its outcome in one line.
    func runOnce() -> SyncOutcome {
        do {
            let store = try GuildStore.open(at: storeURL)
            var options = StoreSync.Options(driverProgram: SyncSupport.driverProgram())
            // The same clock as `guild sync` (GUILD_NOW when pinned): it says which day anonymous entries belong to.
            options.now = (try? Clock.fromEnvironment().now) ?? Date()
            let report = try StoreSync(store: store, options: options).sync()
            return SyncOutcome(at: Date(), summary: report.summary, failed: false)
        } catch {
            return SyncOutcome(at: Date(), summary: "\(error)", failed: true)
        }
    }

    private func record(_ outcome: SyncOutcome) {
        let text = StoreDateFormat.string(from: outcome.at) + " " + (outcome.failed ? "failed " : "ok ") + SafeText.sanitize(outcome.summary) + "\n"
        _ = try? PrivateFolder.write(Data(text.utf8), name: "sync-status", in: StoreLayout(root: storeURL))
    }
}
