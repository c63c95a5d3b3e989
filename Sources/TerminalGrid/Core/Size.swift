/// A width and height in terminal cells.
public struct Size: Hashable, Sendable, Codable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    /// Creates a size; negative values are clamped to zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Zero by zero.
    public static let zero = Size(width: 0, height: 0)

    /// "120x40".
    public var description: String { "\(width)x\(height)" }
}
