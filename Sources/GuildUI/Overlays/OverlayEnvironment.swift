/// What the overlay reducer reads besides the overlay: how many lines the overlay showing has at the current size
/// (asked only when it scrolls, since building a detail page costs) and how many fit at once.
struct OverlayEnvironment {
    /// The open overlay's line count at the current width.
    let lineCount: () -> Int
    /// Lines the overlay shows at once (also a page).
    let visibleLines: Int
}
