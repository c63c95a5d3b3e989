import Foundation
import GuildCore

/// Reads a form's fields as typed values for a record builder; each read throws a `FieldError` naming the field at fault.
struct FormReader: FormInput {
    let form: Form
    let data: GuildData
    let now: Date
    let calendar: Calendar
    /// Where a new record's id (and its new agenda items' or objectives' ids) come from.
    let ids: IDSource
    /// Names keys in errors ("Tab completes from the suggestions").
    var keymap: Keymap = .standard

    /// The id of a new record (`slot` 0), or of the `slot`th new part of it.
    func newID(slot: Int) -> UUID {
        ids.peek(slot: UInt64(slot))
    }

    /// Whether the form has a field `id` (reassigning shows only the owner).
    func has(_ id: String) -> Bool {
        form.field(id) != nil
    }

    private func field(_ id: String) throws(FieldError) -> FormField {
        guard let field = form.field(id) else { throw FieldError(field: id, "is missing from this form") }
        if field.required, field.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw FieldError(field: id, "\(field.label.lowercased()) must not be empty")
        }
        return field
    }

    /// The text, trimmed of surrounding spaces (multi-line text keeps its inner newlines).
    func text(_ id: String) throws(FieldError) -> String {
        try field(id).value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text, or nil when blank.
    func optionalText(_ id: String) throws(FieldError) -> String? {
        let value = try text(id)
        return value.isEmpty ? nil : value
    }

    /// A whole number in `range`.
    func number(_ id: String, in range: ClosedRange<Int>) throws(FieldError) -> Int {
        let field = try field(id)
        guard let value = Int(field.value.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
            throw FieldError(field: id, "\(field.label.lowercased()) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// The date typed, resolved against the clock; nil when blank.
    func date(_ id: String) throws(FieldError) -> DateInput? {
        let field = try field(id)
        let text = field.value.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        do {
            return try DateInput.parse(text, now: now, calendar: calendar)
        } catch {
            throw FieldError(field: id, "\(field.label.lowercased()): \(error)")
        }
    }

    /// The position of the option picked in a choice field.
    func option(_ id: String) throws(FieldError) -> Int {
        try field(id).option
    }

    /// Whether a yes/no field says yes.
    func toggle(_ id: String) throws(FieldError) -> Bool {
        try field(id).isOn
    }

    /// The one person named; nil when blank.
    func person(_ id: String) throws(FieldError) -> UUID? {
        try Completion.resolveAll(field(id), data: data, completeKey: keymap.firstKeyName(Command.formNext.rawValue)).first
    }

    /// Every person or skill named, in the order typed.
    func ids(_ id: String) throws(FieldError) -> [UUID] {
        try Completion.resolveAll(field(id), data: data, completeKey: keymap.firstKeyName(Command.formNext.rawValue))
    }
}
