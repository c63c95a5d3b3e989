/// The overlay reducer: help or a detail view over the screen, on the overlay alone (nil when none shows). Scrolling
/// stays within the lines the environment says the overlay has.
extension Overlay {
    /// Applies `action` to the overlay showing.
    static func reduce(_ overlay: inout Overlay?, _ action: OverlayAction, in environment: OverlayEnvironment) {
        switch action {
        case .helpToggled:
            if case .help? = overlay { overlay = nil } else { overlay = .help(scroll: 0) }
        case .detailOpened(let target):
            overlay = .detail(target, scroll: 0)
        case .closed:
            overlay = nil
        case .scrolledLines(let delta):
            scroll(&overlay, by: delta, environment)
        case .scrolledPages(let pages):
            scroll(&overlay, by: pages * max(1, environment.visibleLines - 1), environment)
        case .scrolledToTop:
            scroll(&overlay, by: -Int.max / 2, environment)
        case .scrolledToBottom:
            scroll(&overlay, by: Int.max / 2, environment)
        case .recordDeleted(let id):
            if case .detail(let target, _)? = overlay, target.recordID == id { overlay = nil }
        }
    }

    private static func scroll(_ overlay: inout Overlay?, by delta: Int, _ environment: OverlayEnvironment) {
        guard let open = overlay else { return }
        let maximum = max(0, environment.lineCount() - max(1, environment.visibleLines))
        overlay = open.scrolled(to: min(max(0, open.scroll + delta), maximum))
    }
}
