import Foundation

/// Matches the people of a pairing draw into pairs (and one trio when the count is odd) with a high total score and
/// no recent pair unless nothing else is possible. Indices are people in name order; ties go to the lower index.
struct PairMatching {
    let scores: PairScores
    let rules: PairingRoulette.Rules
    /// Counts the pair scores looked at, when given (tests of how the work grows).
    var work: PairWork? = nil

    /// About how many pairs of pairs the swap passes look at in all.
    static let swapBudget = 600_000

    /// A possible pair and its score.
    private struct Edge {
        var score: Double
        var a: Int32
        var b: Int32
    }

    /// The groups: pairs in name order of their first member, each pair's members in name order, the trio's third last.
    func groups() -> [[Int]] {
        let count = scores.count
        guard count >= 2 else { return [] }
        var partner = [Int](repeating: -1, count: count)
        var pairs: [(Int, Int)] = []
        func take(_ edges: [Edge]) {
            for edge in edges {
                let (a, b) = (Int(edge.a), Int(edge.b))
                guard partner[a] < 0, partner[b] < 0 else { continue }
                partner[a] = b
                partner[b] = a
                pairs.append((a, b))
            }
        }
        // The best pairs first, from each person's best candidates (everyone, when few).
        take(candidateEdges())
        // People left over pair among themselves, recent pairs aside.
        var free = (0..<count).filter { partner[$0] < 0 }
        take(edges(among: free))
        free = free.filter { partner[$0] < 0 }
        // Two left over who were together recently: swap them into a pair whose members each suit one of them.
        while free.count >= 2 {
            let u = free.removeFirst()
            var best: (gain: Double, v: Int, pair: Int, swapped: Bool)?
            work?.looks += free.count * pairs.count * 2
            for v in free {
                for (index, (a, b)) in pairs.enumerated() {
                    let before = scores.weight(a, b)
                    for swapped in [false, true] {
                        let (x, y) = swapped ? (b, a) : (a, b)
                        guard !scores.isRecent(u, x), !scores.isRecent(v, y) else { continue }
                        let gain = scores.score(u, x) + scores.score(v, y) - before
                        if best == nil || gain > best!.gain { best = (gain, v, index, swapped) }
                    }
                }
            }
            let v: Int
            if let best {
                v = best.v
                let (a, b) = pairs[best.pair]
                let (x, y) = best.swapped ? (b, a) : (a, b)
                pairs[best.pair] = (u, x)
                pairs.append((v, y))
            } else {
                // Nothing else is possible: the best repeat.
                v = free.max { (scores.score(u, $0), $1) < (scores.score(u, $1), $0) }!
                pairs.append((u, v))
            }
            free.removeAll { $0 == v }
        }
        improve(&pairs)
        var groups = pairs.map { $0.0 < $0.1 ? [$0.0, $0.1] : [$0.1, $0.0] }.sorted { $0[0] < $1[0] }
        if let last = free.first, !groups.isEmpty {
            joinTrio(last, to: &groups)
            groups.sort { $0[0] < $1[0] }
        }
        return groups
    }

    /// The one left over joins the group where they fit best: fewest recent partners, then the most points. When
    /// every group holds someone they met recently, they take the place of someone in a pair instead, and that person
    /// joins a group they have not met recently, if there is one.
    private func joinTrio(_ last: Int, to groups: inout [[Int]]) {
        func fit(_ person: Int, _ group: [Int]) -> (forbidden: Int, points: Double) {
            (group.filter { scores.isRecent(person, $0) }.count, group.reduce(0.0) { $0 + scores.score(person, $1) })
        }
        func better(_ a: (forbidden: Int, points: Double), _ b: (forbidden: Int, points: Double)) -> Bool {
            a.forbidden != b.forbidden ? a.forbidden < b.forbidden : a.points > b.points
        }
        var best: (index: Int, fit: (forbidden: Int, points: Double))?
        work?.looks += groups.count * 3
        for (index, group) in groups.enumerated() {
            let candidate = fit(last, group)
            if best == nil || better(candidate, best!.fit) { best = (index, candidate) }
        }
        guard let chosen = best else { return }
        if chosen.fit.forbidden > 0 {
            // (pair, member replaced, group the replaced member joins, points)
            var swap: (pair: Int, member: Int, group: Int, points: Double)?
            work?.looks += groups.count * groups.count * 2 * 3
            for (pair, group) in groups.enumerated() where group.count == 2 {
                for member in 0..<2 {
                    let (moved, kept) = (group[member], group[1 - member])
                    guard !scores.isRecent(last, kept) else { continue }
                    for (target, other) in groups.enumerated() {
                        let members = target == pair ? [last, kept] : other
                        let joined = fit(moved, members)
                        guard joined.forbidden == 0 else { continue }
                        let points = scores.score(last, kept) + joined.points
                        if swap == nil || points > swap!.points { swap = (pair, member, target, points) }
                    }
                }
            }
            if let swap {
                let moved = groups[swap.pair][swap.member]
                groups[swap.pair][swap.member] = last
                groups[swap.pair].sort()
                groups[swap.group].append(moved)
                return
            }
        }
        groups[chosen.index].append(last)
    }

    /// Every allowed pair when few people are present; else each person's `rules.candidates` best allowed partners.
    /// Best first, ties in name order.
    private func candidateEdges() -> [Edge] {
        let count = scores.count
        var edges: [Edge] = []
        let keep = max(1, rules.candidates)
        if count <= keep * 8 {
            work?.looks += count * (count - 1) / 2
            edges.reserveCapacity(count * (count - 1) / 2)
            for a in 0..<count {
                for b in (a + 1)..<count where !scores.isRecent(a, b) {
                    edges.append(Edge(score: scores.score(a, b), a: Int32(a), b: Int32(b)))
                }
            }
        } else {
            edges.reserveCapacity(count * keep)
            // Each pair is scored once (a pair scores the same either way round) and offered to both its people's best.
            var best = [CandidateHeap](repeating: CandidateHeap(capacity: keep), count: count)
            var row = [Double](repeating: 0, count: count)
            var recent = [Bool](repeating: false, count: count)
            for a in 0..<count {
                // One pass scores the rest of the row (`PairScores.scores(of:)`: the same values as `score`, `isRecent`).
                scores.scores(of: a, from: a + 1, into: &row, recent: &recent)
                work?.looks += count - a - 1
                for b in (a + 1)..<count where !recent[b] {
                    best[a].offer(score: row[b], partner: b)
                    best[b].offer(score: row[b], partner: a)
                }
            }
            // Each person's best partners, kept whatever order they were offered in (the best `keep` by score, then by
            // index, is one set), become the edges; the sort below puts them in one order.
            for a in 0..<count {
                for (score, b) in best[a].elements {
                    edges.append(Edge(score: score, a: Int32(min(a, b)), b: Int32(max(a, b))))
                }
            }
        }
        return Self.sorted(edges)
    }

    /// Every allowed pair among `people`, best first.
    private func edges(among people: [Int]) -> [Edge] {
        var edges: [Edge] = []
        work?.looks += people.count * (people.count - 1) / 2
        for i in people.indices {
            for j in people.indices where j > i && !scores.isRecent(people[i], people[j]) {
                edges.append(Edge(score: scores.score(people[i], people[j]), a: Int32(people[i]), b: Int32(people[j])))
            }
        }
        return Self.sorted(edges)
    }

    private static func sorted(_ edges: [Edge]) -> [Edge] {
        edges.sorted { x, y in x.score != y.score ? x.score > y.score : (x.a, x.b) < (y.a, y.b) }
    }

    /// Passes of swaps between two pairs (a b, c d → a c, b d or a d, b c) while one raises their total; each pass
    /// looks at every two pairs, so large rounds get fewer passes (about `swapBudget` looks in all, at least one pass).
    private func improve(_ pairs: inout [(Int, Int)]) {
        guard pairs.count >= 2 else { return }
        let looks = pairs.count * (pairs.count - 1) / 2
        // Each pair's own weight, kept while it stands (the same values `weight` gives, read once instead of per look).
        var weights = pairs.map { scores.weight($0.0, $0.1) }
        for _ in 0..<min(max(0, rules.passes), max(1, Self.swapBudget / looks)) {
            var improved = false
            work?.looks += looks * 4
            for i in pairs.indices {
                for j in pairs.indices where j > i {
                    let (a, b) = pairs[i]
                    let (c, d) = pairs[j]
                    let now = weights[i] + weights[j]
                    let (ac, bd) = (scores.weight(a, c), scores.weight(b, d))
                    let (ad, bc) = (scores.weight(a, d), scores.weight(b, c))
                    let crossed = ac + bd
                    let swapped = ad + bc
                    if crossed > now + 1e-9, crossed >= swapped {
                        pairs[i] = (a, c)
                        pairs[j] = (b, d)
                        (weights[i], weights[j]) = (ac, bd)
                        improved = true
                    } else if swapped > now + 1e-9 {
                        pairs[i] = (a, d)
                        pairs[j] = (b, c)
                        (weights[i], weights[j]) = (ad, bc)
                        improved = true
                    }
                }
            }
            if !improved { break }
        }
    }
}
