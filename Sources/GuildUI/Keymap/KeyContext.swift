/// Where a binding applies, on any screen: the dashboard and its dialogs, the conflicts screen, the skills map and its
/// tabs, the programme screens, and the live meeting. A key is looked up along the context's `chain`, narrowest first.
public enum KeyContext: String, CaseIterable, Sendable, Hashable {
    /// Every screen, the meeting included, unless a text field has the keys.
    case app
    /// The dashboard and the screens it opens (skills map, programme, conflicts), unless a text field has the keys.
    case global
    case home
    /// The help overlay (on any screen but the meeting) and detail views.
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
    /// Anywhere in the skills map.
    case skills
    /// The skills map's matrix tab.
    case skillsMatrix
    /// The skills map's pairs tab.
    case skillsPairs
    /// Typing a question or search in the skills map: every other key is text.
    case skillsQuery
    /// Both programme screens.
    case programme
    case communities
    case health
    /// The agenda proposals screen.
    case proposals
    /// Anywhere in the live meeting, unless a note is being typed.
    case meeting
    /// The meeting's opening review of open action items.
    case meetingReview
    case meetingAgenda
    case meetingWrapUp
    /// The meeting's help, attendance and rotation overlays.
    case meetingOverlay
    /// Typing a note in the meeting: every other key is text.
    case meetingCompose

    /// The contexts searched for a key, narrowest first.
    public var chain: [KeyContext] {
        switch self {
        case .app: [.app]
        case .global: [.global, .app]
        case .home: [.home, .global, .app]
        case .overlay: [.overlay, .global, .app]
        case .filter: [.filter]
        case .matrix: [.matrix, .home, .global, .app]
        case .actions: [.actions, .home, .global, .app]
        case .detail: [.detail, .overlay, .global, .app]
        case .form: [.form]
        case .formChoice: [.formChoice, .form]
        case .formPicker: [.formPicker, .form]
        case .palette: [.palette]
        case .quickAdd: [.quickAdd]
        case .confirm: [.confirm]
        case .conflicts: [.conflicts, .global, .app]
        case .skills: [.skills, .global, .app]
        case .skillsMatrix: [.skillsMatrix, .skills, .global, .app]
        case .skillsPairs: [.skillsPairs, .skills, .global, .app]
        case .skillsQuery: [.skillsQuery]
        case .programme: [.programme, .global, .app]
        case .communities: [.communities, .programme, .global, .app]
        case .health: [.health, .programme, .global, .app]
        case .proposals: [.proposals, .programme, .global, .app]
        case .meeting: [.meeting, .app]
        case .meetingReview: [.meetingReview, .meeting, .app]
        case .meetingAgenda: [.meetingAgenda, .meeting, .app]
        case .meetingWrapUp: [.meetingWrapUp, .meeting, .app]
        case .meetingOverlay: [.meetingOverlay, .meeting, .app]
        case .meetingCompose: [.meetingCompose]
        }
    }

    /// A text field has the keys: every printable key is text, never a command (only keys such as Enter, Esc, Tab,
    /// arrows and Ctrl combinations can be bound here).
    public var isTextEntry: Bool {
        switch self {
        case .filter, .form, .formPicker, .palette, .quickAdd, .skillsQuery, .meetingCompose: true
        default: false
        }
    }

    /// How broad the context is, for ordering status-bar hints: a focused part of a screen (0), the screen or dialog
    /// itself (1), or keys shared by several screens (2).
    var breadth: Int {
        switch self {
        case .matrix, .actions, .detail, .formChoice, .formPicker, .skillsMatrix, .skillsPairs, .communities, .health, .proposals: 0
        case .app, .global: 2
        default: 1
        }
    }

    /// Where the help overlay and the palette say a binding applies ("in forms"); empty for the home screen.
    public var place: String {
        switch self {
        case .app: "on every screen"
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
        case .skills: "in the skills map"
        case .skillsMatrix: "in the skills map's matrix"
        case .skillsPairs: "in the skills map's pairs"
        case .skillsQuery: "while typing a skills-map query"
        case .programme: "on the communities and health screens"
        case .communities: "on the communities screen"
        case .health: "on the health screen"
        case .proposals: "on the agenda proposals screen"
        case .meeting: "in the meeting"
        case .meetingReview: "in the meeting's opening review"
        case .meetingAgenda: "on the meeting's agenda"
        case .meetingWrapUp: "in the meeting's wrap-up"
        case .meetingOverlay: "in the meeting's overlays"
        case .meetingCompose: "while typing a meeting note"
        }
    }
}
