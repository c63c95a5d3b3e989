import Foundation

/// The route's layers as the features see them: each screen's state is read and written through its case of
/// `route.screen`, as TCA's `Scope` reaches a child state through a case path. Writing nil closes only that screen.
extension AppState {
    /// Help or a detail view over the screen; nil when none.
    public internal(set) var overlay: Overlay? {
        get { route.overlay }
        set { route.overlay = newValue }
    }

    /// The editing layer over everything (a form, the palette, a record picker, quick add or a question); nil when none.
    public internal(set) var dialog: Dialog? {
        get { route.dialog }
        set { route.dialog = newValue }
    }

    /// The skills map's state while it is the screen (`SkillsMap/`); nil otherwise.
    public internal(set) var skillsMap: SkillsMapState? {
        get {
            guard case .skillsMap(let map) = route.screen else { return nil }
            return map
        }
        set { setScreen(newValue.map(RouteScreen.skillsMap), closing: .skillsMap) }
    }

    /// The communities or health screen while it is the screen (`Programme/`); nil otherwise.
    public internal(set) var programmeScreen: ProgrammeScreen? {
        get {
            guard case .programme(let screen) = route.screen else { return nil }
            return screen
        }
        set { setScreen(newValue.map(RouteScreen.programme), closing: .programme) }
    }

    /// The conflicts screen's state while it is the screen (`Sync/`); nil otherwise.
    public internal(set) var conflictsScreen: ConflictsScreenState? {
        get {
            guard case .conflicts(let screen) = route.screen else { return nil }
            return screen
        }
        set { setScreen(newValue.map(RouteScreen.conflicts), closing: .conflicts) }
    }

    /// Recomputes the programme layer for the data, the day and the scope, and the programme screen when it shows.
    mutating func refreshProgramme() {
        programme.refresh(data: data)
        if case .programme(let screen) = route.screen {
            route.screen = .programme(screen.refreshed(data: data, scope: programme.scope, now: now, calendar: calendar, dotsPerPerson: dotsPerPerson))
        }
    }

    /// Shows `screen`, or when it is nil goes home if `layer` is the screen showing.
    private mutating func setScreen(_ screen: RouteScreen?, closing layer: RouteLayer) {
        if let screen {
            route.screen = screen
        } else if route.screen.layer == layer {
            route.screen = .home
        }
    }
}
