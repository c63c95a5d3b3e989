/// A terminal colour: the terminal's default, one of the 16 ANSI colours, a 256-palette index, or 24-bit RGB.
public enum Color: Hashable, Sendable {
    case `default`
    case ansi(UInt8)
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    private static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    ]

    /// Parses "default", "red", "bright-blue", "gray", "#ff8800", "#f80" or a palette index "0"..."255"; nil when unknown.
    public init?(name: String) {
        let text = name.trimmingWhitespace().lowercased()
        if text == "default" || text == "none" || text == "reset" {
            self = .default
            return
        }
        if text.hasPrefix("#") {
            guard let rgb = Color.parseHex(String(text.dropFirst())) else { return nil }
            self = rgb
            return
        }
        if let index = UInt8(text) {
            self = .indexed(index)
            return
        }
        if text == "gray" || text == "grey" {
            self = .ansi(8)
            return
        }
        for prefix in ["bright-", "bright_", "bright ", "bright"] where text.hasPrefix(prefix) {
            guard let base = Color.ansiNames.firstIndex(of: String(text.dropFirst(prefix.count))) else { return nil }
            self = .ansi(UInt8(base + 8))
            return
        }
        guard let base = Color.ansiNames.firstIndex(of: text) else { return nil }
        self = .ansi(UInt8(base))
    }

    /// The canonical spelling, which `init(name:)` reads back: "default", "bright-red", "208", "#ff8800".
    public var name: String {
        switch self {
        case .default:
            return "default"
        case .ansi(let n) where n < 8:
            return Color.ansiNames[Int(n)]
        case .ansi(let n) where n < 16:
            return "bright-" + Color.ansiNames[Int(n) - 8]
        case .ansi(let n), .indexed(let n):
            return String(n)
        case let .rgb(r, g, b):
            return "#" + [r, g, b].map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        }
    }

    /// The approximate 24-bit value (xterm's defaults for the 16 ANSI colours); nil for `.default`.
    public var rgbValue: (r: UInt8, g: UInt8, b: UInt8)? {
        switch self {
        case .default:
            return nil
        case .ansi(let n):
            return Color.paletteRGB(Int(n & 15))
        case .indexed(let n):
            return Color.paletteRGB(Int(n))
        case let .rgb(r, g, b):
            return (r, g, b)
        }
    }

    /// The nearest colour a terminal with `toColors` colours can show (8, 16, 256, or 16 777 216 for true colour).
    public func downgraded(toColors colors: Int) -> Color {
        if case .default = self { return self }
        if colors >= 1 << 24 { return self }
        if colors >= 256 {
            if case let .rgb(r, g, b) = self { return .indexed(Color.nearest256(r, g, b)) }
            return self
        }
        if colors >= 16 {
            if case .ansi(let n) = self, n < 16 { return self }
            if case .indexed(let n) = self, n < 16 { return .ansi(n) }
            return .ansi(nearestPaletteIndex(in: 0..<16))
        }
        if colors >= 8 {
            switch self {
            case .ansi(8), .indexed(8):
                // Bright black would become black, invisible on the usual dark background; the terminal's own colour stays readable.
                return .default
            case .ansi(let n) where n < 16, .indexed(let n) where n < 16:
                return .ansi(n & 7)
            default:
                return .ansi(nearestPaletteIndex(in: 0..<8))
            }
        }
        return .default
    }

    private func nearestPaletteIndex(in range: Range<Int>) -> UInt8 {
        guard let (r, g, b) = rgbValue else { return 7 }
        var best = range.lowerBound
        var bestDistance = Int.max
        for index in range {
            let p = Color.paletteRGB(index)
            let d = Color.distance((r, g, b), p)
            if d < bestDistance {
                bestDistance = d
                best = index
            }
        }
        return UInt8(best)
    }

    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    private static let ansiRGB: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static func paletteRGB(_ index: Int) -> (r: UInt8, g: UInt8, b: UInt8) {
        if index < 16 { return ansiRGB[index] }
        if index < 232 {
            let i = index - 16
            return (UInt8(cubeLevels[i / 36]), UInt8(cubeLevels[(i / 6) % 6]), UInt8(cubeLevels[i % 6]))
        }
        let gray = UInt8(8 + (index - 232) * 10)
        return (gray, gray, gray)
    }

    private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (r: UInt8, g: UInt8, b: UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.r), dg = Int(a.1) - Int(b.g), db = Int(a.2) - Int(b.b)
        return dr * dr + dg * dg + db * db
    }

    private static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        func level(_ v: UInt8) -> Int {
            var best = 0
            for (i, l) in cubeLevels.enumerated() where abs(l - Int(v)) < abs(cubeLevels[best] - Int(v)) { best = i }
            return best
        }
        let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let grayStep = min(23, max(0, (average - 3) / 10))
        let gray = 232 + grayStep
        let candidates = [cube, gray]
        return UInt8(candidates.min { distance((r, g, b), paletteRGB($0)) < distance((r, g, b), paletteRGB($1)) }!)
    }

    private static func parseHex(_ digits: String) -> Color? {
        let expanded: String
        switch digits.count {
        case 3: expanded = digits.map { "\($0)\($0)" }.joined()
        case 6: expanded = digits
        default: return nil
        }
        guard expanded.allSatisfy(\.isHexDigit), let value = UInt32(expanded, radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }
}

extension Color: Codable {
    /// Explains which spellings a colour accepts; used in decoding errors so a theme author can fix the file.
    public static let accepted = "a name like \"red\" or \"bright-blue\", \"#rrggbb\", a palette index 0-255, or \"default\""

    /// Decodes a colour from one of the spellings `init(name:)` accepts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let color = Color(name: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "unknown colour \"\(text)\": use \(Color.accepted)")
        }
        self = color
    }

    /// Encodes the canonical spelling (`name`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
