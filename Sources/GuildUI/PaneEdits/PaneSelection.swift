import GuildCore

/// The pane-edit feature's state: what the home screen's one-key edits act on — the matrix cell under the cursor (0–4,
/// interest, clearing a rating) and the open action item under it (done, drop).
///
/// The dashboard scopes it from the home screen's cursors for each key; the reducer never changes it, because an edit
/// changes nothing until the store confirms it: every edit comes back as a change to send, a notice or a question.
struct PaneSelection: Sendable, Equatable {
    /// The person and skill under the matrix cursor, when the matrix has focus.
    var cell: MatrixCell?
    /// The open action item under the cursor, when the actions pane has focus.
    var actionItem: ActionItem?
}
