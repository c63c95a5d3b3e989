/// Something that draws itself into a rectangle of a grid, clipped to that rectangle.
public protocol Widget {
    /// Draws into `area` of `grid`; never touches cells outside `area`.
    func draw(in area: Rect, on grid: inout Grid)
}

extension Grid {
    /// Draws `widget` into `area`, clipped to the grid.
    public mutating func render(_ widget: some Widget, in area: Rect) {
        widget.draw(in: area.intersection(self.area), on: &self)
    }
}
