import Foundation
import GuildCore
import GuildStore

/// The cached store a scale is measured on: generated once per scale, seed and fixture version, then reused.
struct BenchFixture {
    let scale: DemoScale
    let seed: UInt64
    let storeDir: URL

    init(scale: DemoScale, options: BenchOptions) {
        self.scale = scale
        seed = options.seed
        storeDir = URL(fileURLWithPath: options.storeDir)
    }

    private var name: String { "\(scale.rawValue)-seed\(seed)-v\(BenchScenario.fixtureVersion)" }

    /// The store folder.
    var url: URL { storeDir.appendingPathComponent(name) }

    /// Written after the store is complete, so an interrupted generation is never reused.
    private var marker: URL { storeDir.appendingPathComponent(name + ".complete") }

    var isReady: Bool { FileManager.default.fileExists(atPath: marker.path) }

    /// Times `ScaledTeam.make` (`runs` times) and returns the timings with the data of the last run.
    func generate(runs: Int) -> (Samples, GuildData) {
        var samples = Samples()
        var data = GuildData()
        for run in 0..<runs {
            let progress = run == 0 ? BenchProgress("Generating \(scale.rawValue) (seed \(seed))") : nil
            let (made, milliseconds) = Stopwatch.time {
                ScaledTeam.make(scale: scale, now: BenchScenario.now, calendar: BenchScenario.calendar, seed: seed) { done, total in
                    progress?.update(done, of: total)
                }
            }
            progress?.finish()
            samples.add(milliseconds)
            data = made
        }
        return (samples, data)
    }

    /// Writes `data` into a fresh store at `url` with `saveAll`; returns the milliseconds it took.
    func write(_ data: GuildData) throws -> Double {
        let fm = FileManager.default
        try? fm.removeItem(at: marker)
        try? fm.removeItem(at: url)
        try fm.createDirectory(at: storeDir, withIntermediateDirectories: true)
        let records = data.recordsInWriteOrder
        let progress = BenchProgress("Writing \(records.count) files to \(url.path)")
        let (_, milliseconds) = try Stopwatch.time {
            let store = try GuildStore.create(at: url, name: "guild-bench \(scale.rawValue) seed \(seed)", now: BenchScenario.now)
            try store.saveAll(records) { done, total in progress.update(done, of: total) }
        }
        progress.finish()
        try Data().write(to: marker)
        return milliseconds
    }
}
