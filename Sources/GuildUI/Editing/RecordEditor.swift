import Foundation
import GuildCore

/// How the dashboard edits one kind of record: the kind's declared form (`RecordDescriptor.form`, in
/// `GuildCore/Kinds/`) rendered as this UI's form fields, with the home pane that shows a new record.
///
/// Nothing here names a kind: `RecordEditor.all` is every registered kind that declares a form, in the palette's
/// order (`RecordForm.paletteOrder`). A kind without a form is not edited in forms (`RecordEditorTests` names which
/// those are, so a new kind must be put on one side or the other).
struct RecordEditor: Sendable {
    /// The kind edited.
    let kind: RecordKind
    /// The kind's declared form.
    let form: RecordForm

    /// The editor of `descriptor`'s kind; nil when the kind declares no form.
    init?(_ descriptor: RecordDescriptor) {
        guard let form = descriptor.form else { return nil }
        kind = descriptor.kind
        self.form = form
    }

    /// The pane that lists the kind on the home screen (selected after creating one), if any.
    var homePane: PaneID? {
        form.homePane.flatMap { name in PaneID.allCases.first { "\($0)" == name } }
    }

    /// What the delete question adds under "Delete …?" before the undo key (empty: only the undo key).
    var deleteDetail: String { form.deleteDetail }

    /// Whether a new record of the kind is made in a blank form (notes are not: they are taken in a meeting).
    var createsBlank: Bool { form.createsBlank }

    /// The form's fields, filled from `record` (nil for a new one).
    func fields(_ record: (any Record)?, data: GuildData, now: Date, calendar: Calendar) -> [FormField] {
        form.fields(record, data: data, now: now, calendar: calendar).map(FormField.init)
    }

    /// The record the form's fields describe.
    func build(_ reader: FormReader, base: (any Record)?, link: UUID?) throws(FieldError) -> any Record {
        try form.build(reader, base: base, link: link)
    }

    /// Every record of the kind, as the palette's picker lists it.
    func rows(data: GuildData, calendar: Calendar) -> [RecordPicker.Row] { form.rows(data: data, calendar: calendar) }
}

extension RecordEditor {
    /// Every registered kind that declares a form, in the palette's order.
    static var all: [RecordEditor] {
        RecordRegistry.all.compactMap(RecordEditor.init).enumerated()
            .sorted { ($0.element.form.paletteOrder, $0.offset) < ($1.element.form.paletteOrder, $1.offset) }.map(\.element)
    }

    /// The editor of `kind`; nil for a kind not edited in forms.
    static func of(_ kind: RecordKind) -> RecordEditor? {
        RecordRegistry.descriptor(of: kind).flatMap(RecordEditor.init)
    }
}
