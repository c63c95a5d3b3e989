import Foundation
import TerminalGrid

/// A colour theme: a style (fg, bg, attributes) for every semantic role, loaded from a JSON file in `Themes/`.
///
/// File shape: `{"name": "...", "description": "...", "roles": {"error": {"fg": "#ff6b6b", "bg": "default", "attributes": ["bold"]}}}`.
/// Colours take any spelling `Color(name:)` reads; attributes are bold, dim, italic, underline, reverse.
/// A role the file leaves out takes the `text` style and is listed in `missingRoles`.
public struct Theme: Sendable, Equatable {
    /// The theme's name (the file name without `.json`).
    public let name: String
    /// What the theme is for, from the file.
    public let summary: String
    /// Roles the file did not define (they use the `text` style).
    public let missingRoles: [ThemeRole]
    private let styles: [ThemeRole: Style]

    /// Creates a theme from styles; roles left out use `text` (or the plain style).
    public init(name: String, summary: String = "", styles: [ThemeRole: Style]) {
        self.name = name
        self.summary = summary
        let base = styles[.text] ?? .plain
        var all: [ThemeRole: Style] = [:]
        for role in ThemeRole.allCases { all[role] = styles[role] ?? base }
        self.styles = all
        self.missingRoles = ThemeRole.allCases.filter { styles[$0] == nil }
    }

    /// The style for `role`.
    public func style(_ role: ThemeRole) -> Style {
        styles[role] ?? .plain
    }

    /// The style for `role` laid over the `text` style, so a role without a background keeps the screen's.
    public func onText(_ role: ThemeRole) -> Style {
        style(.text).patched(by: style(role))
    }

    /// An attributes-only theme built into the code, used when no theme file can be read at all.
    public static let fallback = Theme(name: "fallback", summary: "Built-in attributes-only theme used when no theme file can be read.", styles: [
        .text: .plain, .muted: Style(attributes: .dim), .accent: Style(attributes: .bold), .title: Style(attributes: .bold),
        .titleBar: Style(attributes: [.reverse, .bold]), .border: Style(attributes: .dim), .borderFocused: Style(attributes: .bold),
        .selection: Style(attributes: .reverse), .cursor: Style(attributes: [.bold, .underline]),
        .header: Style(attributes: [.bold, .underline]), .statusBar: Style(attributes: .reverse), .statusKey: Style(attributes: .bold),
        .success: .plain, .warning: Style(attributes: .bold), .error: Style(attributes: [.bold, .underline]), .overlay: .plain,
        .unrated: Style(attributes: .dim), .level0: Style(attributes: .dim), .level1: .plain, .level2: .plain,
        .level3: Style(attributes: .bold), .level4: Style(attributes: [.bold, .underline]), .interest: Style(attributes: .bold),
        .badgeTechTalk: Style(attributes: .reverse), .badgeWorkshop: Style(attributes: .reverse), .badgeBrownBag: Style(attributes: .reverse),
        .badgeShowAndTell: Style(attributes: .reverse), .badgeDeepDive: Style(attributes: .reverse),
        .badgeCodeReview: Style(attributes: .reverse), .badgePairing: Style(attributes: .reverse),
        .badgeWeeklyMeeting: Style(attributes: .reverse), .badgeOther: Style(attributes: .reverse),
    ])

    /// Parses a theme file; `source` names it in errors (defaults to "<name>.json").
    public static func load(from data: Data, name: String, source: String? = nil) throws(ThemeError) -> Theme {
        let label = source ?? "\(name).json"
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ThemeError(source: label, reason: "not valid JSON")
        }
        guard let object = root as? [String: Any] else {
            throw ThemeError(source: label, reason: "expected a JSON object with \"roles\"")
        }
        for key in object.keys.sorted() where !["name", "description", "roles"].contains(key) {
            throw ThemeError(source: label, key: "\"\(key)\"", reason: "unknown key (expected name, description, roles)")
        }
        guard let roles = object["roles"] as? [String: Any] else {
            throw ThemeError(source: label, key: "\"roles\"", reason: "missing or not an object")
        }
        var styles: [ThemeRole: Style] = [:]
        for key in roles.keys.sorted() {
            guard let role = ThemeRole(rawValue: key) else {
                throw ThemeError(source: label, key: "role \"\(key)\"", reason: "unknown role (known: \(ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            styles[role] = try parseStyle(roles[key], where: "role \"\(key)\"", source: label)
        }
        return Theme(name: name, summary: object["description"] as? String ?? "", styles: styles)
    }

    private static func parseStyle(_ value: Any?, where key: String, source: String) throws(ThemeError) -> Style {
        guard let fields = value as? [String: Any] else {
            throw ThemeError(source: source, key: key, reason: "expected an object with fg, bg, attributes")
        }
        var style = Style()
        for field in fields.keys.sorted() {
            switch field {
            case "fg", "bg":
                guard let text = fields[field] as? String, let color = Color(name: text) else {
                    let shown = (fields[field] as? String).map { "\"\($0)\"" } ?? "\(fields[field] ?? "null")"
                    throw ThemeError(source: source, key: key, reason: "unknown colour \(shown) in \"\(field)\": use \(Color.accepted)")
                }
                if field == "fg" { style.fg = color } else { style.bg = color }
            case "attributes":
                let names: [String]
                if let list = fields[field] as? [String] {
                    names = list
                } else if let single = fields[field] as? String {
                    names = single.split(separator: " ").map(String.init)
                } else {
                    throw ThemeError(source: source, key: key, reason: "\"attributes\" must be a list such as [\"bold\", \"underline\"]")
                }
                for attributeName in names {
                    guard let attribute = attributeNames[attributeName.lowercased()] else {
                        throw ThemeError(source: source, key: key, reason: "unknown attribute \"\(attributeName)\" (use bold, dim, italic, underline, reverse)")
                    }
                    style.attributes.insert(attribute)
                }
            default:
                throw ThemeError(source: source, key: key, reason: "unknown field \"\(field)\" (expected fg, bg, attributes)")
            }
        }
        return style
    }

    private static let attributeNames: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "reverse": .reverse,
    ]
}
