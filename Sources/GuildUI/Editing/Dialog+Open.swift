import Foundation
import GuildCore

/// The dialogs other features open: a record's form (new, edit, reassign) and the question before a delete, each
/// built from the environment's data, clock and keymap.
extension Dialog {
    /// The form for a new or existing record.
    static func form(_ kind: FormKind, in environment: DialogEnvironment) -> Dialog {
        .form(kind.makeForm(data: environment.data, now: environment.now, calendar: environment.calendar))
    }

    /// The form for the record of `kind` with `id`; nil for a kind not edited in forms or a record not there.
    static func editing(kind: RecordKind, id: UUID, in environment: DialogEnvironment) -> Dialog? {
        guard RecordEditor.of(kind) != nil, let record = environment.data.record(kind: kind, id: id) else { return nil }
        return form(FormKind(editing: RecordValue(record)), in: environment)
    }

    /// A blank form for a new record of `kind`; nil for a kind not edited in forms, or not made in a blank form.
    static func blank(_ kind: RecordKind, in environment: DialogEnvironment) -> Dialog? {
        guard RecordEditor.of(kind)?.createsBlank == true else { return nil }
        return form(FormKind(new: kind), in: environment)
    }

    /// The question before deleting the record of `kind` with `id`; nil when it is not there.
    static func deleting(kind: RecordKind, id: UUID, in environment: DialogEnvironment) -> Dialog? {
        guard let record = environment.data.record(kind: kind, id: id) else { return nil }
        let value = RecordValue(record)
        let undoes = "\(environment.keymap.keyName(.editUndo)) undoes."
        let detail = RecordEditor.of(kind).map { $0.deleteDetail.isEmpty ? undoes : $0.deleteDetail + " " + undoes } ?? undoes
        return .confirm(ConfirmDialog(question: "Delete \(value.label(in: environment.data))?", detail: detail,
                                      change: RecordChange(before: value, after: nil)))
    }

    /// The form that gives an action item another owner or due date.
    static func reassigning(_ item: ActionItem, in environment: DialogEnvironment) -> Dialog {
        let kind = FormKind(editing: RecordValue(item))
        return .form(Form(kind: kind, title: "Reassign “\(item.title)”", fields: ActionForm.reassignFields(item, data: environment.data).map(FormField.init)))
    }
}
