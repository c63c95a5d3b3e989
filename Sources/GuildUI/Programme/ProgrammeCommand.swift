/// Everything a key can ask of the communities and health screens; the raw value is the binding id users remap in
/// `keys.json`. Help, quit and the palette are the shared `app.*` bindings (`Command`).
public enum ProgrammeCommand: String, CaseIterable, Sendable, Hashable {
    case close = "programme.close"
    case switchScreen = "programme.switch"
    case up = "programme.up"
    case down = "programme.down"
    case pageUp = "programme.pageUp"
    case pageDown = "programme.pageDown"
    case first = "programme.first"
    case last = "programme.last"
    case scopeToSelected = "programme.communities.scope"
    case cycleScope = "programme.health.scope"
    case acceptProposal = "programme.proposals.accept"
}

extension ProgrammeCommand {
    /// The first line shown after this key on a scrolling page (health, your week): lines, pages, either end
    /// (the view clamps the far end); other commands leave it.
    func scrolled(_ scroll: Int, page: Int) -> Int {
        switch self {
        case .up: max(0, scroll - 1)
        case .down: scroll + 1
        case .pageUp: max(0, scroll - page)
        case .pageDown: scroll + page
        case .first: 0
        case .last: Int.max / 2
        default: scroll
        }
    }
}
