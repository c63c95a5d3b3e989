import Foundation
import GuildCore
import TerminalGrid

/// The dialog layer's reducer: forms, the palette, record pickers, quick add and questions, on the dialog alone (nil
/// when none is open), with the data, clock, keymap and ids of the environment it is given.
///
/// A form or quick add that saves hands its change over (`.commit`) and waits: it closes when the store confirms the
/// change (`.saveConfirmed`) and keeps what the user typed when it is refused (`.saveRefused`).
extension Dialog {
    /// Applies `action` to the open dialog; what the dashboard must do comes back as effects.
    static func reduce(_ dialog: inout Dialog?, _ action: DialogAction, in environment: inout DialogEnvironment) -> [DialogEffect] {
        switch action {
        case .keyPressed(let key):
            guard let open = dialog else { return [] }
            let command = environment.keymap.command(for: key, in: open.keyContext).flatMap(Command.init(rawValue:))
            switch open {
            case .form(let form): return pressInForm(&dialog, form, key, command, &environment)
            case .palette(let palette): return pressInPalette(&dialog, palette, key, command, environment)
            case .picker(let picker): return pressInPicker(&dialog, picker, key, command, environment)
            case .quickAdd(let bar): return pressInQuickAdd(&dialog, bar, key, command, &environment)
            case .confirm(let question):
                switch command {
                case .confirmYes?:
                    dialog = nil
                    return [.commit(question.change)]
                case .confirmNo?:
                    dialog = nil
                    return [.notice("Kept it", isError: false)]
                default:
                    return []
                }
            }
        case .textEdited(let text):
            guard case .form(var form)? = dialog, let index = form.editingField, form.fields.indices.contains(index) else { return [] }
            form.fields[index].setValue(text)
            form.editingField = nil
            dialog = .form(form)
        case .textEditFailed:
            guard case .form(var form)? = dialog else { return [] }
            form.editingField = nil
            dialog = .form(form)
        case .saveConfirmed:
            switch dialog {
            case .form(let form)? where form.isSaving: dialog = nil
            case .quickAdd(let bar)? where bar.isSaving: dialog = nil
            default: break
            }
        case .saveRefused(let refusal):
            return saveRefused(&dialog, refusal, environment)
        }
        return []
    }

    // MARK: - Forms

    private static func pressInForm(
        _ dialog: inout Dialog?, _ original: Form, _ key: Key, _ command: Command?, _ environment: inout DialogEnvironment
    ) -> [DialogEffect] {
        var form = original
        guard !form.isSaving else { return [] }
        let keymap = environment.keymap
        switch command {
        case .formSubmit?:
            completeFocused(&form, environment)
            return submit(&dialog, form, &environment)
        case .formCancel?:
            dialog = nil
            return [.notice("Closed without saving", isError: false)]
        case .formNext?, .formPrevious?:
            completeFocused(&form, environment)
            let step = command == .formNext ? 1 : -1
            form.focus = (form.focus + step + form.fields.count) % max(1, form.fields.count)
        case .formTakeTheirs?:
            guard !form.conflicts.isEmpty else { return [] }
            form.takeTheirs()
            form.error = form.conflicts.isEmpty
                ? FieldError(field: "", "Took what is on disk for the fields both changed: \(keymap.keyName(.formSubmit)) saves your other changes, \(keymap.keyName(.formCancel)) closes")
                : FieldError(field: "", "Changed on disk meanwhile (⚠ \(form.conflicts.map(\.label).joined(separator: ", "))): \(keymap.keyName(.formSubmit)) keeps yours, \(keymap.keyName(.formTakeTheirs)) takes theirs")
        case .formEditor?:
            guard let field = form.focused, !field.isChoice else { return [] }
            form.editingField = form.focus
            dialog = .form(form)
            return [.editText(EditTextRequest(text: field.editorText, fileName: "guild-\(field.id).md"))]
        case .formOptionNext?, .formOptionPrevious?:
            form.updateFocused { $0.cycle(by: command == .formOptionNext ? 1 : -1) }
        case .pickerNext?, .pickerPrevious?:
            guard let field = form.focused else { return [] }
            let count = Completion.suggestions(for: field, data: environment.data).count
            form.updateFocused { $0.suggestion = min(max(0, $0.suggestion + (command == .pickerNext ? 1 : -1)), max(0, count - 1)) }
        default:
            guard let field = form.focused else { return [] }
            if field.lines != nil, !field.isChoice {
                return [.notice("\(field.label) has several lines: \(keymap.keyName(.formEditor)) edits it in $EDITOR", isError: false)]
            }
            var edited = field
            guard edited.handle(key) else { return [] }
            form.fields[form.focus] = edited
            if form.error?.field == field.id { form.error = nil }
        }
        dialog = .form(form)
        return []
    }

    /// Completes the name being typed in the focused person or skills field.
    private static func completeFocused(_ form: inout Form, _ environment: DialogEnvironment) {
        guard let field = form.focused, field.isPicker else { return }
        form.fields[form.focus] = Completion.completed(field, data: environment.data)
    }

    /// Builds the record; on a bad field the form stays with the error under it, else the record goes to the store.
    private static func submit(_ dialog: inout Dialog?, _ original: Form, _ environment: inout DialogEnvironment) -> [DialogEffect] {
        var form = original
        do {
            let value = try form.build(data: environment.data, now: environment.now, calendar: environment.calendar, ids: environment.ids,
                                       keymap: environment.keymap)
            _ = environment.ids.next()
            // The base is the record the form was opened from (or moved onto after a conflict), not the version now.
            let base = form.kind.base
            if let base, base.touched(at: value.record.updatedAt) == value {
                dialog = nil
                return [.notice("No changes to save", isError: false)]
            }
            form.isSaving = true
            form.error = nil
            dialog = .form(form)
            return [.commit(RecordChange(before: base, after: value))]
        } catch {
            form.error = error
            if let index = form.index(of: error.field) { form.focus = index }
            dialog = .form(form)
            return []
        }
    }

    /// The store refused the change a form or quick add was waiting for: it stays open with what the user typed. A
    /// form whose record changed on disk meanwhile moves onto that version, keeping what the user typed and showing
    /// both values of each field changed on both sides.
    private static func saveRefused(_ dialog: inout Dialog?, _ refusal: SaveRefusal, _ environment: DialogEnvironment) -> [DialogEffect] {
        let keymap = environment.keymap
        switch dialog {
        case .form(var form)? where form.isSaving:
            form.isSaving = false
            if let conflict = refusal.failure.conflict, let theirs = conflict.theirs, let kind = form.kind.rebased(onto: theirs) {
                form.rebase(onto: kind, data: environment.data, now: environment.now, calendar: environment.calendar)
                let fields = form.conflicts.map(\.label).joined(separator: ", ")
                let message = form.conflicts.isEmpty
                    ? "Changed on disk meanwhile (\(conflict.fields.map(\.name).joined(separator: ", "))); the form now shows that version with your changes: \(keymap.keyName(.formSubmit)) saves them"
                    : "Changed on disk meanwhile (⚠ \(fields)): \(keymap.keyName(.formSubmit)) keeps yours, \(keymap.keyName(.formTakeTheirs)) takes theirs"
                form.error = FieldError(field: "", message)
                dialog = .form(form)
                let next = form.conflicts.isEmpty ? "\(keymap.keyName(.formSubmit)) saves again" : "both values are shown"
                return [.notice("\(refusal.verb): \(refusal.what) changed on disk meanwhile — " + next, isError: true)]
            }
            form.error = FieldError(field: "", refusal.reason)
            dialog = .form(form)
        case .quickAdd(var bar)? where bar.isSaving:
            bar.isSaving = false
            bar.error = refusal.reason
            dialog = .quickAdd(bar)
        default:
            break
        }
        return []
    }

    // MARK: - The palette and record pickers

    private static func pressInPalette(
        _ dialog: inout Dialog?, _ original: Palette, _ key: Key, _ command: Command?, _ environment: DialogEnvironment
    ) -> [DialogEffect] {
        var palette = original
        let matches = palette.matches(keymap: environment.keymap, themes: environment.themes)
        switch command {
        case .paletteClose?:
            dialog = nil
            return []
        case .paletteNext?, .palettePrevious?:
            palette.selected = min(max(0, palette.selected + (command == .paletteNext ? 1 : -1)), max(0, matches.count - 1))
        case .paletteRun?:
            guard matches.indices.contains(palette.selected) else { return [] }
            dialog = nil
            return run(&dialog, matches[palette.selected], environment)
        default:
            guard palette.field.handle(key) else { return [] }
            palette.selected = 0
        }
        dialog = .palette(palette)
        return []
    }

    /// Runs a palette entry (the palette already closed): a binding or a theme goes to the dashboard, a record entry
    /// opens its form or picker.
    private static func run(_ dialog: inout Dialog?, _ entry: PaletteEntry, _ environment: DialogEnvironment) -> [DialogEffect] {
        switch entry.run {
        case .binding(let id):
            guard entry.isAvailable else {
                return [.notice("“\(entry.title)” works \(entry.place)" + (entry.keys.isEmpty ? "" : " (\(entry.keys))"), isError: false)]
            }
            return [.runBinding(id)]
        case .theme(let name):
            guard environment.themes.contains(name) else { return [] }
            return [.selectTheme(name)]
        case .new(let kind):
            dialog = blank(kind, in: environment)
        case .edit(let kind):
            dialog = .picker(RecordPicker(kind: kind, purpose: .edit))
        case .delete(let kind):
            dialog = .picker(RecordPicker(kind: kind, purpose: .delete))
        }
        return []
    }

    private static func pressInPicker(
        _ dialog: inout Dialog?, _ original: RecordPicker, _ key: Key, _ command: Command?, _ environment: DialogEnvironment
    ) -> [DialogEffect] {
        var picker = original
        let rows = picker.matches(data: environment.data, calendar: environment.calendar)
        switch command {
        case .paletteClose?:
            dialog = nil
            return []
        case .paletteNext?, .palettePrevious?:
            picker.selected = min(max(0, picker.selected + (command == .paletteNext ? 1 : -1)), max(0, rows.count - 1))
        case .paletteRun?:
            guard rows.indices.contains(picker.selected) else { return [] }
            let id = rows[picker.selected].id
            dialog = picker.purpose == .edit
                ? editing(kind: picker.kind, id: id, in: environment)
                : deleting(kind: picker.kind, id: id, in: environment)
            return []
        default:
            guard picker.field.handle(key) else { return [] }
            picker.selected = 0
        }
        dialog = .picker(picker)
        return []
    }

    // MARK: - Quick add

    private static func pressInQuickAdd(
        _ dialog: inout Dialog?, _ original: QuickAddBar, _ key: Key, _ command: Command?, _ environment: inout DialogEnvironment
    ) -> [DialogEffect] {
        var bar = original
        guard !bar.isSaving else { return [] }
        let (data, now, calendar) = (environment.data, environment.now, environment.calendar)
        switch command {
        case .quickAddCancel?:
            dialog = nil
            return []
        case .quickAddSave?:
            let id = environment.ids.next()
            do {
                let item = try bar.item(data: data, now: now, calendar: calendar, id: id)
                bar.isSaving = true
                bar.error = nil
                dialog = .quickAdd(bar)
                return [.commit(RecordChange(before: nil, after: RecordValue(item)))]
            } catch {
                bar.error = error.message
            }
        case .quickAddExpand?:
            var form = FormKind(new: .action, link: bar.sessionID).makeForm(data: data, now: now, calendar: calendar)
            switch bar.parse(now: now, calendar: calendar) {
            case .success(let parsed):
                form.set("title", parsed.title)
                form.set("owner", parsed.ownerHandle.map { "@" + $0 } ?? "")
                form.set("due", parsed.due?.description ?? "")
                form.set("tag", parsed.tag.map { "#" + $0 } ?? "")
            case .failure:
                form.set("title", bar.field.text)
            }
            dialog = .form(form)
            return []
        default:
            guard bar.field.handle(key) else { return [] }
            bar.error = nil
        }
        dialog = .quickAdd(bar)
        return []
    }
}
