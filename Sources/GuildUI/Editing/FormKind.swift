import Foundation
import GuildCore

/// Which record a form creates (no base) or edits (its base), with the record a new one is linked to; the kind's
/// `RecordEditor` supplies the fields and the builder.
public struct FormKind: Sendable, Equatable {
    /// The kind of record the form is about.
    public let recordKind: RecordKind
    /// The record being edited; nil for a new one.
    public let base: RecordValue?
    /// The record a new one is linked to: the session an action item was added from.
    public let link: UUID?

    /// A form creating a record of `kind`, linked to `link`.
    public init(new kind: RecordKind, link: UUID? = nil) {
        recordKind = kind
        base = nil
        self.link = link
    }

    /// A form editing `record`.
    public init(editing record: RecordValue, link: UUID? = nil) {
        recordKind = record.kind
        base = record
        self.link = link
    }

    /// The same form kind editing `value` instead (the record as it is on disk now); nil when `value` is another kind of
    /// record or this form creates one.
    func rebased(onto value: RecordValue) -> FormKind? {
        guard base != nil, value.kind == recordKind else { return nil }
        return FormKind(editing: value, link: link)
    }

    /// "New session", "Edit action item".
    var title: String {
        (base == nil ? "New " : "Edit ") + recordKind.descriptor.noun
    }

    /// The form for this record, its fields filled in (none for a kind without an editor).
    func makeForm(data: GuildData, now: Date, calendar: Calendar) -> Form {
        let fields = RecordEditor.of(recordKind)?.fields(base?.record, data: data, now: now, calendar: calendar) ?? []
        return Form(kind: self, fields: fields)
    }

    /// Builds the record from the form's fields (the record's own `validate()` runs after).
    func build(_ reader: FormReader) throws(FieldError) -> RecordValue {
        guard let editor = RecordEditor.of(recordKind) else {
            throw FieldError(field: "", "\(recordKind.descriptor.noun) records are not edited in forms")
        }
        return RecordValue(try editor.build(reader, base: base?.record, link: link))
    }
}
