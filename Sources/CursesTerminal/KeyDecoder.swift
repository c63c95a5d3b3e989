import CNcurses
import TerminalGrid

/// Maps what `wget_wch` returns (a character or a KEY_* code) to `Key`; the parts that need no further reading.
enum KeyDecoder {
    /// Private key codes registered with define_key for the bracketed-paste markers.
    static let pasteStart: Int32 = 0x7000
    static let pasteEnd: Int32 = 0x7001

    /// The key for a character code, or nil for ESC (which needs a look ahead for Alt).
    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x1B: return nil
        case 0x7F, 0x08: return .backspace
        case 0x00: return .ctrl(" ")
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(UInt8(0x60 + value))))
        case 0x1C: return .ctrl("\\")
        case 0x1D: return .ctrl("]")
        case 0x1E: return .ctrl("^")
        case 0x1F: return .ctrl("_")
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// The key for a KEY_* function-key code, or nil when Guild has no use for it.
    static func key(forCode code: Int32) -> Key? {
        switch code {
        case KEY_UP, KEY_SR: return .up
        case KEY_DOWN, KEY_SF: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        case KEY_PPAGE, KEY_SPREVIOUS: return .pageUp
        case KEY_NPAGE, KEY_SNEXT: return .pageDown
        case KEY_HOME, KEY_SHOME, KEY_A1: return .home
        case KEY_END, KEY_SEND, KEY_LL, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC, KEY_SDC: return .delete
        case KEY_IC, KEY_SIC: return .insert
        case KEY_BTAB: return .backTab
        default:
            let f0 = guild_key_f0()
            if code > f0 && code <= f0 + 63 { return .function(Int(code - f0)) }
            return nil
        }
    }

    /// The mouse event in a curses mouse report, or nil for reports Guild ignores (motion, clicks already sent as press/release).
    static func mouse(_ event: MEVENT) -> MouseEvent? {
        let state = event.bstate
        let x = Int(event.x), y = Int(event.y)
        if state & GUILD_BUTTON4_PRESSED != 0 { return MouseEvent(kind: .wheelUp, x: x, y: y, button: 0) }
        if state & GUILD_BUTTON5_PRESSED != 0 { return MouseEvent(kind: .wheelDown, x: x, y: y, button: 0) }
        let buttons: [(mmask_t, mmask_t, Int)] = [
            (GUILD_BUTTON1_PRESSED | GUILD_BUTTON1_CLICKED, GUILD_BUTTON1_RELEASED, 1),
            (GUILD_BUTTON2_PRESSED, GUILD_BUTTON2_RELEASED, 2),
            (GUILD_BUTTON3_PRESSED, GUILD_BUTTON3_RELEASED, 3),
        ]
        for (pressed, released, button) in buttons {
            if state & pressed != 0 { return MouseEvent(kind: .press, x: x, y: y, button: button) }
            if state & released != 0 { return MouseEvent(kind: .release, x: x, y: y, button: button) }
        }
        return nil
    }
}
