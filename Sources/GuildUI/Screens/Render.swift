import TerminalGrid

/// Draws the whole screen for a state: a grid of `state.size`. Pure; builds only what is visible.
public func render(_ state: AppState) -> Grid {
    var grid = Grid(size: state.size)
    guard state.size.width > 0, state.size.height > 0 else { return grid }
    // The grid starts blank, so styling every cell is enough (and much cheaper than writing spaces).
    grid.setStyle(grid.area, state.theme.style(.text))
    let layout = state.layout
    let context = state.screenContext
    if layout.isTooSmall {
        TooSmallScreen.draw(size: state.size, on: &grid, theme: state.theme)
        return grid
    }
    // The route decides what shows, bottom to top: its screen, then help or a detail, then a dialog.
    switch state.route.screen {
    case .home: HomeScreen(home: state.home, sync: state.sync, programme: state.programme, layout: layout, context: context).draw(on: &grid)
    case .skillsMap(let map): SkillsMapScreen.draw(map, context: context, on: &grid)
    case .programme(let screen): ProgrammeView.draw(screen, scope: state.programme.scope, context: context, on: &grid)
    case .conflicts(let screen): ConflictsView.draw(state.sync.conflicts, screen, context: context, on: &grid)
    }
    // Help goes over whichever screen is showing and lists its keys; details open from the dashboard.
    switch state.route.overlay {
    case nil:
        break
    case .help(let scroll)?:
        HelpOverlay.draw(context, scroll: scroll, in: layout.body, on: &grid)
    case .detail(let target, let scroll)?:
        DetailView.draw(context, lists: state.home.lists, target: target, scroll: scroll, in: layout.body, on: &grid)
    }
    // Forms, the palette, quick add and questions go over whichever screen is showing.
    switch state.route.dialog {
    case nil: break
    case .form(let form)?: FormView.draw(form, context: context, in: layout.body, on: &grid)
    case .palette(let palette)?: PaletteView.draw(palette, themes: state.themes.map(\.name), context: context, in: layout.body, on: &grid)
    case .picker(let picker)?: PaletteView.draw(picker, context: context, in: layout.body, on: &grid)
    case .quickAdd(let bar)?: QuickAddView.draw(bar, context: context, in: layout.body, on: &grid)
    case .confirm(let question)?: ConfirmView.draw(question, context: context, in: layout.body, on: &grid)
    }
    return grid
}
