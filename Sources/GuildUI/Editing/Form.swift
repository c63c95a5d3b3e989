import Foundation
import GuildCore
import TerminalGrid

/// A form over one record: its fields, which one has focus, the error to show, and whether a save is on its way.
///
/// Typed text lives in the fields until the store confirms the save; an error (a bad field, a refused save) never clears it.
public struct Form: Sendable, Equatable {
    /// The record the form creates or edits; an edit's record is the save's base (the version the form was opened
    /// from, or, after a conflict, the version on disk then), never the version at save time.
    public internal(set) var kind: FormKind
    /// The box title ("New session", "Edit person").
    public let title: String
    /// The fields, top to bottom.
    public internal(set) var fields: [FormField]
    /// The focused field.
    public internal(set) var focus = 0
    /// What stops the save, shown under its field (or at the bottom when it is about the whole form).
    public internal(set) var error: FieldError?
    /// The record was handed to the store; the form closes when `.saved` arrives and stays (with its text) on `.saveFailed`.
    public internal(set) var isSaving = false
    /// The field whose text is out in `$EDITOR`.
    var editingField: Int?
    /// Fields the user changed that were changed on disk too (after a refused save), with both values.
    public internal(set) var conflicts: [FormConflict] = []

    /// Creates a form for `kind` with its fields filled from the record it edits.
    init(kind: FormKind, title: String? = nil, fields: [FormField]) {
        self.kind = kind
        self.title = title ?? kind.title
        self.fields = fields
    }

    /// The field with `id`.
    public func field(_ id: String) -> FormField? {
        fields.first { $0.id == id }
    }

    /// The index of the field with `id`, or of the field a validation message names (`ValidationError.field`).
    func index(of id: String) -> Int? {
        fields.firstIndex { $0.id == id } ?? fields.firstIndex { $0.aliases.contains(id) }
    }

    /// The focused field.
    var focused: FormField? {
        fields.indices.contains(focus) ? fields[focus] : nil
    }

    /// Changes the focused field.
    mutating func updateFocused(_ change: (inout FormField) -> Void) {
        guard fields.indices.contains(focus) else { return }
        change(&fields[focus])
    }

    /// Sets the field `id` to `text` (used to prefill, and by tests).
    mutating func set(_ id: String, _ text: String) {
        guard let index = index(of: id) else { return }
        fields[index].setValue(text)
    }

    /// The conflict on the field `id`, if any.
    public func conflict(on id: String) -> FormConflict? {
        conflicts.first { $0.fieldID == id }
    }

    /// Moves the form onto `newKind` (the same record as it is on disk now), field by field: a field the user left
    /// as it was takes the new version's text; a field the user changed keeps the user's text, and when the new
    /// version changed it too (to something else) it becomes a conflict showing both.
    mutating func rebase(onto newKind: FormKind, data: GuildData, now: Date, calendar: Calendar) {
        let opened = kind.makeForm(data: data, now: now, calendar: calendar).fields
        let current = newKind.makeForm(data: data, now: now, calendar: calendar).fields
        var found: [FormConflict] = []
        for index in fields.indices {
            let id = fields[index].id
            guard let was = opened.first(where: { $0.id == id })?.value,
                  let disk = current.first(where: { $0.id == id })?.value else { continue }
            let typed = fields[index].value
            if typed == was {
                fields[index].setValue(disk)
            } else if disk != was, disk != typed {
                found.append(FormConflict(fieldID: id, label: fields[index].label, yours: typed, theirs: disk))
            }
        }
        kind = newKind
        conflicts = found
    }

    /// Takes the disk's value for the focused field when it is in conflict, else for every field in conflict.
    mutating func takeTheirs() {
        let chosen = focused.flatMap { conflict(on: $0.id) }.map { [$0] } ?? conflicts
        for conflict in chosen {
            set(conflict.fieldID, conflict.theirs)
            conflicts.removeAll { $0.fieldID == conflict.fieldID }
        }
    }

    /// Builds the record the form describes, then checks the record's own rules; throws pointing at the field to fix.
    /// New ids come from `ids` (the caller advances it once the record is used); errors name keys as `keymap` binds them.
    func build(data: GuildData, now: Date, calendar: Calendar, ids: IDSource, keymap: Keymap = .standard) throws(FieldError) -> RecordValue {
        let reader = FormReader(form: self, data: data, now: now, calendar: calendar, ids: ids, keymap: keymap)
        let value = try kind.build(reader)
        do {
            try value.record.validate()
        } catch {
            let target = index(of: error.field).map { fields[$0].id } ?? ""
            throw FieldError(field: target, error.description)
        }
        return value
    }
}
