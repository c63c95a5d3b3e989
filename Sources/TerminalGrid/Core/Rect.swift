/// A rectangle of cells: origin at the top-left, sizes never negative.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// Creates a rectangle; negative sizes are clamped to zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A rectangle at the origin covering `size`.
    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    /// An empty rectangle at the origin.
    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    /// The size of the rectangle.
    public var size: Size { Size(width: width, height: height) }
    /// One past the last column.
    public var maxX: Int { x + width }
    /// One past the last row.
    public var maxY: Int { y + height }
    /// Number of cells.
    public var area: Int { width * height }
    /// True when there is no cell inside.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// "(x,y wxh)".
    public var description: String { "(\(x),\(y) \(width)x\(height))" }

    /// True when the cell at column `x`, row `y` is inside.
    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The overlap of two rectangles; empty (width or height 0) when they do not meet.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The rectangle shrunk by `amount` cells on every side.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// The rectangle shrunk on each side; never negative.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        let newWidth = max(0, width - left - right)
        let newHeight = max(0, height - top - bottom)
        return Rect(x: x + min(left, width), y: y + min(top, height), width: newWidth, height: newHeight)
    }

    /// A rectangle of at most `size`, centred inside this one.
    public func centered(_ size: Size) -> Rect {
        let w = min(size.width, width), h = min(size.height, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// The `index`-th row as a one-row rectangle (empty when outside).
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: y + max(0, min(index, height)), width: width, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    /// Splits into side-by-side columns sized by `constraints` (left to right).
    public func splitColumns(_ constraints: [LayoutConstraint], spacing: Int = 0) -> [Rect] {
        let widths = LayoutConstraint.resolve(constraints, total: width, spacing: spacing)
        var result: [Rect] = []
        var cursor = x
        for w in widths {
            result.append(Rect(x: min(cursor, maxX), y: y, width: w, height: height))
            cursor += w + spacing
        }
        return result
    }

    /// Splits into stacked rows sized by `constraints` (top to bottom).
    public func splitRows(_ constraints: [LayoutConstraint], spacing: Int = 0) -> [Rect] {
        let heights = LayoutConstraint.resolve(constraints, total: height, spacing: spacing)
        var result: [Rect] = []
        var cursor = y
        for h in heights {
            result.append(Rect(x: x, y: min(cursor, maxY), width: width, height: h))
            cursor += h + spacing
        }
        return result
    }

    /// Splits along `axis`: `.horizontal` lays parts side by side (columns), `.vertical` stacks them (rows).
    public func split(_ axis: LayoutAxis, _ constraints: [LayoutConstraint], spacing: Int = 0) -> [Rect] {
        switch axis {
        case .horizontal: return splitColumns(constraints, spacing: spacing)
        case .vertical: return splitRows(constraints, spacing: spacing)
        }
    }
}
