/// The changes of this run that can be undone (newest last) and the undone ones that can be redone.
public struct UndoStack: Sendable, Equatable {
    /// Confirmed edits, oldest first.
    public private(set) var undoable: [RecordChange] = []
    /// Undone edits, the most recently undone last.
    public private(set) var redoable: [RecordChange] = []

    /// An empty history.
    public init() {}

    /// Remembers a confirmed edit; a new edit forgets what could be redone.
    mutating func record(_ change: RecordChange) {
        var entry = change
        entry.origin = .edit
        undoable.append(entry)
        redoable.removeAll()
    }

    /// The last undoable edit was undone (its undo was saved, writing `wrote`): a redo applies the edit again from
    /// that version.
    mutating func didUndo(wrote: RecordValue?) {
        guard var last = undoable.popLast() else { return }
        last.before = wrote
        redoable.append(last)
    }

    /// The last undone edit was redone (its redo was saved, writing `wrote`): an undo takes it back from that version.
    mutating func didRedo(wrote: RecordValue?) {
        guard var last = redoable.popLast() else { return }
        last.after = wrote
        undoable.append(last)
    }
}
