import Foundation

/// How a form edits one kind of record, declared in the kind's descriptor: the fields (filled from a record, or blank),
/// the builder that turns a filled form back into a record, how a list of the kind shows each record, and what the
/// palette and the delete question say. The UI renders and runs it without knowing the kind.
public struct RecordForm: Sendable {
    /// Where the kind comes in the palette's "new …", "edit …" and "delete …" entries (lower first).
    public let paletteOrder: Int
    /// The home screen pane that lists the kind and is selected after creating one ("sessions", "matrix"), if any.
    public let homePane: String?
    /// What the delete question adds under "Delete …?" before the undo key (empty: nothing).
    public let deleteDetail: String
    /// Whether a new record of the kind is made in a blank form (notes are not: they are taken in a meeting).
    public let createsBlank: Bool
    private let makeFields: @Sendable ((any Record)?, GuildData, Date, Calendar) -> [FieldSpec]
    private let builder: @Sendable (any FormInput, (any Record)?, UUID?) throws(FieldError) -> any Record
    private let listRows: @Sendable (GuildData, Calendar) -> [RecordRow]

    /// The form of `type`'s records.
    /// - Parameters:
    ///   - fields: the form's fields, filled from the record (nil for a new one), the data, the clock and calendar.
    ///   - build: the record the filled form describes, from the record edited (nil for a new one) and the record a
    ///     new one is linked to (an action item's session); the record's own `validate()` runs after.
    ///   - rows: every record of the kind as a list shows it, in a stable order.
    public init<R: Record>(_ type: R.Type, paletteOrder: Int, homePane: String? = nil, deleteDetail: String = "",
                           createsBlank: Bool = true,
                           fields: @escaping @Sendable (R?, GuildData, Date, Calendar) -> [FieldSpec],
                           build: @escaping @Sendable (any FormInput, R?, UUID?) throws(FieldError) -> R,
                           rows: @escaping @Sendable (GuildData, Calendar) -> [RecordRow]) {
        self.paletteOrder = paletteOrder
        self.homePane = homePane
        self.deleteDetail = deleteDetail
        self.createsBlank = createsBlank
        makeFields = { record, data, now, calendar in fields(record as? R, data, now, calendar) }
        builder = { (input: any FormInput, base: (any Record)?, link: UUID?) throws(FieldError) -> any Record in
            try build(input, base as? R, link)
        }
        listRows = rows
    }

    /// The form's fields, filled from `record` (nil for a new one).
    public func fields(_ record: (any Record)?, data: GuildData, now: Date, calendar: Calendar) -> [FieldSpec] {
        makeFields(record, data, now, calendar)
    }

    /// The record the filled form describes.
    public func build(_ input: any FormInput, base: (any Record)?, link: UUID?) throws(FieldError) -> any Record {
        try builder(input, base, link)
    }

    /// Every record of the kind, as a list shows it.
    public func rows(data: GuildData, calendar: Calendar) -> [RecordRow] { listRows(data, calendar) }
}
