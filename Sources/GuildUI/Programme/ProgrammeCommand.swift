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
}
