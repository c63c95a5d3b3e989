import Foundation
import GuildCore
import TerminalGrid

extension AppState {
    /// Runs an editing command from the home screen or an overlay (forms, the palette and questions have their own keys).
    mutating func runEditing(_ command: Command) -> [Effect] {
        switch command {
        case .appPalette:
            dialog = .palette(Palette(origin: keyContext, screen: keyScreen))
        case .actionQuickAdd:
            var sessionID: UUID?
            if case .detail(.session(let id, _), _)? = overlay { sessionID = id }
            dialog = .quickAdd(QuickAddBar(sessionID: sessionID))
        case .editUndo: return undo()
        case .editRedo: return redo()
        case .itemNew:
            // The kind the focused pane lists.
            if let editor = RecordEditor.all.first(where: { $0.homePane == home.focus }) { create(editor.kind) }
        case .itemEdit:
            if let target = home.selectedTarget() { edit(target) }
        case .itemDelete:
            if let target = home.selectedTarget() { askToDelete(target) }
        case .detailEdit:
            if case .detail(let target, _)? = overlay { edit(target) }
        case .detailDelete:
            if case .detail(let target, _)? = overlay { askToDelete(target) }
        case .detailNoteEdit, .detailNoteDelete:
            pickNote(command == .detailNoteEdit ? .edit : .delete)
        case .matrixLevel0: return setLevel(.none)
        case .matrixLevel1: return setLevel(.learning)
        case .matrixLevel2: return setLevel(.working)
        case .matrixLevel3: return setLevel(.proficient)
        case .matrixLevel4: return setLevel(.expert)
        case .matrixInterest: return cycleInterest()
        case .matrixClear: askToClearRating()
        case .actionToggleDone: return toggleDone()
        case .actionDrop: return drop()
        case .actionReassign:
            if let item = home.selectedAction {
                let kind = FormKind(editing: RecordValue(item))
                dialog = .form(Form(kind: kind, title: "Reassign “\(item.title)”", fields: ActionForm.reassignFields(item, data: data).map(FormField.init)))
            }
        default:
            break
        }
        return []
    }

    /// Opens the form for a new or existing record.
    mutating func openForm(_ kind: FormKind) {
        dialog = .form(kind.makeForm(data: data, now: now, calendar: calendar))
    }

    /// From a session's detail view: a picker over the notes it shows (the session's, or its held meetings'), to edit
    /// or delete one; the change is saved against the note as read, and `u` takes it back.
    mutating func pickNote(_ purpose: RecordPicker.Purpose) {
        guard case .detail(.session(let id, _), _)? = overlay else {
            notify("Notes are fixed from a session's detail view (Enter on a session)")
            return
        }
        let sessions = Set(notesNeeded(forSession: id))
        guard data.notes.values.contains(where: { sessions.contains($0.sessionID) }) else {
            notify("This session has no notes yet")
            return
        }
        dialog = .picker(RecordPicker(kind: .note, purpose: purpose, sessions: sessions))
    }

    /// Opens the form for what a detail target or the selection names.
    mutating func edit(_ target: DetailTarget) {
        edit(kind: target.recordKind, id: target.recordID)
    }

    /// Opens the form for the record of `kind` with `id` (nothing for a kind not edited in forms).
    mutating func edit(kind: RecordKind, id: UUID) {
        guard RecordEditor.of(kind) != nil, let record = data.record(kind: kind, id: id) else { return }
        openForm(FormKind(editing: RecordValue(record)))
    }

    /// A blank form for a new record of `kind` (nothing for a kind not edited in forms, or not made in a blank form).
    mutating func create(_ kind: RecordKind) {
        guard RecordEditor.of(kind)?.createsBlank == true else { return }
        openForm(FormKind(new: kind))
    }

    /// Asks before deleting what a detail target names.
    mutating func askToDelete(_ target: DetailTarget) {
        askToDelete(kind: target.recordKind, id: target.recordID)
    }

    /// Asks before deleting the record of `kind` with `id`.
    mutating func askToDelete(kind: RecordKind, id: UUID) {
        guard let record = data.record(kind: kind, id: id) else { return }
        let value = RecordValue(record)
        let undoes = "\(keyName(.editUndo)) undoes."
        let detail = RecordEditor.of(kind).map { $0.deleteDetail.isEmpty ? undoes : $0.deleteDetail + " " + undoes } ?? undoes
        dialog = .confirm(ConfirmDialog(question: "Delete \(value.label(in: data))?", detail: detail,
                                        change: RecordChange(before: value, after: nil)))
    }

    // MARK: - Keys while a dialog is open

    /// A key while a dialog is open: its bindings first, then the dialog's text field.
    mutating func pressInDialog(_ key: Key) -> [Effect] {
        let command = keymap.command(for: key, in: keyContext).flatMap(Command.init(rawValue:))
        switch dialog {
        case .form(let form)?: return pressInForm(form, key, command)
        case .palette(let palette)?: return pressInPalette(palette, key, command)
        case .picker(let picker)?: return pressInPicker(picker, key, command)
        case .quickAdd(let bar)?: return pressInQuickAdd(bar, key, command)
        case .confirm(let question)?:
            switch command {
            case .confirmYes?:
                dialog = nil
                return commit(question.change)
            case .confirmNo?:
                dialog = nil
                notify("Kept it")
            default:
                break
            }
        case nil:
            break
        }
        return []
    }

    private mutating func pressInForm(_ original: Form, _ key: Key, _ command: Command?) -> [Effect] {
        var form = original
        guard !form.isSaving else { return [] }
        switch command {
        case .formSubmit?:
            completeFocused(&form)
            return submit(form)
        case .formCancel?:
            dialog = nil
            notify("Closed without saving")
            return []
        case .formNext?, .formPrevious?:
            completeFocused(&form)
            let step = command == .formNext ? 1 : -1
            form.focus = (form.focus + step + form.fields.count) % max(1, form.fields.count)
        case .formTakeTheirs?:
            guard !form.conflicts.isEmpty else { return [] }
            form.takeTheirs()
            form.error = form.conflicts.isEmpty
                ? FieldError(field: "", "Took what is on disk for the fields both changed: \(keyName(.formSubmit)) saves your other changes, \(keyName(.formCancel)) closes")
                : FieldError(field: "", "Changed on disk meanwhile (⚠ \(form.conflicts.map(\.label).joined(separator: ", "))): \(keyName(.formSubmit)) keeps yours, \(keyName(.formTakeTheirs)) takes theirs")
        case .formEditor?:
            guard let field = form.focused, !field.isChoice else { return [] }
            form.editingField = form.focus
            dialog = .form(form)
            return [.editText(EditTextRequest(text: field.editorText, fileName: "guild-\(field.id).md"))]
        case .formOptionNext?, .formOptionPrevious?:
            form.updateFocused { $0.cycle(by: command == .formOptionNext ? 1 : -1) }
        case .pickerNext?, .pickerPrevious?:
            guard let field = form.focused else { return [] }
            let count = Completion.suggestions(for: field, data: data).count
            form.updateFocused { $0.suggestion = min(max(0, $0.suggestion + (command == .pickerNext ? 1 : -1)), max(0, count - 1)) }
        default:
            guard let field = form.focused else { return [] }
            if field.lines != nil, !field.isChoice {
                notify("\(field.label) has several lines: \(keyName(.formEditor)) edits it in $EDITOR")
                return []
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
    private func completeFocused(_ form: inout Form) {
        guard let field = form.focused, field.isPicker else { return }
        form.fields[form.focus] = Completion.completed(field, data: data)
    }

    /// Builds the record; on a bad field the form stays with the error under it, else the record goes to the store.
    mutating func submit(_ original: Form) -> [Effect] {
        var form = original
        do {
            let value = try form.build(data: data, now: now, calendar: calendar, ids: ids, keymap: keymap)
            _ = ids.next()
            // The base is the record the form was opened from (or moved onto after a conflict), not the version now.
            let base = form.kind.base
            if let base, base.touched(at: value.record.updatedAt) == value {
                dialog = nil
                notify("No changes to save")
                return []
            }
            form.isSaving = true
            form.error = nil
            dialog = .form(form)
            return commit(RecordChange(before: base, after: value))
        } catch {
            form.error = error
            if let index = form.index(of: error.field) { form.focus = index }
            dialog = .form(form)
            return []
        }
    }

    /// Text back from `$EDITOR` goes into the field that asked for it.
    mutating func textEdited(_ text: String) {
        guard case .form(var form)? = dialog, let index = form.editingField, form.fields.indices.contains(index) else { return }
        form.fields[index].setValue(text)
        form.editingField = nil
        dialog = .form(form)
    }

    /// `$EDITOR` failed; the field keeps its text.
    mutating func textEditFailed(_ reason: String) {
        if case .form(var form)? = dialog {
            form.editingField = nil
            dialog = .form(form)
        }
        notify("Editor: " + reason, isError: true)
    }

    private mutating func pressInPalette(_ original: Palette, _ key: Key, _ command: Command?) -> [Effect] {
        var palette = original
        let matches = palette.matches(keymap: keymap, themes: themes.map(\.name))
        switch command {
        case .paletteClose?:
            dialog = nil
            return []
        case .paletteNext?, .palettePrevious?:
            palette.selected = min(max(0, palette.selected + (command == .paletteNext ? 1 : -1)), max(0, matches.count - 1))
        case .paletteRun?:
            guard matches.indices.contains(palette.selected) else { return [] }
            dialog = nil
            return runPaletteEntry(matches[palette.selected])
        default:
            guard palette.field.handle(key) else { return [] }
            palette.selected = 0
        }
        dialog = .palette(palette)
        return []
    }

    private mutating func runPaletteEntry(_ entry: PaletteEntry) -> [Effect] {
        switch entry.run {
        case .binding(let id):
            guard entry.isAvailable else {
                notify("“\(entry.title)” works \(entry.place)" + (entry.keys.isEmpty ? "" : " (\(entry.keys))"))
                return []
            }
            return runBinding(id)
        case .theme(let name):
            guard let found = themes.first(where: { $0.name == name }) else { return [] }
            theme = found
            notify("Theme: \(name)")
            return [.themeSelected(name)]
        case .new(let kind):
            create(kind)
        case .edit(let kind):
            dialog = .picker(RecordPicker(kind: kind, purpose: .edit))
        case .delete(let kind):
            dialog = .picker(RecordPicker(kind: kind, purpose: .delete))
        }
        return []
    }

    private mutating func pressInPicker(_ original: RecordPicker, _ key: Key, _ command: Command?) -> [Effect] {
        var picker = original
        let rows = picker.matches(data: data, calendar: calendar)
        switch command {
        case .paletteClose?:
            dialog = nil
            return []
        case .paletteNext?, .palettePrevious?:
            picker.selected = min(max(0, picker.selected + (command == .paletteNext ? 1 : -1)), max(0, rows.count - 1))
        case .paletteRun?:
            guard rows.indices.contains(picker.selected) else { return [] }
            dialog = nil
            let id = rows[picker.selected].id
            if picker.purpose == .edit { edit(kind: picker.kind, id: id) } else { askToDelete(kind: picker.kind, id: id) }
            return []
        default:
            guard picker.field.handle(key) else { return [] }
            picker.selected = 0
        }
        dialog = .picker(picker)
        return []
    }

    private mutating func pressInQuickAdd(_ original: QuickAddBar, _ key: Key, _ command: Command?) -> [Effect] {
        var bar = original
        guard !bar.isSaving else { return [] }
        switch command {
        case .quickAddCancel?:
            dialog = nil
            return []
        case .quickAddSave?:
            do {
                let item = try bar.item(data: data, now: now, calendar: calendar, id: ids.next())
                bar.isSaving = true
                bar.error = nil
                dialog = .quickAdd(bar)
                return commit(RecordChange(before: nil, after: RecordValue(item)))
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
