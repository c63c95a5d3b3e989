import Foundation

/// One field of a kind's form, declared: the id the builder reads it by, its label, what it holds, whether it may be
/// left empty, and its starting value. The UI renders a form from these without knowing the kind.
public struct FieldSpec: Sendable, Equatable {
    /// What a field holds, which decides how it is edited and checked.
    public enum FieldType: Sendable, Equatable {
        /// One line of text.
        case text
        /// Text that may span lines.
        case multiline
        /// A whole number.
        case number
        /// A date as people type it (`fri 14:00`, `+3d`); `time` asks for a time of day.
        case date(time: Bool)
        /// One of fixed options.
        case choice([String])
        /// Yes or no.
        case toggle
        /// One person, completed from the team.
        case person
        /// Several people, comma-separated.
        case people
        /// Several skills, comma-separated.
        case skills
        /// Agenda items, `Title=minutes` separated by `;`.
        case agenda
    }

    /// The name the builder reads the value by ("title").
    public let id: String
    /// What the form shows left of the value ("Title").
    public let label: String
    /// What the field holds.
    public let type: FieldType
    /// Must not be left empty (checked before the builder runs).
    public let required: Bool
    /// Validation field names (`ValidationError.field`) that point at this field, besides its id.
    public let aliases: [String]
    /// The starting text of a text-like field.
    public let text: String
    /// The starting option of a choice (0 or 1 for a toggle).
    public private(set) var selected: Int

    /// A text-like field starting with `text`.
    public init(_ id: String, _ label: String, _ type: FieldType, text: String = "", required: Bool = false, aliases: [String] = []) {
        self.id = id
        self.label = label
        self.type = type
        self.text = text
        self.required = required
        self.aliases = aliases
        selected = 0
    }

    /// A choice among `options`, on option `selected`.
    public init(_ id: String, _ label: String, options: [String], selected: Int) {
        self.init(id, label, .choice(options))
        self.selected = min(max(0, selected), max(0, options.count - 1))
    }

    /// A yes/no field.
    public init(_ id: String, _ label: String, toggle: Bool) {
        self.init(id, label, .toggle)
        selected = toggle ? 1 : 0
    }
}
