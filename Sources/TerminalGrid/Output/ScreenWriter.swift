/// Turns frames into the bytes that bring an ANSI terminal from what it shows to the next frame, instead of curses.
///
/// curses re-sends the foreground and the background at every colour change (22 bytes with 256 colours) and resets all
/// attributes whenever one goes away; a heatmap row changes colour every few cells. This writer keeps what the terminal
/// shows (glyph and pen per cell), and for each frame:
///
/// - scrolls a block of whole lines that moved with the terminal's scroll region, filling the revealed lines with the
///   background they need when the terminal has `bce`;
/// - finds the cells whose look differs (a blank only shows its background, so blanks match on background alone);
/// - writes them pen by pen, each pen's cells in reading order, so a colour is set once per frame rather than at every
///   change along a row, moving with the shortest cursor motion or writing through a short gap when that is shorter;
/// - sends only the rendition parameters that change (`ESC[38;5;149m`, not a reset and both colours).
///
/// Pure (no curses, no I/O): the terminal's features and its character widths come in. CursesTerminal sends the bytes.
public struct ScreenWriter {
    public var features: TerminalFeatures
    /// Attributes only, no colours; changing it repaints everything.
    public var monochrome: Bool {
        didSet { invalidate() }
    }

    /// The columns the terminal advances for a scalar (`wcwidth`: -1 unprintable, 0 combining).
    private let scalarWidth: (UInt32) -> Int32

    private var size = Size.zero
    // What the terminal shows, cell by cell.
    private var glyphs: [Character] = []
    private var pens: [Pen] = []
    /// 0 unknown, 1 a glyph, 2 the right half of a wide glyph.
    private var kinds: [UInt8] = []
    /// A signature per shown row for finding rows that moved; nil until computed or after the row changed.
    private var rowSignatures: [UInt64?] = []
    /// The terminal's current rendition and cursor; nil and -1 when unknown.
    private var pen: Pen?
    private var cursorX = -1
    private var cursorY = -1
    /// The row whose first column the next character goes to by wrapping, after one written in the last column.
    private var wrapRow = -1
    private var lastStyle: Style?
    private var lastPen = Pen.plain
    /// Pens by style (colours and attributes packed in one number): finding the nearest palette colour is not free.
    private var penCache: [UInt64: Pen] = [:]

    public init(features: TerminalFeatures, monochrome: Bool = false, scalarWidth: @escaping (UInt32) -> Int32) {
        self.features = features
        self.monochrome = monochrome
        self.scalarWidth = scalarWidth
    }

    /// Forgets what the terminal shows: the next frame clears the screen and draws everything.
    public mutating func invalidate() {
        size = .zero
        pen = nil
        cursorX = -1
        cursorY = -1
        wrapRow = -1
        lastStyle = nil
        penCache = [:]
    }

    /// What to send before handing the terminal to curses or another program: the cursor home, the rendition reset.
    public mutating func handOver() -> [UInt8] {
        invalidate()
        var out = TerminalBytes()
        out.append("\u{1B}[H\u{1B}[m")
        return out.bytes
    }

    /// The bytes that make the terminal show `frame` (blanks quieted, as `OutputFrame` gives them).
    public mutating func update(_ frame: OutputFrame) -> [UInt8] {
        var out = TerminalBytes()
        wrapRow = -1
        let grid = frame.grid
        let width = grid.size.width
        let count = width * grid.size.height
        guard count > 0 else {
            size = grid.size
            return []
        }
        var newPens = [Pen]()
        newPens.reserveCapacity(count)
        for style in frame.styles { newPens.append(pen(for: style)) }
        grid.cells.withUnsafeBufferPointer { cells in
            var changedRows: [Bool]
            if grid.size != size {
                clear(cells, newPens, size: grid.size, into: &out)
                changedRows = Array(repeating: true, count: grid.size.height)
            } else {
                changedRows = (0..<size.height).map { !rowLooksSame(shownRow: $0, cells, newPens, row: $0) }
                if features.scrollRegion, let region = scrollIfWorthIt(cells, newPens, changedRows: changedRows, into: &out) {
                    for y in region { changedRows[y] = !rowLooksSame(shownRow: y, cells, newPens, row: y) }
                }
            }
            writeChanges(cells, newPens, changedRows: changedRows, into: &out)
        }
        return out.bytes
    }

    // MARK: - Pens

    private mutating func pen(for style: Style) -> Pen {
        if let lastStyle, Self.same(lastStyle, style) { return lastPen }
        let key = UInt64(Self.packed(style.fg)) | UInt64(Self.packed(style.bg)) << 26 | UInt64(style.attributes.rawValue) << 52
        if let cached = penCache[key] {
            lastStyle = style
            lastPen = cached
            return cached
        }
        let attributes = style.attributes.rawValue & features.attributes
        let result: Pen
        if monochrome || features.colorCount < 8 {
            result = Pen(fg: -1, bg: -1, attributes: attributes)
        } else {
            result = Pen(
                fg: Pen.colorNumber(style.fg, isBackground: false, colorCount: features.colorCount, hasDefaultColors: features.hasDefaultColors),
                bg: Pen.colorNumber(style.bg, isBackground: true, colorCount: features.colorCount, hasDefaultColors: features.hasDefaultColors),
                attributes: attributes)
        }
        lastStyle = style
        lastPen = result
        penCache[key] = result
        return result
    }

    private static func same(_ a: Style, _ b: Style) -> Bool {
        a.attributes == b.attributes && packed(a.fg) == packed(b.fg) && packed(a.bg) == packed(b.bg)
    }

    @inline(__always) private static func packed(_ color: Color) -> UInt32 {
        switch color {
        case .default: return 0
        case .ansi(let n): return 0x0100_0000 | UInt32(n)
        case .indexed(let n): return 0x0200_0000 | UInt32(n)
        case let .rgb(r, g, b): return 0x0300_0000 | UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b)
        }
    }

    private mutating func setPen(_ new: Pen, into out: inout TerminalBytes) {
        if let pen, pen == new { return }
        SelectGraphicRendition.append(from: pen, to: new, into: &out)
        pen = new
    }

    // MARK: - Comparing with what is shown

    /// Whether shown cell `shown` looks like new cell `index` (glyph and pen, or both blanks on one background).
    @inline(__always) private func looksSame(shown: Int, _ cells: UnsafeBufferPointer<Cell>, _ newPens: [Pen], index: Int) -> Bool {
        let kind = kinds[shown]
        if cells[index].isContinuation { return kind == 2 }
        guard kind == 1 else { return false }
        let a = pens[shown], b = newPens[index]
        if a != b {
            guard a.bg == b.bg, a.blankShowsBackgroundOnly, b.blankShowsBackgroundOnly else { return false }
            return glyphs[shown] == " " && cells[index].grapheme == " "
        }
        return glyphs[shown] == cells[index].grapheme
    }

    /// Whether shown row `shownRow` looks like new row `row` in every cell.
    private func rowLooksSame(shownRow: Int, _ cells: UnsafeBufferPointer<Cell>, _ newPens: [Pen], row: Int) -> Bool {
        let width = size.width
        let shownStart = shownRow * width, start = row * width
        for x in 0..<width where !looksSame(shown: shownStart + x, cells, newPens, index: start + x) { return false }
        return true
    }

    // A blank's signature is its background alone, so rows match as `looksSame` does.
    @inline(__always) private static func mix(_ hash: inout UInt64, _ value: UInt64) {
        hash = (hash ^ value) &* 0x100_0000_01b3
    }

    private static func cellSignature(glyph: Character, pen: Pen, kind: UInt8) -> UInt64 {
        if kind == 2 { return 0xC0 }
        if glyph == " ", pen.blankShowsBackgroundOnly { return 0xB1 &+ UInt64(UInt16(bitPattern: pen.bg)) << 8 }
        let scalar = glyph.unicodeScalars.first.map { UInt64($0.value) } ?? 0
        return scalar << 40 ^ UInt64(UInt16(bitPattern: pen.fg)) << 24 ^ UInt64(UInt16(bitPattern: pen.bg)) << 8 ^ UInt64(pen.attributes)
    }

    private mutating func shownRowSignature(_ row: Int) -> UInt64? {
        if let signature = rowSignatures[row] { return signature }
        let start = row * size.width
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<start + size.width {
            guard kinds[i] != 0 else { return nil }
            Self.mix(&hash, Self.cellSignature(glyph: glyphs[i], pen: pens[i], kind: kinds[i]))
        }
        rowSignatures[row] = hash
        return hash
    }

    private func newRowSignature(_ row: Int, _ cells: UnsafeBufferPointer<Cell>, _ newPens: [Pen]) -> UInt64 {
        let start = row * size.width
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<start + size.width {
            Self.mix(&hash, Self.cellSignature(glyph: cells[i].grapheme, pen: newPens[i], kind: cells[i].isContinuation ? 2 : 1))
        }
        return hash
    }

    // MARK: - Clearing and scrolling

    /// Clears the screen in the background most blanks of the frame have (with `bce`), so they need not be sent.
    private mutating func clear(_ cells: UnsafeBufferPointer<Cell>, _ newPens: [Pen], size newSize: Size, into out: inout TerminalBytes) {
        size = newSize
        let count = newSize.width * newSize.height
        var background: Int16 = -1
        if features.backgroundColorErase {
            var counts: [Int16: Int] = [:]
            for i in 0..<count where cells[i].grapheme == " " && newPens[i].blankShowsBackgroundOnly { counts[newPens[i].bg, default: 0] += 1 }
            background = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? -1
        }
        setPen(Pen(fg: pen?.fg ?? -1, bg: background, attributes: 0), into: &out)
        out.append("\u{1B}[H\u{1B}[2J")
        cursorX = 0
        cursorY = 0
        glyphs = Array(repeating: " ", count: count)
        pens = Array(repeating: Pen(fg: -1, bg: features.backgroundColorErase ? background : -1, attributes: 0), count: count)
        kinds = Array(repeating: 1, count: count)
        rowSignatures = Array(repeating: nil, count: newSize.height)
    }

    /// Scrolls the block of whole rows that moved furthest, when that saves redrawing at least two rows; returns the
    /// rows scrolled (whose content changed), or nil.
    private mutating func scrollIfWorthIt(_ cells: UnsafeBufferPointer<Cell>, _ newPens: [Pen], changedRows changed: [Bool],
                                          into out: inout TerminalBytes) -> ClosedRange<Int>? {
        let height = size.height
        guard height >= 3, changed.lazy.filter({ $0 }).count >= 3 else { return nil }
        var shownRows: [UInt64: [Int]] = [:]
        for y in 0..<height {
            if let signature = shownRowSignature(y) { shownRows[signature, default: []].append(y) }
        }
        var votes: [Int: Int] = [:]
        for y in 0..<height where changed[y] {
            for shown in shownRows[newRowSignature(y, cells, newPens)] ?? [] where shown != y { votes[shown - y, default: 0] += 1 }
        }
        guard let (shift, count) = votes.max(by: { $0.value < $1.value || ($0.value == $1.value && abs($0.key) > abs($1.key)) }),
              count >= 2 else { return nil }
        // The longest run of rows that the shift brings into place.
        var best = (start: 0, end: -1)
        var runStart = -1
        let rows = max(0, -shift)..<min(height, height - shift)
        for y in rows {
            if rowLooksSame(shownRow: y + shift, cells, newPens, row: y) {
                if runStart < 0 { runStart = y }
                if y - runStart > best.end - best.start { best = (runStart, y) }
            } else {
                runStart = -1
            }
        }
        guard best.end > best.start else { return nil }
        let top = shift > 0 ? best.start : best.start + shift
        let bottom = shift > 0 ? best.end + shift : best.end
        let revealed = shift > 0 ? (best.end + 1)...bottom : top...(best.start - 1)
        let gained = (best.start...best.end).filter { changed[$0] }.count
        let lost = revealed.filter { !changed[$0] }.count
        guard gained - lost >= 2 else { return nil }
        if shift < 0, !features.scrollDown, !features.reverseIndex { return nil }

        // The revealed rows come up blank: in the current background with bce, so set the one they need most.
        var fill = Pen(fg: -1, bg: -1, attributes: 0)
        if features.backgroundColorErase {
            var counts: [Int16: Int] = [:]
            for y in revealed {
                for i in y * size.width..<(y + 1) * size.width where cells[i].grapheme == " " && newPens[i].blankShowsBackgroundOnly {
                    counts[newPens[i].bg, default: 0] += 1
                }
            }
            fill.bg = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? -1
            setPen(Pen(fg: pen?.fg ?? -1, bg: fill.bg, attributes: 0), into: &out)
        }
        let whole = top == 0 && bottom == height - 1
        if !whole {
            out.append(0x1B)
            out.append(0x5B)
            out.appendNumber(top + 1)
            out.append(0x3B)
            out.appendNumber(bottom + 1)
            out.append(0x72)
        }
        let lines = abs(shift)
        if shift > 0 {
            moveAbsolute(0, bottom, into: &out)
            if features.scrollUp {
                out.appendCSI(lines, 0x53)
            } else {
                for _ in 0..<lines { out.append(0x0A) }
            }
        } else {
            moveAbsolute(0, top, into: &out)
            if features.scrollDown {
                out.appendCSI(lines, 0x54)
            } else {
                for _ in 0..<lines { out.append("\u{1B}M") }
            }
        }
        if !whole {
            out.append(0x1B)
            out.append(0x5B)
            out.append(0x31)
            out.append(0x3B)
            out.appendNumber(height)
            out.append(0x72)
        }
        // Setting the region homes the cursor on some terminals; a line feed may have returned it too.
        cursorX = -1
        cursorY = -1

        let width = size.width
        let moved = shift > 0 ? Array(top...(bottom - lines)) : Array((top + lines...bottom).reversed())
        for y in moved {
            let to = y * width, from = (y + shift) * width
            for x in 0..<width {
                glyphs[to + x] = glyphs[from + x]
                pens[to + x] = pens[from + x]
                kinds[to + x] = kinds[from + x]
            }
            rowSignatures[y] = rowSignatures[y + shift]
        }
        for y in revealed {
            for i in y * width..<(y + 1) * width {
                glyphs[i] = " "
                pens[i] = fill
                kinds[i] = 1
            }
            rowSignatures[y] = nil
        }
        return top...bottom
    }

    // MARK: - Writing cells

    private struct Group {
        var pen: Pen
        var cells: [Int]
    }

    private mutating func writeChanges(_ cells: UnsafeBufferPointer<Cell>, _ newPens: [Pen], changedRows: [Bool],
                                       into out: inout TerminalBytes) {
        let width = size.width
        let count = cells.count
        var pending = [Bool](repeating: false, count: count)
        var groups: [Group] = []
        var groupOfPen: [Pen: Int] = [:]
        for y in 0..<size.height where changedRows[y] {
            for i in y * width..<(y + 1) * width where !cells[i].isContinuation {
                let x = i % width
                let wide = x + 1 < width && cells[i + 1].isContinuation
                if looksSame(shown: i, cells, newPens, index: i), !wide || kinds[i + 1] == 2 { continue }
                pending[i] = true
                let p = newPens[i]
                if let g = groupOfPen[p] {
                    groups[g].cells.append(i)
                } else {
                    groupOfPen[p] = groups.count
                    groups.append(Group(pen: p, cells: [i]))
                }
            }
        }
        guard !groups.isEmpty else { return }
        mergeBlankGroups(&groups, cells, newPens)
        // From the pen already set, each time the pen that is cheapest to change to (the bigger group on a tie).
        var order: [Int] = []
        var remaining = Array(groups.indices)
        var current = pen
        while !remaining.isEmpty {
            var bestAt = 0
            var bestCost = Int.max
            for (at, g) in remaining.enumerated() {
                let cost = SelectGraphicRendition.length(from: current, to: groups[g].pen)
                if cost < bestCost || (cost == bestCost && groups[g].cells.count > groups[remaining[bestAt]].cells.count) {
                    bestAt = at
                    bestCost = cost
                }
            }
            let g = remaining.remove(at: bestAt)
            order.append(g)
            current = groups[g].pen
        }
        var damaged: [Int] = []
        for g in order {
            for i in groups[g].cells where pending[i] {
                let x = i % width, y = i / width
                if x == 0, y == wrapRow, pen == groups[g].pen, cells[i].grapheme != " " {
                    // Written in the last column of the row above: the next character wraps here.
                    cursorX = 0
                    cursorY = y
                } else if !writeThrough(to: x, y, cells, newPens, pending: &pending, into: &out) {
                    move(to: x, y, into: &out)
                }
                wrapRow = -1
                setPen(groups[g].pen, into: &out)
                if eraseIfShorter(from: i, cells, newPens, pending: &pending, into: &out) { continue }
                write(i, cells, pending: &pending, damaged: &damaged, into: &out)
            }
        }
        // A glyph the terminal drew wider than the grid did may have covered a neighbour: draw those again.
        for i in damaged where kinds[i] != 2 && !cells[i].isContinuation && !looksSame(shown: i, cells, newPens, index: i) {
            move(to: i % width, i / width, into: &out)
            setPen(newPens[i], into: &out)
            pending[i] = true
            var ignored: [Int] = []
            write(i, cells, pending: &pending, damaged: &ignored, into: &out)
        }
    }

    /// A group of nothing but blanks needs only its background: its blanks join the biggest group on that background
    /// (whose pen shows blanks as background alone), saving a change of pen.
    private func mergeBlankGroups(_ groups: inout [Group], _ cells: UnsafeBufferPointer<Cell>, _ newPens: [Pen]) {
        var g = 0
        while g < groups.count {
            let group = groups[g]
            let blanksOnly = group.pen.blankShowsBackgroundOnly && group.cells.allSatisfy { cells[$0].grapheme == " " }
            var host: Int?
            if blanksOnly {
                for (h, other) in groups.enumerated() where h != g && other.pen.bg == group.pen.bg && other.pen.blankShowsBackgroundOnly {
                    if host == nil || other.cells.count > groups[host!].cells.count { host = h }
                }
            }
            guard let host else {
                g += 1
                continue
            }
            groups[host].cells = (groups[host].cells + group.cells).sorted()
            groups.remove(at: g)
        }
    }

    /// Writes cell `i` at the cursor in the current pen and records it as shown.
    private mutating func write(_ i: Int, _ cells: UnsafeBufferPointer<Cell>, pending: inout [Bool], damaged: inout [Int],
                                into out: inout TerminalBytes) {
        let width = size.width
        let x = i % width, y = i / width
        pending[i] = false
        let wide = x + 1 < width && cells[i + 1].isContinuation
        // Where writing the last column scrolls the screen, the bottom-right cell stays unknown.
        if features.autoMargin, !features.eatsNewline, y == size.height - 1, x + (wide ? 2 : 1) >= width {
            kinds[i] = 0
            rowSignatures[y] = nil
            return
        }
        let grapheme = cells[i].grapheme
        let advance = appendGlyph(grapheme, gridWidth: wide ? 2 : 1, into: &out)
        // Half of a wide glyph overwritten takes the other half with it.
        if kinds[i] == 2, x > 0 { kinds[i - 1] = 0 }
        if !wide, kinds[i] == 1, x + 1 < width, kinds[i + 1] == 2 { kinds[i + 1] = 0 }
        glyphs[i] = grapheme
        pens[i] = pen ?? .plain
        kinds[i] = 1
        if wide {
            if x + 2 < width, kinds[i + 2] == 2 { kinds[i + 2] = 0 }
            glyphs[i + 1] = " "
            pens[i + 1] = pens[i]
            kinds[i + 1] = 2
        }
        rowSignatures[y] = nil
        let gridWidth = wide ? 2 : 1
        if advance != gridWidth {
            // The terminal and the grid disagree on this glyph's width: place the cursor afresh and check the neighbours.
            cursorX = -1
            cursorY = -1
            for j in (i + gridWidth)..<min((y + 1) * width, i + max(advance, gridWidth) + 1) {
                kinds[j] = 0
                damaged.append(j)
            }
            return
        }
        cursorX = x + advance
        cursorY = y
        // At the last column the cursor waits to wrap (or has wrapped): place it afresh, unless the next character
        // goes to the start of the next row anyway (auto margins that wait, and not the last row, which would scroll).
        if cursorX >= width {
            cursorX = -1
            cursorY = -1
            if features.autoMargin, features.eatsNewline, y + 1 < size.height { wrapRow = y + 1 }
        }
    }

    /// At a blank to write, erases instead of writing spaces when that is shorter: to the end of the row with `ESC[K`
    /// when the rest of the row is blank, else the blanks that follow with `ESC[nX`. Blanks here are
    /// cells that must end up blank in the background erasing leaves. Returns whether cell `i` was erased.
    private mutating func eraseIfShorter(from i: Int, _ cells: UnsafeBufferPointer<Cell>, _ newPens: [Pen], pending: inout [Bool],
                                         into out: inout TerminalBytes) -> Bool {
        guard features.eraseCharacters || features.eraseLine, let pen else { return false }
        let fill = Pen(fg: -1, bg: features.backgroundColorErase ? pen.bg : -1, attributes: 0)
        func blank(_ j: Int) -> Bool {
            cells[j].grapheme == " " && !cells[j].isContinuation && newPens[j].blankShowsBackgroundOnly && newPens[j].bg == fill.bg
        }
        // Never into half of a wide glyph on screen.
        func erasable(_ j: Int, rowEnd: Int) -> Bool {
            kinds[j] != 2 && (j + 1 >= rowEnd || kinds[j + 1] != 2)
        }
        guard blank(i) else { return false }
        let width = size.width
        let rowEnd = i - i % width + width
        // The blanks that follow, and how many of them would be written as spaces.
        var end = i
        var spaces = 0
        while end < rowEnd, blank(end), erasable(end, rowEnd: rowEnd) {
            if pending[end] { spaces += 1 }
            end += 1
        }
        let erased: Int
        if features.eraseLine, end == rowEnd, spaces > 3 {
            out.append("\u{1B}[K")
            erased = rowEnd
        } else if features.eraseCharacters, 3 + TerminalBytes.digits(end - i) + TerminalBytes.csiLength(end - i) < spaces {
            // The cursor stays: count the move past the erased cells.
            out.appendCSI(end - i, 0x58)
            erased = end
        } else {
            return false
        }
        for j in i..<erased {
            glyphs[j] = " "
            pens[j] = fill
            kinds[j] = 1
            if blank(j) { pending[j] = false }
        }
        rowSignatures[i / width] = nil
        return true
    }

    /// Moves right over a short gap by writing it when that is shorter than a cursor motion: cells already right in
    /// the current pen, blanks on its background, and cells a later pen will write anyway (a space for now).
    private mutating func writeThrough(to x: Int, _ y: Int, _ cells: UnsafeBufferPointer<Cell>, _ newPens: [Pen],
                                       pending: inout [Bool], into out: inout TerminalBytes) -> Bool {
        guard cursorY == y, cursorX >= 0, x > cursorX, x - cursorX <= 3, let pen else { return false }
        let motion = features.relativeMoves ? TerminalBytes.csiLength(x - cursorX) : 4 + TerminalBytes.digits(y + 1) + TerminalBytes.digits(x + 1)
        var bytes: [UInt8] = []
        var settles: [Bool] = []
        let start = y * size.width, end = start + size.width
        for column in cursorX..<x {
            let i = start + column
            // Never half of a wide glyph, shown or to come.
            guard !cells[i].isContinuation, i + 1 >= end || !cells[i + 1].isContinuation, kinds[i] != 2,
                  i + 1 >= end || kinds[i + 1] != 2 else { return false }
            let newPen = newPens[i]
            let blankHere = cells[i].grapheme == " " && newPen.blankShowsBackgroundOnly && pen.blankShowsBackgroundOnly && newPen.bg == pen.bg
            if blankHere || pending[i] {
                bytes.append(0x20)
                settles.append(blankHere)
            } else if newPen == pen, let ascii = cells[i].grapheme.asciiValue, ascii >= 0x20, ascii < 0x7F {
                bytes.append(ascii)
                settles.append(true)
            } else {
                return false
            }
        }
        guard bytes.count < motion else { return false }
        for (offset, byte) in bytes.enumerated() {
            let i = start + cursorX + offset
            out.append(byte)
            glyphs[i] = Character(Unicode.Scalar(byte))
            pens[i] = pen
            kinds[i] = 1
            if settles[offset] { pending[i] = false }
        }
        rowSignatures[y] = nil
        cursorX = x
        return true
    }

    // MARK: - Cursor motion

    /// The shortest way from the cursor to column `x`, row `y`: absolute, or relative moves when the cursor is known.
    private mutating func move(to x: Int, _ y: Int, into out: inout TerminalBytes) {
        if cursorX == x, cursorY == y { return }
        let absolute = x == 0 ? (y == 0 ? 3 : 3 + TerminalBytes.digits(y + 1)) : 4 + TerminalBytes.digits(y + 1) + TerminalBytes.digits(x + 1)
        guard cursorX >= 0, cursorY >= 0 else {
            moveAbsolute(x, y, into: &out)
            return
        }
        // The row first (none, up or down, the row's address, or line feeds), then the column from where that leaves it.
        var best = (cost: absolute, vertical: Vertical.none, horizontal: Horizontal.none)
        var verticals: [(Vertical, Int, Int)] = []
        if y == cursorY {
            verticals.append((.none, 0, cursorX))
        } else {
            if features.relativeMoves { verticals.append((.relative, TerminalBytes.csiLength(abs(y - cursorY)), cursorX)) }
            if features.rowAddress { verticals.append((.address, 3 + TerminalBytes.digits(y + 1), cursorX)) }
            // Line feeds never start on the last row, where one would scroll.
            if y > cursorY, y - cursorY <= 4, features.lineFeed != .unknown {
                verticals.append((.lineFeeds, y - cursorY, features.lineFeed == .down ? cursorX : 0))
            }
        }
        for (vertical, cost, column) in verticals where cost < best.cost {
            let (horizontal, moveCost) = horizontalMove(from: column, to: x)
            if cost + moveCost < best.cost { best = (cost + moveCost, vertical, horizontal) }
        }
        guard best.cost < absolute else {
            moveAbsolute(x, y, into: &out)
            return
        }
        var column = cursorX
        switch best.vertical {
        case .relative: out.appendCSI(abs(y - cursorY), y > cursorY ? 0x42 : 0x41)
        case .address: out.appendCSI(y + 1, 0x64)
        case .lineFeeds:
            for _ in cursorY..<y { out.append(0x0A) }
            if features.lineFeed == .downAndReturn { column = 0 }
        case .none: break
        }
        switch best.horizontal {
        case .carriageReturn: out.append(0x0D)
        case .returnAndForward:
            out.append(0x0D)
            out.appendCSI(x, 0x43)
        case .forward: out.appendCSI(x - column, 0x43)
        case .backspace: out.append(0x08)
        case .back: out.appendCSI(column - x, 0x44)
        case .address: out.appendCSI(x + 1, 0x47)
        case .none: break
        }
        cursorX = x
        cursorY = y
    }

    private enum Vertical {
        case none, relative, address, lineFeeds
    }

    private enum Horizontal {
        case none, carriageReturn, returnAndForward, forward, backspace, back, address
    }

    /// The shortest way along a row from `column` to `x`, and its length (`Int.max / 2` when there is none).
    private func horizontalMove(from column: Int, to x: Int) -> (Horizontal, Int) {
        if x == column { return (.none, 0) }
        if x == 0 { return (.carriageReturn, 1) }
        var best = (Horizontal.none, Int.max / 2)
        if features.relativeMoves {
            best = (.returnAndForward, 1 + TerminalBytes.csiLength(x))
            if x > column, TerminalBytes.csiLength(x - column) < best.1 { best = (.forward, TerminalBytes.csiLength(x - column)) }
            if x == column - 1 {
                best = (.backspace, 1)
            } else if x < column, TerminalBytes.csiLength(column - x) < best.1 {
                best = (.back, TerminalBytes.csiLength(column - x))
            }
        }
        if features.columnAddress, 3 + TerminalBytes.digits(x + 1) < best.1 { best = (.address, 3 + TerminalBytes.digits(x + 1)) }
        return best
    }

    private mutating func moveAbsolute(_ x: Int, _ y: Int, into out: inout TerminalBytes) {
        wrapRow = -1
        out.append(0x1B)
        out.append(0x5B)
        if x != 0 || y != 0 {
            out.appendNumber(y + 1)
            if x != 0 {
                out.append(0x3B)
                out.appendNumber(x + 1)
            }
        }
        out.append(0x48)
        cursorX = x
        cursorY = y
    }

    // MARK: - Glyphs

    /// Appends a glyph as the terminal should get it: its base (U+FFFD if unprintable) and up to four combining marks;
    /// a two-column glyph the terminal counts as one gets a second character so each row stays as wide as the grid.
    /// Returns the columns the terminal advances.
    private func appendGlyph(_ grapheme: Character, gridWidth: Int, into out: inout TerminalBytes) -> Int {
        if let ascii = grapheme.asciiValue, ascii >= 0x20, ascii < 0x7F {
            out.append(ascii)
            return 1
        }
        let scalars = grapheme.unicodeScalars
        var base = scalars.first ?? " "
        var width = Int(scalarWidth(base.value))
        if width < 1 {
            base = "\u{FFFD}"
            width = 1
        }
        Self.appendScalar(base, into: &out)
        var count = 1
        var second: Unicode.Scalar = " "
        for scalar in scalars.dropFirst() {
            let w = scalarWidth(scalar.value)
            if w > 0 {
                if second == " ", w == 1 { second = scalar }
                break
            }
            // A VS16 on a one-column base would make some terminals draw two columns where the writer counts one.
            if w < 0 || scalar.value == 0xFE0F || scalar.value == 0x200D || count >= 5 { continue }
            Self.appendScalar(scalar, into: &out)
            count += 1
        }
        if gridWidth == 2 && width == 1 {
            Self.appendScalar(second, into: &out)
            return 2
        }
        return width
    }

    private static func appendScalar(_ scalar: Unicode.Scalar, into out: inout TerminalBytes) {
        for unit in String(scalar).utf8 { out.append(unit) }
    }
}
