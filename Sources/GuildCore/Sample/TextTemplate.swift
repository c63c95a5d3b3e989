/// A short text with `{skill}` and `{team}` slots, parsed once so filling it thousands of times stays cheap.
struct TextTemplate: Sendable {
    private enum Segment: Sendable {
        case literal(String)
        case skill
        case team
    }

    private let segments: [Segment]

    /// Parses `text`; any `{…}` other than `{skill}` and `{team}` stays literal.
    init(_ text: String) {
        var segments: [Segment] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            let slot: Segment? = name == "skill" ? .skill : name == "team" ? .team : nil
            guard let slot else {
                segments.append(.literal(String(rest[...close])))
                rest = rest[rest.index(after: close)...]
                continue
            }
            if open > rest.startIndex { segments.append(.literal(String(rest[..<open]))) }
            segments.append(slot)
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { segments.append(.literal(String(rest))) }
        self.segments = segments
    }

    /// The text with its slots filled.
    func fill(skill: String, team: String) -> String {
        var out = ""
        for segment in segments {
            switch segment {
            case .literal(let text): out += text
            case .skill: out += skill
            case .team: out += team
            }
        }
        return out
    }
}
