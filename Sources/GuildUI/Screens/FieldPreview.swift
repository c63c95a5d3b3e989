import Foundation
import GuildCore

/// What a focused form field understood so far, shown under it: the resolved date, the people named, the agenda's length.
enum FieldPreview {
    /// One line of preview text and its role; nil when there is nothing to add.
    static func line(for field: FormField, in form: Form, context: ScreenContext) -> (text: String, role: ThemeRole)? {
        let text = field.value.trimmingCharacters(in: .whitespaces)
        switch field.kind {
        case .date(let time):
            guard !text.isEmpty else { return ("try 2026-12-04 14:00, fri 14:00, tomorrow, +3d or next week", .muted) }
            return date(text, time: time, form: form, context: context)
        case .person, .people, .skills:
            guard !text.isEmpty else { return ("type a name or @handle; \(context.keyName(.pickerNext)) picks, \(context.keyName(.formNext)) completes", .muted) }
            let names = Completion.names(field, data: context.data)
            return ("→ " + names, names.contains("?") ? .warning : .accent)
        case .agenda:
            guard !text.isEmpty else { return ("Title=minutes; round:Successes=10; Talk=30 @zoe — \(context.keyName(.formEditor)) edits one a line", .muted) }
            do {
                let items = try AgendaText.parse(text, existing: [], data: context.data, newID: { IDSource(seed: 0).peek(slot: UInt64($0)) })
                let total = items.reduce(0) { $0 + $1.minutes }
                let slot = form.field("minutes").flatMap { Int($0.value) }
                var summary = "→ \(items.count) item\(items.count == 1 ? "" : "s"), \(total) min"
                if let slot { summary += " of \(slot)" }
                if let slot, total > slot { return (summary + " — runs \(total - slot) min over", .warning) }
                return (summary, .accent)
            } catch {
                return ("⚠ " + error.message, .warning)
            }
        case .multiline:
            if let lines = field.lines {
                return ("\(lines.split(separator: "\n", omittingEmptySubsequences: false).count) lines — \(context.keyName(.formEditor)) edits them in $EDITOR", .muted)
            }
            return ("\(context.keyName(.formEditor)) opens $EDITOR for several lines", .muted)
        case .choice, .toggle:
            return (optionKeys(context.keymap) + " change it", .muted)
        case .text, .number:
            return nil
        }
    }

    /// The keys that change a choice, as the keymap binds them ("←/→ or Space").
    private static func optionKeys(_ keymap: Keymap) -> String {
        let previous = keymap.binding(Command.formOptionPrevious.rawValue)?.keys.map(\.displayName) ?? []
        let next = keymap.binding(Command.formOptionNext.rawValue)?.keys.map(\.displayName) ?? []
        let pair = [previous.first, next.first].compactMap { $0 }.joined(separator: "/")
        let others = Array(previous.dropFirst()) + Array(next.dropFirst())
        return others.isEmpty ? pair : pair + " or " + others.joined(separator: ", ")
    }

    private static func date(_ text: String, time: Bool, form: Form, context: ScreenContext) -> (text: String, role: ThemeRole) {
        let parsed: DateInput
        do {
            parsed = try DateInput.parse(text, now: context.now, calendar: context.calendar)
        } catch {
            return ("⚠ \(error)", .warning)
        }
        let relative = relativeDays(parsed.day, today: context.today)
        if time {
            var date = parsed.date
            if form.kind.recordKind == .session {
                let base = form.kind.base?.record as? Session
                guard let resolved = try? SessionForm.start(parsed, base: base, calendar: context.calendar) else {
                    return ("→ \(DateText.longDay(parsed.date, calendar: context.calendar)) — add a time of day, e.g. 14:00", .warning)
                }
                date = resolved
            }
            let shown = "→ \(DateText.full(date, calendar: context.calendar)) (\(relative))"
            return date < context.now ? (shown + " ⚠ in the past", .warning) : (shown, .accent)
        }
        let shown = "→ \(DateText.shortDay(parsed.day)) \(parsed.day.year) (\(relative))"
        return parsed.day < context.today ? (shown + " ⚠ in the past", .warning) : (shown, .accent)
    }

    /// "today", "tomorrow", "in 5 days", "3 days ago".
    static func relativeDays(_ day: Day, today: Day) -> String {
        let distance = today.days(until: day)
        switch distance {
        case 0: return "today"
        case 1: return "tomorrow"
        case -1: return "yesterday"
        case 2...: return "in \(distance) days"
        default: return "\(-distance) days ago"
        }
    }
}
