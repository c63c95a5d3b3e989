import Foundation

/// Deterministic generated data at a chosen scale, for demos and benchmarks: plausible people in teams, a sparse
/// clustered skills matrix, sessions past and upcoming (with recurring series), notes, action items and the rest.
///
/// The same scale, `now`, calendar and seed always give equal data. Generation is linear in the number of records.
public enum ScaledTeam {
    /// Builds the data for `scale` as of `now`; `team` is the hand-written `SampleTeam`.
    ///
    /// `progress` is called now and then with (records generated, records in total).
    public static func make(scale: DemoScale, now: Date, calendar: Calendar, seed: UInt64 = 42,
                            progress: ((Int, Int) -> Void)? = nil) -> GuildData {
        guard let shape = scale.shape else {
            let data = SampleTeam.make(now: now, calendar: calendar, seed: seed)
            let total = RecordKind.allCases.reduce(0) { $0 + data.count(of: $1) }
            progress?(total, total)
            return data
        }
        return make(shape: shape, now: now, calendar: calendar, seed: seed, progress: progress)
    }

    /// Builds data with exactly the counts of `shape` (tests use smaller shapes).
    public static func make(shape: ScaledTeamShape, now: Date, calendar: Calendar, seed: UInt64 = 42,
                            progress: ((Int, Int) -> Void)? = nil) -> GuildData {
        var builder = ScaledTeamBuilder(shape: shape, now: now, calendar: calendar, seed: seed, progress: progress)
        return builder.build()
    }
}
