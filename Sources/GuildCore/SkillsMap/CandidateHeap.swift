/// The best few partners of one person, kept while scanning everyone: a min-heap of fixed capacity, so keeping the
/// best k of n costs n log k. Better means a higher score, then a lower index.
struct CandidateHeap {
    let capacity: Int
    /// The partners kept, worst at the top (index 0); in no particular order otherwise.
    private(set) var elements: [(score: Double, partner: Int)] = []

    init(capacity: Int) {
        self.capacity = capacity
        elements.reserveCapacity(capacity)
    }

    mutating func removeAll() { elements.removeAll(keepingCapacity: true) }

    /// Keeps `partner` if it is among the best `capacity` seen. Most offers are not: they are turned away here,
    /// inlined into the caller's loop.
    @inline(__always)
    mutating func offer(score: Double, partner: Int) {
        if elements.count >= capacity, !Self.isWorse(elements[0], than: (score: score, partner: partner)) { return }
        keep(score: score, partner: partner)
    }

    /// Puts `partner` among the best seen (it is better than the worst kept, or there is room).
    private mutating func keep(score: Double, partner: Int) {
        let candidate = (score: score, partner: partner)
        if elements.count < capacity {
            elements.append(candidate)
            elements.withUnsafeMutableBufferPointer { heap in
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    guard Self.isWorse(heap[child], than: heap[parent]) else { break }
                    heap.swapAt(child, parent)
                    child = parent
                }
            }
        } else if Self.isWorse(elements[0], than: candidate) {
            // Sift the new worst down: one buffer, no checks of the array's uniqueness or bounds per step.
            elements.withUnsafeMutableBufferPointer { heap in
                heap[0] = candidate
                var parent = 0
                while true {
                    let left = 2 * parent + 1
                    let right = left + 1
                    var worst = parent
                    if left < heap.count, Self.isWorse(heap[left], than: heap[worst]) { worst = left }
                    if right < heap.count, Self.isWorse(heap[right], than: heap[worst]) { worst = right }
                    guard worst != parent else { break }
                    heap.swapAt(parent, worst)
                    parent = worst
                }
            }
        }
    }

    private static func isWorse(_ a: (score: Double, partner: Int), than b: (score: Double, partner: Int)) -> Bool {
        a.score != b.score ? a.score < b.score : a.partner > b.partner
    }
}
