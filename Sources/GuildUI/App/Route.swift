/// What is on top of the dashboard, as one value: a stack of at most three typed layers, bottom to top — the screen
/// (home, the skills map, a programme screen or the conflicts screen), then help or a detail view over it, then a
/// dialog (a form, the palette, a record picker, quick add or a question) over everything.
///
/// The reducer is the only code that changes it; `press`, the key context and `render` each switch on it once. Each
/// screen's own state lives in its case, so a closed screen keeps nothing and two screens can never be open at once.
/// The live meeting is not a layer: the dashboard hands the terminal to the meeting's own program and resumes after.
public struct Route: Sendable, Equatable {
    /// The screen at the bottom.
    public internal(set) var screen: RouteScreen = .home
    /// Help or a detail view over the screen; nil when none.
    public internal(set) var overlay: Overlay?
    /// The editing layer over everything; nil when none.
    public internal(set) var dialog: Dialog?

    /// The home screen with nothing over it.
    public init() {}

    /// The layer on top, which gets the keys.
    public var top: RouteLayer {
        if dialog != nil { return .dialog }
        switch overlay {
        case .help?: return .help
        case .detail?: return .detail
        case nil: return screen.layer
        }
    }
}
