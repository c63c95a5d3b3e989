@testable import TerminalGrid

/// A small ANSI terminal for tests: it interprets what `ScreenWriter` sends (cursor motion, graphic rendition, erase,
/// scroll regions, scrolling, UTF-8 with wide and combining characters, the pending wrap at the last column) the way
/// xterm does, so a test can check that the bytes really show the frame. The writer and `Pen` live in TerminalGrid
/// (`Sources/TerminalGrid/Output/`), pure, so these tests run them without a terminal.
struct VirtualTerminal {
    struct Cell: Equatable {
        var text = " "
        var pen = Pen.plain
        var isContinuation = false
    }

    let width: Int
    let height: Int
    /// Whether erasing and scrolling fill with the current background (`bce`).
    let backgroundColorErase: Bool
    /// Whether the tty turns a line feed into a carriage return and a line feed (ONLCR).
    let lineFeedReturns: Bool
    private(set) var cells: [Cell]
    private(set) var x = 0
    private(set) var y = 0
    private var pendingWrap = false
    private(set) var pen = Pen.plain
    private var top = 0
    private var bottom: Int
    private var utf8: [UInt8] = []
    private var escape: [UInt8]?
    /// Sequences it did not understand (a test fails on any).
    private(set) var unknown: [String] = []

    init(width: Int, height: Int, backgroundColorErase: Bool, lineFeedReturns: Bool = false) {
        self.width = width
        self.height = height
        self.backgroundColorErase = backgroundColorErase
        self.lineFeedReturns = lineFeedReturns
        self.cells = Array(repeating: Cell(), count: width * height)
        self.bottom = height - 1
    }

    subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    mutating func feed(_ bytes: [UInt8]) {
        for byte in bytes { feed(byte) }
    }

    private var blank: Cell {
        Cell(text: " ", pen: Pen(fg: -1, bg: backgroundColorErase ? pen.bg : -1, attributes: 0))
    }

    private mutating func feed(_ byte: UInt8) {
        if var sequence = escape {
            sequence.append(byte)
            escape = sequence
            if sequence.count == 1 {
                switch byte {
                case 0x5B, 0x28: return // CSI, or a G0 charset designation
                case 0x4D:
                    escape = nil
                    reverseIndex()
                default:
                    escape = nil
                    unknown.append("ESC \(byte)")
                }
                return
            }
            if sequence[0] == 0x28 {
                escape = nil
                return
            }
            if byte >= 0x40 && byte <= 0x7E {
                escape = nil
                control(String(decoding: sequence.dropFirst().dropLast(), as: UTF8.self), final: byte)
            }
            return
        }
        switch byte {
        case 0x1B: escape = []
        case 0x0D:
            x = 0
            pendingWrap = false
        case 0x0A:
            if lineFeedReturns {
                x = 0
                pendingWrap = false
            }
            lineFeed()
        case 0x08:
            if x > 0, !pendingWrap { x -= 1 }
            pendingWrap = false
        case 0x0F, 0x0E: break
        case ..<0x20: unknown.append("control \(byte)")
        default:
            utf8.append(byte)
            let expected = utf8[0] < 0x80 ? 1 : utf8[0] < 0xE0 ? 2 : utf8[0] < 0xF0 ? 3 : 4
            guard utf8.count == expected else { return }
            let scalar = String(decoding: utf8, as: UTF8.self).unicodeScalars.first!
            utf8 = []
            print(scalar)
        }
    }

    private mutating func print(_ scalar: Unicode.Scalar) {
        let columns = DisplayWidth.of(scalar)
        if columns == 0 {
            // A combining mark joins the character before the cursor.
            let column = pendingWrap ? x : x - 1
            if column >= 0 { cells[y * width + column].text.unicodeScalars.append(scalar) }
            return
        }
        if pendingWrap {
            x = 0
            pendingWrap = false
            lineFeed()
        }
        if columns == 2, x == width - 1 {
            unknown.append("wide glyph at the last column")
            return
        }
        put(Cell(text: String(scalar), pen: pen), at: x)
        if columns == 2 { put(Cell(text: " ", pen: pen, isContinuation: true), at: x + 1) }
        x += columns
        if x >= width {
            x = width - 1
            pendingWrap = true
        }
    }

    // Writing over half of a wide glyph blanks its other half, as xterm does.
    private mutating func put(_ cell: Cell, at column: Int) {
        let i = y * width + column
        if cells[i].isContinuation, column > 0 { cells[i - 1] = Cell(text: " ", pen: cells[i - 1].pen) }
        if !cells[i].isContinuation, column + 1 < width, cells[i + 1].isContinuation, !cell.isContinuation {
            cells[i + 1] = Cell(text: " ", pen: cells[i + 1].pen)
        }
        cells[i] = cell
    }

    private mutating func control(_ parameters: String, final: UInt8) {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        func n(_ index: Int, _ fallback: Int) -> Int {
            guard index < numbers.count, let value = numbers[index], value > 0 else { return fallback }
            return value
        }
        switch final {
        case 0x48: // CUP
            y = min(height - 1, n(0, 1) - 1)
            x = min(width - 1, n(1, 1) - 1)
        case 0x41: y = max(0, y - n(0, 1))
        case 0x42: y = min(height - 1, y + n(0, 1))
        case 0x43: x = min(width - 1, x + n(0, 1))
        case 0x44: x = max(0, x - n(0, 1))
        case 0x47: x = min(width - 1, n(0, 1) - 1)
        case 0x64: y = min(height - 1, n(0, 1) - 1)
        case 0x4A where parameters == "2":
            for i in cells.indices { cells[i] = blank }
        case 0x4B where parameters.isEmpty:
            for column in x..<width { cells[y * width + column] = blank }
        case 0x58:
            for column in x..<min(width, x + n(0, 1)) { cells[y * width + column] = blank }
        case 0x72:
            top = n(0, 1) - 1
            bottom = n(1, height) - 1
            x = 0
            y = 0
        case 0x53: scrollUp(n(0, 1))
        case 0x54: scrollDown(n(0, 1))
        case 0x6D: rendition(numbers.map { $0 ?? 0 })
        default:
            unknown.append("CSI \(parameters) \(Character(Unicode.Scalar(final)))")
        }
        pendingWrap = false
    }

    private mutating func rendition(_ values: [Int]) {
        var i = 0
        while i < values.count {
            let value = values[i]
            switch value {
            case 0: pen = .plain
            case 1: pen.attributes |= Pen.bold
            case 2: pen.attributes |= Pen.dim
            case 3: pen.attributes |= Pen.italic
            case 4: pen.attributes |= Pen.underline
            case 7: pen.attributes |= Pen.reverse
            case 22: pen.attributes &= ~(Pen.bold | Pen.dim)
            case 23: pen.attributes &= ~Pen.italic
            case 24: pen.attributes &= ~Pen.underline
            case 27: pen.attributes &= ~Pen.reverse
            case 30...37: pen.fg = Int16(value - 30)
            case 39: pen.fg = -1
            case 40...47: pen.bg = Int16(value - 40)
            case 49: pen.bg = -1
            case 90...97: pen.fg = Int16(value - 90 + 8)
            case 100...107: pen.bg = Int16(value - 100 + 8)
            case 38, 48:
                guard i + 2 < values.count, values[i + 1] == 5 else {
                    unknown.append("SGR \(values)")
                    return
                }
                if value == 38 { pen.fg = Int16(values[i + 2]) } else { pen.bg = Int16(values[i + 2]) }
                i += 2
            default:
                unknown.append("SGR \(value)")
            }
            i += 1
        }
    }

    private mutating func lineFeed() {
        if y == bottom {
            scrollUp(1)
        } else if y < height - 1 {
            y += 1
        }
    }

    private mutating func reverseIndex() {
        if y == top {
            scrollDown(1)
        } else if y > 0 {
            y -= 1
        }
        pendingWrap = false
    }

    private mutating func scrollUp(_ lines: Int) {
        let fill = blank
        for row in top...bottom {
            for column in 0..<width {
                cells[row * width + column] = row + lines <= bottom ? cells[(row + lines) * width + column] : fill
            }
        }
    }

    private mutating func scrollDown(_ lines: Int) {
        let fill = blank
        for row in stride(from: bottom, through: top, by: -1) {
            for column in 0..<width {
                cells[row * width + column] = row - lines >= top ? cells[(row - lines) * width + column] : fill
            }
        }
    }
}
