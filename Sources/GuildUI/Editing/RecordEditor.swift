import Foundation
import GuildCore

/// How the dashboard edits one kind of record: its form's fields, the builder that turns them back into a record, how
/// the palette's picker lists the records, the home pane that shows a new one, and what deleting one says.
///
/// Each form declares its kind's editor next to its fields (`PersonForm.editor`); `RecordEditor.all` registers them, in
/// the palette's order. A kind without an editor is not edited in forms (`RecordEditorTests` names which those are, so
/// a new kind must be put on one side or the other).
struct RecordEditor: Sendable {
    /// The kind edited.
    let kind: RecordKind
    /// The pane that lists the kind on the home screen (selected after creating one), if any.
    let homePane: PaneID?
    /// What the delete question adds under "Delete …?" before the undo key (empty: only the undo key).
    let deleteDetail: String
    /// Whether a new record of the kind is made in a blank form (notes are not: they are taken in a meeting).
    let createsBlank: Bool
    private let makeFields: @Sendable ((any Record)?, GuildData, Date, Calendar) -> [FormField]
    private let builder: @Sendable (FormReader, (any Record)?, UUID?) throws(FieldError) -> any Record
    private let listRows: @Sendable (GuildData, Calendar) -> [RecordPicker.Row]

    /// The editor of `type`'s records.
    /// - Parameters:
    ///   - fields: the form's fields, filled from the record (nil for a new one).
    ///   - build: the record the form's fields describe, from the record edited (nil for a new one) and the record a
    ///     new one is linked to (an action item's session); the record's own `validate()` runs after.
    ///   - rows: every record of the kind as the palette's picker lists it, in a stable order.
    init<R: Record>(_ type: R.Type, homePane: PaneID? = nil, deleteDetail: String = "", createsBlank: Bool = true,
                    fields: @escaping @Sendable (R?, GuildData, Date, Calendar) -> [FormField],
                    build: @escaping @Sendable (FormReader, R?, UUID?) throws(FieldError) -> R,
                    rows: @escaping @Sendable (GuildData, Calendar) -> [RecordPicker.Row]) {
        kind = R.kind
        self.homePane = homePane
        self.deleteDetail = deleteDetail
        self.createsBlank = createsBlank
        makeFields = { record, data, now, calendar in fields(record as? R, data, now, calendar) }
        builder = { (reader: FormReader, base: (any Record)?, link: UUID?) throws(FieldError) -> any Record in
            try build(reader, base as? R, link)
        }
        listRows = rows
    }

    /// The form's fields, filled from `record` (nil for a new one).
    func fields(_ record: (any Record)?, data: GuildData, now: Date, calendar: Calendar) -> [FormField] {
        makeFields(record, data, now, calendar)
    }

    /// The record the form's fields describe.
    func build(_ reader: FormReader, base: (any Record)?, link: UUID?) throws(FieldError) -> any Record {
        try builder(reader, base, link)
    }

    /// Every record of the kind, as the palette's picker lists it.
    func rows(data: GuildData, calendar: Calendar) -> [RecordPicker.Row] { listRows(data, calendar) }
}

extension RecordEditor {
    /// Every kind the dashboard edits in forms, in the palette's order: the one list a new editable kind joins.
    static let all: [RecordEditor] = [
        SessionForm.editor, PersonForm.editor, SkillForm.editor, ActionForm.editor, TopicForm.editor, LearningForm.editor,
        CommunityForm.editor, SolutionForm.editor, NoteForm.editor,
    ]

    /// The editor of `kind`; nil for a kind not edited in forms.
    static func of(_ kind: RecordKind) -> RecordEditor? {
        all.first { $0.kind == kind }
    }
}
