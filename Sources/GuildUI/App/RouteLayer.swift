/// Which kind of layer is on top of the route: what a key reaches first and what a test asserts is showing.
public enum RouteLayer: String, Sendable, Equatable, CaseIterable {
    case home
    case skillsMap
    case programme
    case conflicts
    /// The help overlay, over any screen.
    case help
    /// A detail view opened from the home screen.
    case detail
    /// A form, the palette, a record picker, quick add or a question.
    case dialog
}
