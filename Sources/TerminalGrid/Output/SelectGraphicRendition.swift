/// The shortest ECMA-48 select-graphic-rendition sequence from one pen to another.
enum SelectGraphicRendition {
    /// Appends what takes the terminal from `old` (nil when unknown) to `new`: only the parameters that change, or a
    /// reset followed by the new pen when that is shorter (or the old pen is unknown).
    static func append(from old: Pen?, to new: Pen, into out: inout TerminalBytes) {
        guard let chosen = parameters(from: old, to: new) else { return }
        out.append(0x1B)
        out.append(0x5B)
        // A lone 0 can go: ESC[m resets.
        if chosen != [0] {
            for (index, value) in chosen.enumerated() {
                if index > 0 { out.append(0x3B) }
                out.appendNumber(value)
            }
        }
        out.append(0x6D)
    }

    /// The bytes `append(from:to:)` sends.
    static func length(from old: Pen?, to new: Pen) -> Int {
        parameters(from: old, to: new).map(length) ?? 0
    }

    private static func parameters(from old: Pen?, to new: Pen) -> [Int]? {
        var reset: [Int] = [0]
        reset.reserveCapacity(12)
        appendAttributes(new.attributes, into: &reset)
        if new.fg >= 0 { appendColor(new.fg, base: 30, into: &reset) }
        if new.bg >= 0 { appendColor(new.bg, base: 40, into: &reset) }
        guard let old else { return reset }
        if old == new { return nil }
        var params: [Int] = []
        params.reserveCapacity(12)
        let removed = old.attributes & ~new.attributes
        var added = new.attributes & ~old.attributes
        if removed & (Pen.bold | Pen.dim) != 0 {
            // 22 turns off bold and dim together: put back the one that stays.
            params.append(22)
            added |= new.attributes & (Pen.bold | Pen.dim)
        }
        if removed & Pen.italic != 0 { params.append(23) }
        if removed & Pen.underline != 0 { params.append(24) }
        if removed & Pen.reverse != 0 { params.append(27) }
        appendAttributes(added, into: &params)
        if old.fg != new.fg {
            if new.fg < 0 { params.append(39) } else { appendColor(new.fg, base: 30, into: &params) }
        }
        if old.bg != new.bg {
            if new.bg < 0 { params.append(49) } else { appendColor(new.bg, base: 40, into: &params) }
        }
        return length(reset) < length(params) ? reset : params
    }

    private static func appendAttributes(_ attributes: UInt8, into params: inout [Int]) {
        if attributes & Pen.bold != 0 { params.append(1) }
        if attributes & Pen.dim != 0 { params.append(2) }
        if attributes & Pen.italic != 0 { params.append(3) }
        if attributes & Pen.underline != 0 { params.append(4) }
        if attributes & Pen.reverse != 0 { params.append(7) }
    }

    // 30–37 and 90–97 (40–47, 100–107 for backgrounds) for the 16 ANSI colours, else 38;5;n (48;5;n).
    private static func appendColor(_ number: Int16, base: Int, into params: inout [Int]) {
        let n = Int(number)
        if n < 8 {
            params.append(base + n)
        } else if n < 16 {
            params.append(base + 60 + n - 8)
        } else {
            params += [base + 8, 5, n]
        }
    }

    private static func length(_ params: [Int]) -> Int {
        if params == [0] { return 3 }
        return 3 + params.reduce(params.count - 1) { $0 + TerminalBytes.digits($1) }
    }
}
