import Foundation
import GuildCore

/// The command line of `guild-bench`.
struct BenchOptions: Sendable {
    /// What this process does: the whole benchmark, or one scale's measurements in a child process.
    enum Mode: Sendable, Equatable {
        case run
        case measure(DemoScale)
        /// Only start the dashboard's state once and report peak memory (notes loaded or lazy).
        case memory(DemoScale, includeNotes: Bool)
        /// Only warm starts (open, load, first frame), `runs` times, printed as a table: a quiet loop to profile.
        case starts(DemoScale)
        /// Only the sample team with this many characters added to its text fields (`LongTextMeasurement`), as JSON.
        case longText(Int)
        /// Only the screens besides home at one scale (`ScreenMeasurement`), as JSON.
        case screens(DemoScale)
    }

    var scales: [DemoScale] = [.tenK, .org]
    var jsonPath: String?
    /// Runs of the expensive stages (open, first frame, save); key presses run ten times as often.
    var runs = 10
    var storeDir = "/tmp/guild-bench-fixtures"
    var seed: UInt64 = 42
    var regenerate = false
    var mode = Mode.run
    /// The `guild` binary measured end to end in a pseudo-terminal (default: the one built next to guild-bench).
    var guildPath: String?
    /// Skip the pseudo-terminal measurement.
    var skipEndToEnd = false
    /// Skip the long-text measurement.
    var skipLongText = false
    /// Measure only the screens besides home (skills map, who to ask, communities, health, conflicts, meeting).
    var screensOnly = false
    /// Which CLI measurements run: every command and `guild sync`, only them, or none (`CommandScope`).
    var commands = CommandScope.all
    /// Only the command rows whose name starts with one of these ("import survey", "list"); empty: every row.
    var commandNames: [String] = []

    static let usage = """
    USAGE: guild-bench [--scale 10k|org|4x-org|all] [--json FILE] [--runs N] [--store-dir DIR] [--seed N] [--regenerate]
                       [--guild PATH | --no-e2e] [--no-long-text] [--screens-only]
                       [--no-commands | --no-sync | --commands-only | --sync-only] [--command NAME]...

    Measures Guild at 10k and organisation scale: generating the data, opening the store, the first home frame
    (120x40), key presses (reduce + render), a durable save and peak resident memory. Each scale is measured in a
    child process of its own, so its peak memory is its own. --scale 4x-org (four times org: 121,720 records and
    400,000 notes; not part of all) measures the same at four times organisation scale, where the home screen must
    open within 500 ms with the load cache and stay under 150 MB. Stores are generated once and cached under
    DIR/<scale>-seed<N>-v<format> (default DIR: /tmp/guild-bench-fixtures); --regenerate rebuilds them.

    End to end, the real `guild` binary (--guild PATH, default: the one built next to guild-bench) runs in a
    pseudo-terminal at 120x40 with TERM=xterm-256color: spawn to first complete home screen, key to screen updated,
    bytes written per cursor move and the process's peak memory. --no-e2e skips it.

    Then the sample team with 100,000 characters added to every text field a person writes (names, titles, notes,
    details, domains…), as a careless or hostile teammate could commit: open, idle, and keys on the communities
    screen and in a person's and a session's detail, each under the key budget. --no-long-text skips it.

    Every other screen too, each beside its target: opening it, one key on it and its cost idle (its clock tick —
    once a minute on the dashboard, once a second in the meeting — as a share of a core) — every skills-map tab (the
    pairs tab draws a proposal), who to ask per typed character and asked, communities, health, your week (Y), the
    conflicts screen with 50 conflicts, and the meeting's shared screen and note-taker view on a session with 2,000
    notes. Each is wall time against its target with the measuring thread's CPU time beside it (what a loaded
    machine barely changes). --screens-only measures just these.

    Then every CLI command (list, who, gaps, staff, topics, solutions, learnings find, pairs --dry-run, report,
    export ics/site/matrix/minutes, add action, rate, ask, import survey) as a fresh `guild` process on the store,
    wall time and peak memory (through /usr/bin/time), and `guild sync` beside the plain git commands it wraps, in the same run:
    first sync, one edited record, receiving it, nothing to do, and `guild clone` with the first dashboard frame
    after it. Writing commands and sync run on copies under DIR/work-<scale>. --no-commands skips both, --no-sync
    skips sync, --commands-only measures only commands and sync (the table README › Performance shows for them),
    --sync-only only sync. --command NAME (repeatable) measures only the command rows whose name starts with NAME
    ("import survey", "list", "export site").

    --starts-child 10k|org runs only the warm starts (open, load, first frame) --runs times in this process and
    prints their steps: a quiet loop to run under perf, strace or valgrind.

    Build and run in release: swift run -c release guild-bench --scale all --json bench.json
    """

    /// Parses `arguments` (without the program name); throws a message for bad input.
    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw BenchFailure("\(flag) needs a value") }
            return next
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--scale":
                let text = try value(argument)
                if text == "all" {
                    options.scales = [.tenK, .org]
                } else if let scale = DemoScale(rawValue: text), scale != .team {
                    options.scales = [scale]
                } else {
                    throw BenchFailure("--scale takes 10k, org, 4x-org or all, not \"\(text)\"")
                }
            case "--json": options.jsonPath = try value(argument)
            case "--runs":
                guard let runs = Int(try value(argument)), runs > 0 else { throw BenchFailure("--runs takes a positive number") }
                options.runs = runs
            case "--store-dir": options.storeDir = try value(argument)
            case "--seed":
                guard let seed = UInt64(try value(argument)) else { throw BenchFailure("--seed takes a number") }
                options.seed = seed
            case "--regenerate": options.regenerate = true
            case "--guild": options.guildPath = try value(argument)
            case "--no-e2e": options.skipEndToEnd = true
            case "--no-long-text": options.skipLongText = true
            case "--no-commands": options.commands = .none
            case "--no-sync": options.commands.sync = false
            case "--commands-only": options.commands.only = true
            case "--sync-only": options.commands = CommandScope(commands: false, sync: true, only: true)
            case "--screens-only": options.screensOnly = true
            case "--command": options.commandNames.append(try value(argument))
            case "--screens-child":
                guard let scale = DemoScale(rawValue: try value(argument)), scale != .team else { throw BenchFailure("bad child scale") }
                options.mode = .screens(scale)
            case "--long-text-child":
                guard let length = Int(try value(argument)), (0...10_000_000).contains(length) else { throw BenchFailure("bad long-text length") }
                options.mode = .longText(length)
            case "--measure-child":
                guard let scale = DemoScale(rawValue: try value(argument)) else { throw BenchFailure("bad child scale") }
                options.mode = .measure(scale)
            case "--memory-child":
                guard let scale = DemoScale(rawValue: try value(argument)) else { throw BenchFailure("bad child scale") }
                options.mode = .memory(scale, includeNotes: try value(argument) == "notes")
            case "--starts-child":
                guard let scale = DemoScale(rawValue: try value(argument)), scale != .team else {
                    throw BenchFailure("--starts-child takes 10k or org")
                }
                options.mode = .starts(scale)
            case "-h", "--help":
                print(usage)
                exit(0)
            default:
                throw BenchFailure("unknown argument \"\(argument)\"\n\n\(usage)")
            }
        }
        return options
    }

    /// The arguments that make a child process measure `scale` with these options.
    func childArguments(for scale: DemoScale) -> [String] {
        ["--measure-child", scale.rawValue] + common
    }

    /// The arguments that make a child process report the dashboard's peak memory at `scale`.
    func memoryChildArguments(for scale: DemoScale, includeNotes: Bool) -> [String] {
        ["--memory-child", scale.rawValue, includeNotes ? "notes" : "lazy"] + common
    }

    /// The arguments that make a child process measure the screens besides home at `scale`.
    func screensChildArguments(for scale: DemoScale) -> [String] {
        ["--screens-child", scale.rawValue] + common
    }

    /// The arguments that make a child process measure the sample team with `length` characters added to its text.
    func longTextChildArguments(length: Int) -> [String] {
        ["--long-text-child", String(length)] + common
    }

    private var common: [String] {
        ["--runs", String(runs), "--store-dir", storeDir, "--seed", String(seed)]
    }
}
