/// The editing layer over the screen: one at a time, above any overlay.
public enum Dialog: Sendable, Equatable {
    case form(Form)
    case palette(Palette)
    case picker(RecordPicker)
    case quickAdd(QuickAddBar)
    case confirm(ConfirmDialog)

    /// The key context while it is open.
    var keyContext: KeyContext {
        switch self {
        case .form(let form):
            guard let field = form.focused else { return .form }
            if field.isChoice { return .formChoice }
            if field.isPicker { return .formPicker }
            return .form
        case .palette, .picker: return .palette
        case .quickAdd: return .quickAdd
        case .confirm: return .confirm
        }
    }
}
