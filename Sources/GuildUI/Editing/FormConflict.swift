/// A form field the user changed that was also changed on disk, to another value, since the form was opened.
public struct FormConflict: Sendable, Equatable {
    /// The field's id.
    public var fieldID: String
    /// Its label, for messages.
    public var label: String
    /// What the user typed (the field keeps it until the user takes the disk's value).
    public var yours: String
    /// The field's text for the version on disk now.
    public var theirs: String

    /// A field in conflict.
    public init(fieldID: String, label: String, yours: String, theirs: String) {
        self.fieldID = fieldID
        self.label = label
        self.yours = yours
        self.theirs = theirs
    }
}
