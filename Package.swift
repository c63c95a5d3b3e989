// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

// Guild builds on Linux only (README › Platforms): it imports Glibc, includes <ncursesw/curses.h> and watches the
// store with inotify. Release builds carry the Swift runtime and Foundation inside the binary through SwiftPM's own
// option, `swift build -c release --static-swift-stdlib` (scripts/release.sh); the manifest sets no linker flags.
#if !os(Linux)
#error("Guild builds on Linux only: it uses Glibc, ncursesw and inotify (README › Platforms says what a macOS port needs).")
#endif

let package = Package(
    name: "Guild",
    products: [
        .executable(name: "guild", targets: ["guild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        // git and the user's editor run through swift-subprocess (README › Dependencies); FilePath comes from swift-system.
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.5.0"),
        // Tests only (GuildTestSupport): golden files with record modes, and readable diffs of whole values.
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.0"),
        .package(url: "https://github.com/pointfreeco/swift-custom-dump", from: "1.7.0"),
    ],
    targets: [
        // Which build this is (`guild --version`): the GitVersion plugin writes `git describe` into it before each build.
        .target(name: "GuildBuildInfo", swiftSettings: strict, plugins: ["GitVersion"]),
        .plugin(name: "GitVersion", capability: .buildTool()),
        // The domain: value types, validation and pure queries. No I/O.
        .target(name: "GuildCore", swiftSettings: strict),
        // Running other programs (git, the user's editor): outputs drained concurrently, limits, exit and signal mapped.
        .target(
            name: "ChildProcesses",
            dependencies: [
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strict
        ),
        // The local file store: layout, encoding, durable writes, locking; sync through git.
        .target(name: "GuildStore", dependencies: ["GuildCore", "ChildProcesses"], swiftSettings: strict),
        // An in-memory screen of cells plus small widgets. No curses.
        .target(name: "TerminalGrid", swiftSettings: strict),
        // State, actions, reducer, keymap, themes, panes and screens: render(state) -> Grid.
        .target(
            name: "GuildUI", dependencies: ["GuildCore", "TerminalGrid"],
            // Resources/Themes is a symlink to the top-level Themes/ folder: one copy; `.process` copies the files themselves into the bundle.
            resources: [.process("Resources/Themes")], swiftSettings: strict
        ),
        // Reading skills surveys (CSV from form tools) into dated rating snapshots.
        .target(name: "GuildImport", dependencies: ["GuildCore", .product(name: "CSV", package: "CSV.swift")], swiftSettings: strict),
        // ncursesw with a shim for the macros Swift cannot see.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // The only code that talks to curses.
        .target(name: "CursesTerminal", dependencies: ["TerminalGrid", "CNcurses"], swiftSettings: strict),
        // Command-line commands, wiring and the run loop (a library so tests can reach it).
        .target(
            name: "GuildCLI",
            dependencies: [
                "GuildCore", "GuildStore", "GuildUI", "TerminalGrid", "CursesTerminal", "GuildImport", "GuildBuildInfo", "ChildProcesses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "guild", dependencies: ["GuildCLI"], exclude: ["function-order.txt"], swiftSettings: strict
        ),
        // Benchmarks at 10k and organisation scale: `swift run -c release guild-bench --scale all`.
        .executableTarget(
            name: "guild-bench", dependencies: ["GuildCore", "GuildStore", "GuildUI", "TerminalGrid", "GuildCLI", "ChildProcesses"], swiftSettings: strict
        ),

        // What the test targets share: golden files (screens with or without styles, expected outputs), a TestStore for
        // reducers (`(inout State, Action) -> [Effect]`), and the tmux fixture that drives the real binary.
        .target(
            name: "GuildTestSupport",
            dependencies: [
                "TerminalGrid",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
                .product(name: "CustomDump", package: "swift-custom-dump"),
            ],
            path: "Tests/GuildTestSupport", swiftSettings: strict
        ),

        .testTarget(name: "GuildCoreTests", dependencies: ["GuildCore", "GuildTestSupport"], exclude: ["Expected", "Fixtures"], swiftSettings: strict),
        .testTarget(name: "ChildProcessesTests", dependencies: ["ChildProcesses"], swiftSettings: strict),
        .testTarget(name: "GuildStoreTests", dependencies: ["GuildStore", "GuildCore"], swiftSettings: strict),
        .testTarget(name: "TerminalGridTests", dependencies: ["TerminalGrid"], swiftSettings: strict),
        .testTarget(name: "GuildUITests", dependencies: ["GuildUI", "GuildCore", "TerminalGrid", "GuildTestSupport"], exclude: ["Goldens"], swiftSettings: strict),
        .testTarget(name: "GuildImportTests", dependencies: ["GuildImport", "GuildCore"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "GuildCLITests",
            dependencies: [
                "GuildCLI", "GuildCore", "GuildStore", "GuildUI", "TerminalGrid", "GuildTestSupport",
                .product(name: "CustomDump", package: "swift-custom-dump"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "GuildTestSupportTests", dependencies: ["GuildTestSupport", "TerminalGrid"], swiftSettings: strict),
    ]
)
