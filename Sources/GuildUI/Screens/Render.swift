import TerminalGrid

/// Draws the whole screen for a state: a grid of `state.size`. Pure; builds only what is visible.
public func render(_ state: AppState) -> Grid {
    var grid = Grid(size: state.size)
    guard state.size.width > 0, state.size.height > 0 else { return grid }
    // The grid starts blank, so styling every cell is enough (and much cheaper than writing spaces).
    grid.setStyle(grid.area, state.theme.style(.text))
    let layout = state.layout
    if layout.isTooSmall {
        TooSmallScreen.draw(size: state.size, on: &grid, theme: state.theme)
        return grid
    }
    if let screen = state.sync.screen {
        ConflictsView.draw(state, screen, on: &grid)
    } else if let screen = state.programme.screen {
        ProgrammeView.draw(state, screen, on: &grid)
    } else if let map = state.skillsMap {
        SkillsMapScreen.draw(state, map, on: &grid)
    } else {
        HomeScreen(state: state, layout: layout).draw(on: &grid)
    }
    // Help goes over whichever screen is showing and lists its keys; details open from the dashboard.
    switch state.overlay {
    case nil:
        break
    case .help(let scroll)?:
        HelpOverlay.draw(state, scroll: scroll, in: layout.body, on: &grid)
    case .detail(let target, let scroll)?:
        DetailView.draw(state, target: target, scroll: scroll, in: layout.body, on: &grid)
    }
    // Forms, the palette, quick add and questions go over whichever screen is showing.
    switch state.dialog {
    case nil: break
    case .form(let form)?: FormView.draw(form, state: state, in: layout.body, on: &grid)
    case .palette(let palette)?: PaletteView.draw(palette, state: state, in: layout.body, on: &grid)
    case .picker(let picker)?: PaletteView.draw(picker, state: state, in: layout.body, on: &grid)
    case .quickAdd(let bar)?: QuickAddView.draw(bar, state: state, in: layout.body, on: &grid)
    case .confirm(let question)?: ConfirmView.draw(question, state: state, in: layout.body, on: &grid)
    }
    return grid
}
