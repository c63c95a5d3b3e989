/// What to open in `$EDITOR`: the text and a name for the temporary file ("session-details.md").
public struct EditTextRequest: Sendable, Equatable {
    /// The text to start from.
    public var text: String
    /// A file name hint, so the editor picks a sensible mode.
    public var fileName: String

    /// Creates a request.
    public init(text: String, fileName: String) {
        self.text = text
        self.fileName = fileName
    }
}
