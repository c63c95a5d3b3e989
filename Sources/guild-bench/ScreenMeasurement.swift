import Foundation
import GuildCore
import GuildStore
import GuildUI
import TerminalGrid

/// Every screen besides home at one scale, in a process of its own: opening it and one key on it (reduce + render),
/// and what it costs idle, as the run loop spends it (a share of one core): a round in which nothing happened draws
/// nothing, so an idle screen costs one clock tick (the tick reduced, a frame drawn and diffed) per period — a minute
/// on the dashboard's screens, a second in the meeting. Each figure is wall time, checked against its target, with
/// the measuring thread's CPU time of the same runs beside it (what a loaded machine barely changes).
///
/// Work a screen leaves for the run loop's idle moments (the pairs tab's partner index) is measured as its rounds, each
/// with its frame, against the key target: a key pressed during one waits for it.
///
/// Screens: every skills-map tab (the pairs tab draws a proposal), who-to-ask per typed character and the question
/// asked, communities, health, "your week" (`Y`, for the person owning the most action items), the conflicts screen
/// with 50 conflicts, and the meeting's shared screen and note-taker view on a session with 2,000 notes (typing a
/// character of a note on the latter).
struct ScreenMeasurement {
    let scale: DemoScale
    let url: URL
    /// Runs of an opening; keys run ten times as often.
    let runs: Int

    /// Targets of the issue "Instant on every screen": a key within a frame at 60 Hz, opening within 100 ms, idle
    /// under 1 % of a core.
    static let keyTarget = MetricTarget.p95(16)
    static let openTarget = MetricTarget.median(100)
    static let idleTarget = MetricTarget.median(1)
    /// How often the clock ticks with nothing else happening: the dashboard every minute, the meeting every second.
    static let dashboardTickMilliseconds = 60_000.0
    static let meetingTickMilliseconds = 1_000.0

    private var metrics: [Metric] = []

    init(scale: DemoScale, url: URL, runs: Int) {
        self.scale = scale
        self.url = url
        self.runs = runs
    }

    mutating func run() throws -> [Metric] {
        let store = try GuildStore.open(at: url)
        let result = store.loadAll(includeNotes: false)
        store.waitForCacheWork()
        let data = result.data
        var home = AppState(data: data, storeName: "bench", now: BenchScenario.now, calendar: BenchScenario.calendar,
                            size: BenchScenario.size, theme: BenchScenario.theme)
        _ = render(home)
        while home.hasIdleWork { _ = reduce(&home, .idle) }

        let tabs: [(String, String)] = [("matrix", "1"), ("gaps", "2"), ("pairs", "3"), ("who", "4"), ("topics", "5"),
                                        ("solutions", "6"), ("learnings", "7"), ("staffing", "8")]
        for (name, key) in tabs {
            measureScreen("skills map › \(name)", from: home, opening: ["s", key], keys: name == "matrix" ? ["j", "l"] : ["j"])
        }
        measureWhoToAsk(from: home)
        measureScreen("communities", from: home, opening: ["C"], keys: ["j"])
        measureScreen("health", from: home, opening: ["H"], keys: ["j"])
        if let me = data.actions.values.compactMap(\.owner).reduce(into: [UUID: Int](), { $0[$1, default: 0] += 1 })
            .max(by: { ($0.value, $1.key.orderKey) < ($1.value, $0.key.orderKey) })?.key {
            var mine = home
            mine.identity = .found(Identity(personID: me, source: .config))
            measureScreen("your week", from: mine, opening: ["Y"], keys: ["j"])
        }
        var conflicted = home
        _ = reduce(&conflicted, .conflictsFound(Self.conflicts(50, in: data)))
        measureScreen("conflicts (50)", from: conflicted, opening: ["M"], keys: ["j"])
        measureMeeting(data: data)
        return metrics
    }

    // MARK: - The dashboard's screens

    /// A copy of `state` whose derived views are all stale (as after a reload of the same data), so an opening
    /// measured from it pays for everything it derives.
    private func fresh(_ state: AppState) -> AppState {
        var copy = state
        _ = reduce(&copy, .storeReloaded(state.data, problems: []))
        return copy
    }

    private static func press(_ state: inout AppState, _ spec: String) {
        _ = reduce(&state, .key(Key(spec: spec)!))
    }

    /// Opening (every key of `opening`, then a frame), the rounds of work it leaves for idle moments (each with its
    /// frame: a key pressed meanwhile waits for one), one key of `keys` after another (each with its frame), idle.
    private mutating func measureScreen(_ name: String, from home: AppState, opening: [String], keys: [String]) {
        var open = TimedSamples()
        var afterwards = TimedSamples()
        var opened = home
        for _ in 0..<runs {
            var state = fresh(home)
            // Every key but the last opens the way there; the last opens the screen itself. What the fresh data left for
            // idle moments (the home screen's search rows, the milestones) is done first, as a dashboard left open does.
            for spec in opening.dropLast() { Self.press(&state, spec) }
            _ = render(state)
            while state.hasIdleWork { _ = reduce(&state, .idle) }
            open.time { () -> Grid in
                Self.press(&state, opening.last!)
                return render(state)
            }
            while state.hasIdleWork {
                afterwards.time { () -> Grid in
                    _ = reduce(&state, .idle)
                    return render(state)
                }
            }
            opened = state
        }
        metrics.append(open.metric("open \(name) + frame", target: Self.openTarget))
        if afterwards.wall.count > 0 {
            metrics.append(afterwards.metric("idle round after opening \(name) + frame", target: Self.keyTarget))
        }
        for spec in keys {
            var state = opened
            var samples = TimedSamples()
            for press in 0..<(runs * 10) {
                // Down then back up (or right then left), so the cursor stays near the top and every press moves it.
                let key = press % 2 == 0 ? spec : Self.reverse(spec)
                samples.time { () -> Grid in
                    Self.press(&state, key)
                    return render(state)
                }
            }
            metrics.append(samples.metric("key \(spec) on \(name) + frame", target: Self.keyTarget))
        }
        measureIdle(name, opened)
    }

    private static func reverse(_ spec: String) -> String {
        switch spec {
        case "j": "k"
        case "l": "h"
        default: spec
        }
    }

    /// Who to ask: each typed character of a question (with its frame), then asking it (Enter) and a key on the answer.
    private mutating func measureWhoToAsk(from home: AppState) {
        var opening = TimedSamples()
        var typing = TimedSamples()
        var asking = TimedSamples()
        var answered = home
        let question = Array("kubernetes")
        for _ in 0..<runs {
            var state = fresh(home)
            opening.time { () -> Grid in
                Self.press(&state, "w")
                return render(state)
            }
            for letter in question {
                typing.time { () -> Grid in
                    _ = reduce(&state, .key(.char(letter)))
                    return render(state)
                }
            }
            asking.time { () -> Grid in
                Self.press(&state, "enter")
                return render(state)
            }
            answered = state
        }
        metrics.append(opening.metric("open who to ask (w) + frame", target: Self.openTarget))
        metrics.append(typing.metric("who to ask: typed character + frame", target: Self.keyTarget))
        metrics.append(asking.metric("who to ask: ask (enter) + frame", target: Self.keyTarget))
        var state = answered
        var samples = TimedSamples()
        for press in 0..<(runs * 10) {
            samples.time { () -> Grid in
                Self.press(&state, press % 2 == 0 ? "j" : "k")
                return render(state)
            }
        }
        metrics.append(samples.metric("key j on who to ask's answer + frame", target: Self.keyTarget))
        measureIdle("who to ask", answered)
    }

    /// Idle as the run loop spends it: rounds in which nothing happened draw nothing (`Program`), so what an idle
    /// screen costs is the minute's clock tick — reduced, drawn and diffed — as a share of a core over that minute.
    private mutating func measureIdle(_ name: String, _ state: AppState) {
        var samples = TimedSamples(scale: 100 / Self.dashboardTickMilliseconds)
        var ticking = state
        var previous = render(ticking)
        for tick in 0..<(runs * 10) {
            let time = ticking.now.addingTimeInterval(Self.dashboardTickMilliseconds / 1_000 * Double(tick + 1))
            samples.time { () -> Int in
                _ = reduce(&ticking, .tick(time))
                let grid = render(ticking)
                let changes = grid.diff(from: previous).count
                previous = grid
                return changes
            }
        }
        var metric = samples.metric("idle on \(name): a minute's tick + frame", target: Self.idleTarget)
        metric.unit = "% core"
        metrics.append(metric)
    }

    /// `count` conflicted records of the store's action items, two versions of two fields each.
    static func conflicts(_ count: Int, in data: GuildData) -> [ConflictItem] {
        data.actions.values.sorted { $0.id.precedes($1.id) }.prefix(count).map { item in
            ConflictItem(path: "actions/\(item.id.uuidString.lowercased()).json", kind: .action, recordID: item.id, choosesWholeVersion: false,
                         isEditAgainstDelete: false,
                         fields: [ConflictField(name: "title", options: [item.title, item.title + " (edited elsewhere)"]),
                                  ConflictField(name: "status", options: ["open", "done"])],
                         versionCount: 2)
        }
    }

    // MARK: - The meeting

    /// The meeting on a session with 2,000 notes: opening each role's screen, a key on the shared screen, a typed
    /// character of a note on the note-taker's view, and each idle.
    private mutating func measureMeeting(data: GuildData) {
        guard let session = data.sessions.values.filter({ !$0.agenda.isEmpty && $0.status != .done })
            .min(by: { $0.id.precedes($1.id) }) ?? data.sessions.values.min(by: { $0.id.precedes($1.id) }) else { return }
        var random = SeededRandom(seed: 7)
        let people = Array(data.people.keys.sorted { $0.precedes($1) }.prefix(40))
        let notes: [NoteEntry] = (0..<2_000).map { index in
            NoteEntry(id: random.uuid(), sessionID: session.id, kind: NoteEntry.Kind.allCases[index % NoteEntry.Kind.allCases.count],
                      text: "Note \(index): we looked at the flaky deploy and agreed to pair on it next week",
                      author: people.isEmpty ? nil : people[index % people.count],
                      createdAt: BenchScenario.now.addingTimeInterval(Double(index - 2_000) * 3))
        }
        for role in [MeetingRole.shared, .notes] {
            let name = "meeting \(role == .shared ? "shared screen" : "note-taker view") (2,000 notes)"
            var open = TimedSamples()
            var opened: MeetingState?
            for run in 0..<runs {
                let state = open.time { () -> MeetingState in
                    let state = MeetingState(session: session, data: data, notes: notes, role: role, seed: UInt64(run), ids: IDSource(seed: 1),
                                             now: BenchScenario.now, calendar: BenchScenario.calendar, size: BenchScenario.size,
                                             theme: BenchScenario.theme)
                    _ = renderMeeting(state)
                    return state
                }
                opened = state
            }
            metrics.append(open.metric("open \(name) + frame", target: Self.openTarget))
            guard var state = opened else { continue }
            var samples = TimedSamples()
            if role == .shared {
                for press in 0..<(runs * 10) {
                    samples.time { () -> Grid in
                        _ = reduceMeeting(&state, .key(.char(press % 2 == 0 ? "j" : "k")))
                        return renderMeeting(state)
                    }
                }
                metrics.append(samples.metric("key j on \(name) + frame", target: Self.keyTarget))
            } else {
                _ = reduceMeeting(&state, .key(.char("n")))
                _ = renderMeeting(state)
                let letters = Array("typing a note ")
                for press in 0..<(runs * 10) {
                    samples.time { () -> Grid in
                        _ = reduceMeeting(&state, .key(.char(letters[press % letters.count])))
                        return renderMeeting(state)
                    }
                }
                metrics.append(samples.metric("typed character of a note on \(name) + frame", target: Self.keyTarget))
            }
            // Idle, the meeting's clock ticks every second (its timer shows seconds); rounds between draw nothing.
            var idle = TimedSamples(scale: 100 / Self.meetingTickMilliseconds)
            var previous = renderMeeting(state)
            let start = state.now
            for tick in 0..<(runs * 10) {
                let time = start.addingTimeInterval(Self.meetingTickMilliseconds / 1_000 * Double(tick + 1))
                idle.time { () -> Int in
                    _ = reduceMeeting(&state, .tick(time))
                    let grid = renderMeeting(state)
                    let changes = grid.diff(from: previous).count
                    previous = grid
                    return changes
                }
            }
            var metric = idle.metric("idle on \(name): a second's tick + frame", target: Self.idleTarget)
            metric.unit = "% core"
            metrics.append(metric)
        }
    }
}
