import Foundation
import GuildUI
import TerminalGrid

/// The WCAG 2 contrast of what a screen actually draws: each visible glyph's colours as a terminal shows them.
///
/// Colours resolve to RGB as xterm shows them (`Color.rgbValue`: the xterm palette for 16/256-colour values).
/// `default` means the theme's own `text` colours; when those are the terminal's too (the monochrome theme),
/// the terminal is taken as light text (#ffffff) on black (#000000). `dim` draws the foreground half-way to the
/// background and `reverse` then swaps the two, as xterm and VTE render faint and reverse-video text.
struct DrawnContrast: Hashable, CustomStringConvertible {
    let fg: (UInt8, UInt8, UInt8)
    let bg: (UInt8, UInt8, UInt8)

    /// The terminal's own colours assumed when a theme leaves them default.
    static let terminalFg: (UInt8, UInt8, UInt8) = (255, 255, 255)
    static let terminalBg: (UInt8, UInt8, UInt8) = (0, 0, 0)

    /// The colours `style` shows on a screen in `theme`.
    init(style: Style, theme: Theme) {
        let text = theme.style(.text)
        func resolve(_ color: Color, _ fallback: Color, _ terminal: (UInt8, UInt8, UInt8)) -> (UInt8, UInt8, UInt8) {
            if let rgb = color.rgbValue { return (rgb.r, rgb.g, rgb.b) }
            if let rgb = fallback.rgbValue { return (rgb.r, rgb.g, rgb.b) }
            return terminal
        }
        var fg = resolve(style.fg, text.fg, Self.terminalFg)
        var bg = resolve(style.bg, text.bg, Self.terminalBg)
        if style.attributes.contains(.dim) {
            fg = (UInt8((Int(fg.0) + Int(bg.0)) / 2), UInt8((Int(fg.1) + Int(bg.1)) / 2), UInt8((Int(fg.2) + Int(bg.2)) / 2))
        }
        if style.attributes.contains(.reverse) { swap(&fg, &bg) }
        self.fg = fg
        self.bg = bg
    }

    /// The WCAG 2 contrast ratio, 1...21.
    var ratio: Double {
        let a = Self.luminance(fg), b = Self.luminance(bg)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    var description: String { "\(Self.hex(fg)) on \(Self.hex(bg))" }

    static func == (lhs: DrawnContrast, rhs: DrawnContrast) -> Bool { lhs.description == rhs.description }
    func hash(into hasher: inout Hasher) { hasher.combine(description) }

    /// WCAG relative luminance of an sRGB colour.
    static func luminance(_ c: (UInt8, UInt8, UInt8)) -> Double {
        func channel(_ v: UInt8) -> Double {
            let s = Double(v) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }

    private static func hex(_ c: (UInt8, UInt8, UInt8)) -> String {
        "#" + [c.0, c.1, c.2].map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
