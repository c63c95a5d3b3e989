/// Where a binding applies: everywhere, on the home screen, in an overlay (help or detail), or while typing a filter.
public enum KeyContext: String, CaseIterable, Sendable, Hashable {
    /// Applies on the home screen and in overlays, not while typing.
    case global
    case home
    case overlay
    /// While typing a filter: every other key is text.
    case filter
    /// The skills matrix has focus (home keys apply too).
    case matrix
    /// The open action items pane has focus (home keys apply too).
    case actions
    /// A detail view is open (overlay keys apply too).
    case detail
    /// A form with a text field focused: every other key is text.
    case form
    /// A form with a choice or yes/no field focused.
    case formChoice
    /// A form with a people or skills field focused (suggestions to pick from).
    case formPicker
    /// The command palette or a record picker: every other key is search text.
    case palette
    /// The one-line quick add of an action item: every other key is text.
    case quickAdd
    /// A yes/no question (delete?).
    case confirm
    /// The conflicts screen: records git left with two or more values, each to be chosen.
    case conflicts

    /// The contexts searched for a key, narrowest first.
    public var chain: [KeyContext] {
        switch self {
        case .global: [.global]
        case .home: [.home, .global]
        case .overlay: [.overlay, .global]
        case .filter: [.filter]
        case .matrix: [.matrix, .home, .global]
        case .actions: [.actions, .home, .global]
        case .detail: [.detail, .overlay, .global]
        case .form: [.form]
        case .formChoice: [.formChoice, .form]
        case .formPicker: [.formPicker, .form]
        case .palette: [.palette]
        case .quickAdd: [.quickAdd]
        case .confirm: [.confirm]
        case .conflicts: [.conflicts]
        }
    }

    /// Whether a key bound in both contexts would be ambiguous somewhere.
    public func overlaps(_ other: KeyContext) -> Bool {
        chain.contains(other) || other.chain.contains(self)
    }

    /// Where the help overlay and the palette say a binding applies ("in forms"); empty for the home screen.
    public var place: String {
        switch self {
        case .global, .home: ""
        case .overlay: "in help and details"
        case .filter: "while filtering"
        case .matrix: "in the skills matrix"
        case .actions: "in open action items"
        case .detail: "in a detail view"
        case .form: "in forms"
        case .formChoice: "on a choice field"
        case .formPicker: "on a people or skills field"
        case .palette: "in the palette and pickers"
        case .quickAdd: "in quick add"
        case .confirm: "when asked to confirm"
        case .conflicts: "on the conflicts screen"
        }
    }
}
