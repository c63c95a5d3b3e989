import Foundation

/// A filled form as a kind's builder reads it: each value typed, each read throwing a `FieldError` that names the field
/// at fault. The UI's form reader conforms; a builder sees nothing of the screen.
public protocol FormInput {
    /// The loaded store (to check a handle is free, to resolve names).
    var data: GuildData { get }
    /// The clock the form is saved at.
    var now: Date { get }
    /// The viewer's calendar, for dates typed.
    var calendar: Calendar { get }
    /// The id of a new record (`slot` 0), or of the `slot`th new part of it.
    func newID(slot: Int) -> UUID
    /// Whether the form has a field `id`.
    func has(_ id: String) -> Bool
    /// The text, trimmed of surrounding spaces.
    func text(_ id: String) throws(FieldError) -> String
    /// The text, or nil when blank.
    func optionalText(_ id: String) throws(FieldError) -> String?
    /// A whole number in `range`.
    func number(_ id: String, in range: ClosedRange<Int>) throws(FieldError) -> Int
    /// The date typed, resolved against the clock; nil when blank.
    func date(_ id: String) throws(FieldError) -> DateInput?
    /// The position of the option picked in a choice field.
    func option(_ id: String) throws(FieldError) -> Int
    /// Whether a yes/no field says yes.
    func toggle(_ id: String) throws(FieldError) -> Bool
    /// The one person named; nil when blank.
    func person(_ id: String) throws(FieldError) -> UUID?
    /// Every person or skill named, in the order typed.
    func ids(_ id: String) throws(FieldError) -> [UUID]
}

extension FormInput {
    /// The id of a new record.
    public func newID() -> UUID { newID(slot: 0) }

    /// The option picked in a choice field, mapped to `values` (same order as the options).
    public func choice<T>(_ id: String, _ values: [T]) throws(FieldError) -> T {
        let index = try option(id)
        guard values.indices.contains(index) else { throw FieldError(field: id, "pick one of the options") }
        return values[index]
    }
}
