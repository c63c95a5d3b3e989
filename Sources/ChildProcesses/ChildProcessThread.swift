#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import Synchronization

/// The one thread every child process's I/O runs on: a task executor of its own, so a caller that waits for a child
/// from a synchronous function blocks only itself (never the shared cooperative pool the child's reads and writes
/// need), and with SIGPIPE blocked, so writing to a child that stopped reading its standard input fails with EPIPE
/// instead of ending Guild.
final class ChildProcessThread: TaskExecutor {
    /// The thread all children share (their I/O waits in epoll, never here, so one thread serves any number).
    static let shared = ChildProcessThread()

    private let jobs = Mutex<[UnownedJob]>([])
    private let wake = DispatchSemaphore(value: 0)

    private init() {
        let thread = Thread { [self] in
            // Blocked for this thread's whole life: a SIGPIPE raised by a write here stays pending and harmless.
            var pipeSignal = sigset_t()
            sigemptyset(&pipeSignal)
            sigaddset(&pipeSignal, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
            serve()
        }
        thread.name = "guild-child-process"
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        jobs.withLock { $0.append(job) }
        wake.signal()
    }

    private func serve() -> Never {
        let executor = asUnownedTaskExecutor()
        while true {
            wake.wait()
            let batch = jobs.withLock { jobs in
                defer { jobs.removeAll(keepingCapacity: true) }
                return jobs
            }
            for job in batch { job.runSynchronously(on: executor) }
        }
    }

    /// Runs `operation` on this thread and blocks the calling thread until it has finished; never call it from code
    /// already running here.
    func wait<T: Sendable>(for operation: @escaping @Sendable () async -> T) -> T {
        let slot = Slot<T>()
        Task(executorPreference: self) {
            slot.fill(await operation())
        }
        return slot.take()
    }
}

/// One value handed from the child-process thread to the thread waiting for it.
private final class Slot<T: Sendable>: Sendable {
    private let value = Mutex<T?>(nil)
    private let filled = DispatchSemaphore(value: 0)

    func fill(_ result: T) {
        value.withLock { $0 = result }
        filled.signal()
    }

    func take() -> T {
        filled.wait()
        return value.withLock { $0! }
    }
}
