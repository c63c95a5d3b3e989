import Foundation
import GuildCore
import GuildStore
import GuildUI
import TerminalGrid

/// The sample team after a hostile or careless teammate committed 100,000-character text into every field a person
/// writes (names, titles, domains, objectives, notes, details): the store reports each over-long field and shows it cut
/// (`TextLimit`), wrapping stays linear, and every key on the screens that showed such text stays under its budget.
struct LongTextMeasurement {
    /// Characters added to every text field of every record file.
    static let length = 100_000

    let folder: URL
    let runs: Int
    /// Characters added (0: the sample team as it is, for comparison).
    var length = Self.length

    func run() throws -> ScaleReport {
        try prepare()
        var metrics: [Metric] = []
        var notes: [String] = []
        let key = MetricTarget.median(2)
        let frame = MetricTarget.median(100)

        var opening = Samples()
        var loaded: (GuildStore, LoadResult, AppState)?
        for _ in 0..<runs {
            let (made, milliseconds) = try Stopwatch.time { () throws -> (GuildStore, LoadResult, AppState) in
                let store = try GuildStore.open(at: folder)
                let result = store.loadAll(includeNotes: true)
                let state = AppState(data: result.data, storeName: "long text", now: BenchScenario.now, calendar: BenchScenario.calendar,
                                     size: BenchScenario.size, theme: BenchScenario.theme, problems: result.problems.map(\.description))
                _ = render(state)
                return (store, result, state)
            }
            opening.add(milliseconds)
            loaded = made
        }
        guard let (store, result, home) = loaded else { throw BenchFailure("the long-text store did not open") }
        metrics.append(Metric("open + first home frame (every note read)", opening, target: frame))
        notes.append("\(result.problems.count) over-long fields reported, first: \(result.problems.first.map { String(describing: $0) } ?? "none")")
        let longest = result.data.people.values.map(\.name.count).max() ?? 0
        notes.append("names shown at most \(longest) characters (TextLimit.name = \(TextLimit.name)); files left as they were")

        let presses = runs * 10
        func pressing(_ keys: [Key], from start: AppState) -> Samples {
            var state = start
            var samples = Samples()
            for press in 0..<presses {
                let key = keys[press % keys.count]
                samples.add(Stopwatch.time { () -> Grid in
                    _ = reduce(&state, .key(key))
                    return render(state)
                }.1)
            }
            return samples
        }
        func after(_ keys: [Key], from start: AppState) -> AppState {
            var state = start
            for key in keys { _ = reduce(&state, .key(key)) }
            _ = render(state)
            return state
        }
        var idle = Samples()
        for _ in 0..<presses { idle.add(Stopwatch.time { render(home) }.1) }
        metrics.append(Metric("idle: render the home screen, no change", idle, target: key))
        var polls = Samples()
        for _ in 0..<runs { polls.add(Stopwatch.time { store.changedSinceLastLoad() }.1) }
        metrics.append(Metric("idle poll: changedSinceLastLoad() with the reported files", polls, target: key))

        let communities = after([.char("C")], from: home)
        metrics.append(Metric("communities: open (C) + render", pressing([.char("C"), .escape], from: home), target: key))
        metrics.append(Metric("communities: j/k + render", pressing([.down, .down, .up], from: communities), target: key))
        metrics.append(Metric("communities: page down/up + render", pressing([.pageDown, .pageUp], from: communities), target: key))

        let matrix = after([.char("2")], from: home)
        metrics.append(Metric("person detail: open (Enter) and close (Esc) + render", pressing([.enter, .escape], from: matrix), target: key))
        let person = after([.enter], from: matrix)
        metrics.append(Metric("person detail: down/page down + render", pressing([.down, .pageDown, .down, .pageUp], from: person), target: key))

        let sessions = after([.char("1")], from: home)
        metrics.append(Metric("session detail: open (Enter) and close (Esc) + render", pressing([.enter, .escape], from: sessions), target: key))
        let session = after([.enter], from: sessions)
        metrics.append(Metric("session detail: down/page down + render", pressing([.down, .pageDown, .down, .pageUp], from: session), target: key))
        let records = RecordKind.allCases.reduce(into: [String: Int]()) { $0[$1.folder] = result.data.count(of: $1) }
        let name = length == 0 ? "sample team as it is (for comparison with long text)" : "long text: sample team, \(TextExcerpt.grouped(length)) characters added to every text field"
        return ScaleReport(scale: name, records: records, metrics: metrics, notes: notes)
    }

    /// Writes the sample team, then appends the long text to every text field in every record file, as a teammate's
    /// commit would (the store never writes such text itself).
    private func prepare() throws {
        let fm = FileManager.default
        try? fm.removeItem(at: folder)
        try fm.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        let store = try GuildStore.create(at: folder, name: "long text", now: BenchScenario.now)
        try store.saveAll(SampleTeam.make(now: BenchScenario.now, calendar: BenchScenario.calendar).recordsInWriteOrder) { _, _ in }
        let word = String(repeating: "x", count: length)
        let words = String(String(repeating: "lorem ipsum ", count: length / 12 + 1).prefix(length))
        let fields: [String: String] = ["name": word, "title": words, "text": words + " " + word, "domain": words, "details": words,
                                        "desiredOutcome": words, "need": words, "solution": word, "risks": words, "team": word,
                                        "role": words, "category": word, "context": words]
        func grow(_ value: Any) -> Any {
            if var object = value as? [String: Any] {
                for (key, inner) in object {
                    if let text = inner as? String, let extra = fields[key] { object[key] = text + extra } else { object[key] = grow(inner) }
                }
                return object
            }
            if let array = value as? [Any] { return array.map(grow) }
            return value
        }
        guard length > 0 else { return }
        for kind in RecordKind.allCases {
            guard let files = fm.enumerator(at: folder.appendingPathComponent(kind.folder), includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in files where file.pathExtension == "json" {
                let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
                let bytes = try JSONSerialization.data(withJSONObject: grow(object), options: [.prettyPrinted, .sortedKeys])
                try bytes.write(to: file)
            }
        }
    }
}
