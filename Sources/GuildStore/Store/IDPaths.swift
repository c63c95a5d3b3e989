/// The files holding one record id: nearly always exactly one, kept without allocating a set for it.
struct IDPaths: Sequence, ExpressibleByArrayLiteral, Sendable {
    private var first: String?
    /// Further files with the same id (a duplicate-id problem).
    private var more: Set<String> = []

    init(arrayLiteral elements: String...) {
        for element in elements { insert(element) }
    }

    var count: Int { (first == nil ? 0 : 1) + more.count }

    var isEmpty: Bool { first == nil && more.isEmpty }

    mutating func insert(_ path: String) {
        if first == nil || first == path {
            first = path
        } else {
            more.insert(path)
        }
    }

    mutating func remove(_ path: String) {
        if first == path {
            first = more.popFirst()
        } else {
            more.remove(path)
        }
    }

    func makeIterator() -> IndexingIterator<[String]> {
        ((first.map { [$0] } ?? []) + more).makeIterator()
    }
}
