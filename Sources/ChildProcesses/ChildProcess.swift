import Foundation
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

/// One program Guild runs (git, the user's editor) through swift-subprocess: an explicit executable and argument
/// list, never a shell line built from stored text. `run` feeds standard input while standard output and standard
/// error are drained at the same time, each up to a limit past which the child is killed and the run fails.
public struct ChildProcess: Sendable {
    /// How a child ended.
    public enum Termination: Sendable, Equatable, CustomStringConvertible {
        case exited(Int32)
        case signaled(Int32)

        /// Exit status 0.
        public var isSuccess: Bool { self == .exited(0) }

        /// "exited with status 1", "was killed by signal 9 (SIGKILL)".
        public var description: String {
            switch self {
            case .exited(let status): "exited with status \(status)"
            case .signaled(let signal): "was killed by signal \(signal)\(Self.signalNames[signal].map { " (\($0))" } ?? "")"
            }
        }

        private static let signalNames: [Int32: String] = [
            SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS",
            SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGPIPE: "SIGPIPE", SIGTERM: "SIGTERM",
        ]
    }

    /// What a finished child printed and how it ended.
    public struct Completed: Sendable {
        public var termination: Termination
        public var standardOutput: Data
        public var standardError: Data
    }

    /// The most bytes kept from each output; more ends the child and the run with `Failure.outputTooLarge`.
    public struct Limits: Sendable, Equatable {
        public var standardOutput: Int
        public var standardError: Int

        public init(standardOutput: Int, standardError: Int) {
            self.standardOutput = standardOutput
            self.standardError = standardError
        }

        /// 1 GiB of output (a `git cat-file --batch` of a whole organisation's records stays far below) and 16 MiB of
        /// messages.
        public static let standard = Limits(standardOutput: 1 << 30, standardError: 16 << 20)
    }

    /// Why a child could not be run to its end (its own exit status is not a failure here).
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// It never started (no such program, not executable, the folder is missing).
        case couldNotStart(program: String, reason: String)
        /// It printed more than the limit on one stream (`standard output` or `standard error`); it was killed.
        case outputTooLarge(program: String, stream: String, limit: Int)
        /// It ended successfully without reading all of its standard input.
        case inputNotRead(program: String, written: Int, of: Int)
        /// Reading its output or waiting for it failed.
        case failed(program: String, reason: String)

        public var description: String {
            switch self {
            case .couldNotStart(let program, let reason): "could not start \(program): \(reason)"
            case .outputTooLarge(let program, let stream, let limit):
                "\(program) printed more than \(Self.size(limit)) on its \(stream); it was stopped and its output not used"
            case .inputNotRead(let program, let written, let total):
                "\(program) took only \(written) of the \(total) bytes given on its standard input"
            case .failed(let program, let reason): "\(program): \(reason)"
            }
        }

        /// "1024 MiB", "512 bytes".
        private static func size(_ bytes: Int) -> String {
            bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
        }
    }

    /// One of a child's outputs.
    public enum Stream: Sendable, Equatable {
        case standardOutput, standardError
    }

    /// Told each piece of output as it arrives, before the run ends (git's progress, a count of lines).
    public typealias Observer = @Sendable (Stream, Data) -> Void

    /// The program's absolute path.
    public var executable: String
    public var arguments: [String]
    /// The child's whole environment (nothing is inherited beyond it).
    public var environment: [String: String]
    /// The folder the child starts in (nil: Guild's own).
    public var workingDirectory: String?
    public var limits: Limits

    /// A child of `executable` (an absolute path) with `arguments`, `environment` as its whole environment.
    public init(executable: String, arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
                workingDirectory: String? = nil, limits: Limits = .standard) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.limits = limits
    }

    /// Runs the child to its end with `input` on its standard input (nil: end of file at once), blocking the calling
    /// thread; its outputs are collected concurrently on Guild's child-process thread. For synchronous code on ordinary
    /// threads (the main thread, a dispatch queue): code in a Swift task awaits the other `run`, because swift-subprocess
    /// ends each run with a task on the shared pool, and tasks blocking every pool thread here would wait forever.
    /// `observe`, when given, is told each piece of output as it arrives, on the child-process thread.
    public func run(input: Data? = nil, observe: Observer? = nil) throws(Failure) -> Completed {
        let child = self
        return try ChildProcessThread.shared.wait { () async -> Result<Completed, Failure> in
            do throws(Failure) { return .success(try await child.run(input: input, observe: observe)) } catch { return .failure(error) }
        }.get()
    }

    /// Runs the child to its end with `input` on its standard input (nil: end of file at once); `observe`, when
    /// given, is told each piece of output as it arrives.
    public func run(input: Data? = nil, observe: Observer? = nil) async throws(Failure) -> Completed {
        let limits = limits
        let program = (executable as NSString).lastPathComponent
        do {
            let result = try await Subprocess.run(configuration, input: .inputWriter, output: .sequence, error: .sequence) { execution in
                try await withThrowingTaskGroup(of: Collected.self) { group in
                    group.addTask {
                        .standardOutput(try await Self.collect(execution.standardOutput, limit: limits.standardOutput,
                                                               program: program, stream: .standardOutput, observe: observe))
                    }
                    group.addTask {
                        .standardError(try await Self.collect(execution.standardError, limit: limits.standardError,
                                                              program: program, stream: .standardError, observe: observe))
                    }
                    // A child may exit before reading everything (git failing early): that write fails with EPIPE,
                    // which only matters if the child then says it succeeded.
                    var written = 0
                    if let input, !input.isEmpty {
                        written = (try? await execution.standardInputWriter.write(input)) ?? 0
                    }
                    try? await execution.standardInputWriter.finish()
                    var collected = Outputs(written: written)
                    while let next = try await group.next() {
                        switch next {
                        case .standardOutput(let data): collected.standardOutput = data
                        case .standardError(let data): collected.standardError = data
                        }
                    }
                    return collected
                }
            }
            let termination: Termination = switch result.terminationStatus {
            case .exited(let status): .exited(status)
            case .signaled(let signal): .signaled(signal)
            }
            let outputs = result.closureResult
            if termination.isSuccess, let input, outputs.written < input.count {
                throw Failure.inputNotRead(program: program, written: outputs.written, of: input.count)
            }
            return Completed(termination: termination, standardOutput: outputs.standardOutput, standardError: outputs.standardError)
        } catch let failure as Failure {
            throw failure
        } catch let error as SubprocessError {
            throw Self.failure(error, program: program)
        } catch {
            throw .failed(program: program, reason: String(describing: error))
        }
    }

    /// Runs the child on Guild's own terminal (standard input, output and error inherited, in Guild's process group so
    /// the terminal's keys and job control reach it), blocking until it ends; for the user's editor.
    public func runOnTerminal() throws(Failure) -> Termination {
        let configuration = configuration
        let program = (executable as NSString).lastPathComponent
        return try ChildProcessThread.shared.wait { () async -> Result<Termination, Failure> in
            do {
                let result = try await Subprocess.run(configuration, input: .currentStandardInput,
                                                      output: .currentStandardOutput, error: .currentStandardError)
                return switch result.terminationStatus {
                case .exited(let status): .success(.exited(status))
                case .signaled(let signal): .success(.signaled(signal))
                }
            } catch let error as SubprocessError {
                return .failure(Self.failure(error, program: program))
            } catch {
                return .failure(.failed(program: program, reason: String(describing: error)))
            }
        }.get()
    }

    private var configuration: Configuration {
        var variables: [Environment.Key: String] = [:]
        for (key, value) in environment {
            if let key = Environment.Key(rawValue: key) { variables[key] = value }
        }
        return Configuration(executable: .path(FilePath(executable)), arguments: Arguments(arguments), environment: .custom(variables),
                             workingDirectory: workingDirectory.map { FilePath($0) })
    }

    private static func failure(_ error: SubprocessError, program: String) -> Failure {
        switch error.code {
        case .spawnFailed, .executableNotFound, .failedToChangeWorkingDirectory:
            .couldNotStart(program: program, reason: error.underlyingError.map { String(describing: $0) } ?? error.description)
        default:
            .failed(program: program, reason: error.description)
        }
    }

    /// Reads `sequence` to its end, failing as soon as it holds more than `limit` bytes; each piece is shown to
    /// `observe` as it arrives.
    private static func collect(_ sequence: SubprocessOutputSequence, limit: Int, program: String, stream: Stream,
                                observe: Observer?) async throws -> Data {
        var data = Data()
        for try await buffer in sequence {
            guard data.count + buffer.count <= limit else {
                throw Failure.outputTooLarge(program: program, stream: stream == .standardOutput ? "standard output" : "standard error",
                                             limit: limit)
            }
            let start = data.count
            buffer.withUnsafeBytes { data.append(contentsOf: $0) }
            observe?(stream, data[start...])
        }
        return data
    }

    /// One output, read to its end.
    private enum Collected: Sendable {
        case standardOutput(Data)
        case standardError(Data)
    }

    /// Both outputs and how much of the input the child took.
    private struct Outputs: Sendable {
        var written: Int
        var standardOutput = Data()
        var standardError = Data()
    }
}
