import GuildCore
import TerminalGrid

/// One field of a form: an id the record builder reads, a label, a kind that decides its keys and checks, and its value.
public struct FormField: Sendable, Equatable {
    /// What a field holds and how it is edited (declared by the kind's form in GuildCore).
    public typealias Kind = FieldSpec.FieldType

    /// The name the record builder reads the value by ("title").
    public let id: String
    /// What the form shows left of the value ("Title").
    public let label: String
    /// What the field holds and which keys edit it.
    public let kind: Kind
    /// Must not be left empty.
    public let required: Bool
    /// Validation field names (`ValidationError.field`) that point at this field, besides its id.
    let aliases: [String]
    /// The text being edited (every kind but choice and toggle).
    public internal(set) var input: TextField
    /// The whole text of a multi-line field holding more than one line (then `input` is not used).
    public internal(set) var lines: String?
    /// The selected option of a choice, or 0/1 for a toggle.
    public internal(set) var option: Int
    /// The highlighted completion of a person or skills field.
    var suggestion = 0

    /// Creates a text-like field holding `text`.
    init(_ id: String, _ label: String, _ kind: Kind, text: String = "", required: Bool = false, aliases: [String] = []) {
        self.id = id
        self.label = label
        self.kind = kind
        self.required = required
        self.aliases = aliases
        self.input = TextField()
        self.lines = nil
        self.option = 0
        setValue(text)
    }

    /// The field a kind's form declares, with its starting value.
    init(_ spec: FieldSpec) {
        self.init(spec.id, spec.label, spec.type, text: spec.text, required: spec.required, aliases: spec.aliases)
        if isChoice { option = spec.selected }
    }

    /// Creates a choice field on option `selected`.
    init(_ id: String, _ label: String, options: [String], selected: Int) {
        self.init(id, label, .choice(options))
        option = min(max(0, selected), max(0, options.count - 1))
    }

    /// Creates a yes/no field.
    init(_ id: String, _ label: String, toggle: Bool) {
        self.init(id, label, .toggle)
        option = toggle ? 1 : 0
    }

    /// The value as text: what was typed, the whole multi-line text, the option's name, or "yes"/"no".
    public var value: String {
        switch kind {
        case .choice(let options): options.indices.contains(option) ? options[option] : ""
        case .toggle: option == 1 ? "yes" : "no"
        default: lines ?? input.text
        }
    }

    /// Whether a toggle is on.
    var isOn: Bool { option == 1 }

    /// Replaces the value (from `$EDITOR`, a builder or a completion); newlines stay only in multi-line fields.
    mutating func setValue(_ text: String) {
        switch kind {
        case .choice(let options):
            if let index = options.firstIndex(of: text) { option = index }
        case .toggle:
            option = ["yes", "true", "1", "on"].contains(text.lowercased()) ? 1 : 0
        case .multiline:
            let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
            if trimmed.contains("\n") {
                lines = trimmed
                input = TextField()
            } else {
                lines = nil
                input = TextField(text: trimmed)
            }
        case .agenda:
            // One item a line in $EDITOR, separated by "; " in the field.
            let items = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            input = TextField(text: text.contains("\n") ? items.joined(separator: "; ") : text)
        default:
            input = TextField(text: text)
        }
        suggestion = 0
    }

    /// The text handed to `$EDITOR` (agenda items one a line).
    var editorText: String {
        if kind == .agenda {
            return AgendaText.items(in: value).joined(separator: "\n") + "\n"
        }
        return value + "\n"
    }

    /// Whether the field cycles options instead of taking text.
    var isChoice: Bool {
        switch kind {
        case .choice, .toggle: true
        default: false
        }
    }

    /// Whether the field completes names from a list.
    var isPicker: Bool {
        switch kind {
        case .person, .people, .skills: true
        default: false
        }
    }

    /// Moves a choice or toggle by `step` options, wrapping.
    mutating func cycle(by step: Int) {
        let count: Int
        switch kind {
        case .choice(let options): count = options.count
        case .toggle: count = 2
        default: return
        }
        guard count > 0 else { return }
        option = ((option + step) % count + count) % count
    }

    /// Applies an editing key to the text; false when the field does not use it.
    mutating func handle(_ key: Key) -> Bool {
        guard !isChoice, lines == nil else { return false }
        let before = input.text
        let used = input.handle(key)
        if input.text != before { suggestion = 0 }
        return used
    }
}
