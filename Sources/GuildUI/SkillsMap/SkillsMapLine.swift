import TerminalGrid

/// One line of a skills-map view: styled spans by theme role, what Enter opens, and an optional sparkline after the text.
struct SkillsMapLine: Sendable, Equatable {
    var spans: [(text: String, role: ThemeRole)]
    /// Lines with a target (or `selectable`) take the cursor.
    var target: SkillsMapTarget?
    var selectable: Bool
    /// Values drawn as a sparkline after the spans.
    var sparkline: [Double]?

    init(_ spans: [(String, ThemeRole)], target: SkillsMapTarget? = nil, selectable: Bool? = nil, sparkline: [Double]? = nil) {
        self.spans = spans.map { (text: $0.0, role: $0.1) }
        self.target = target
        self.selectable = selectable ?? (target != nil)
        self.sparkline = sparkline
    }

    /// A plain line in one role.
    static func text(_ text: String, _ role: ThemeRole = .text, target: SkillsMapTarget? = nil) -> SkillsMapLine {
        SkillsMapLine([(text, role)], target: target)
    }

    /// A section heading.
    static func heading(_ text: String) -> SkillsMapLine { SkillsMapLine([(text, .header)]) }

    /// An empty line.
    static let blank = SkillsMapLine([])

    static func == (a: SkillsMapLine, b: SkillsMapLine) -> Bool {
        a.spans.map(\.text) == b.spans.map(\.text) && a.spans.map(\.role) == b.spans.map(\.role)
            && a.target == b.target && a.selectable == b.selectable && a.sparkline == b.sparkline
    }
}
