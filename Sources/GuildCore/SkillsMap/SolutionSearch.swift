import Foundation

/// The solutions catalogue searched: needs, solutions, risks, linked skills and experts.
public enum SolutionSearch {
    /// Solutions matching `query`, best match first, then by need; all of them by need when the query is blank.
    public static func find(_ query: String, in data: GuildData) -> [Solution] {
        let words = QueryWords(query)
        let scored: [(Solution, Double)] = data.solutions.values.compactMap { solution in
            guard !words.isEmpty else { return (solution, 0) }
            let names = solution.skillIDs.compactMap { data.skills[$0]?.name } + solution.experts.map { data.name(of: $0) }
            let score = words.score(([solution.need, solution.solution, solution.approximateTime, solution.risks] + names)
                .joined(separator: " "))
            return score > 0 ? (solution, score) : nil
        }
        return scored.sorted { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            let order = TextOrder.compare(a.0.need, b.0.need)
            return order == .orderedSame ? a.0.id.orderKey < b.0.id.orderKey : order == .orderedAscending
        }.map(\.0)
    }
}
