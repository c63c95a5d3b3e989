/// Everything a key can ask of the communities and health screens; the raw value is the binding's id.
public enum ProgrammeCommand: String, CaseIterable, Sendable, Hashable {
    case openCommunities = "programme.communities"
    case openHealth = "programme.health"
    case cycleScope = "programme.scope"
    case close = "programme.close"
    case switchScreen = "programme.switch"
    case scopeToSelected = "programme.scopeToSelected"
    case up = "programme.up"
    case down = "programme.down"
    case pageUp = "programme.pageUp"
    case pageDown = "programme.pageDown"
    case first = "programme.first"
    case last = "programme.last"
    case quit = "programme.quit"
}
