import Foundation

/// The keymap as Markdown: one table per screen with every binding's keys, id and help, in the order `?` lists them.
/// The README's keys section is this text for `Keymap.standard` (a test compares them); `guild keys` prints it.
public enum KeyReference {
    /// Every screen's table, each under a `###` heading.
    public static func markdown(_ keymap: Keymap) -> String {
        KeyScreen.allCases.map { table(keymap, screen: $0) }.joined(separator: "\n")
    }

    /// One screen's own bindings (shared ones are listed once, on the screen that owns them) under its heading.
    public static func table(_ keymap: Keymap, screen: KeyScreen) -> String {
        var lines = ["### \(screen.title)", "", "| group | keys | id | what it does |", "| --- | --- | --- | --- |"]
        for group in keymap.groups(of: screen, includingShared: false) {
            for binding in group.bindings {
                let keys = binding.keys.isEmpty ? "(unbound)" : binding.keys.map { code($0.displayName) }.joined(separator: ", ")
                lines.append("| \(cell(group.name)) | \(cell(keys)) | \(cell(code(binding.id))) | \(cell(binding.help)) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Inline code that survives any character, backticks included.
    private static func code(_ text: String) -> String {
        let fence = text.contains("`") ? "``" : "`"
        let padded = text.hasPrefix("`") || text.hasSuffix("`") ? " \(text) " : text
        return fence + padded + fence
    }

    /// A table cell: a pipe would end it early.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
