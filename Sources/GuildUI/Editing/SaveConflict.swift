/// A change the store refused because the record changed on disk since the change's base, in the same fields.
///
/// Nothing was written. A form that sent the change stays open on `theirs` as its new base, keeping what the user
/// typed: saving again keeps the user's values, or the user takes the disk's values for the colliding fields.
public struct SaveConflict: Sendable, Equatable {
    /// One field both sides changed: its name in the record file and the two values, as short text.
    public struct Field: Sendable, Equatable {
        /// The record field ("role", "attendees").
        public var name: String
        /// This change's value.
        public var mine: String
        /// The value on disk now.
        public var theirs: String

        /// A colliding field.
        public init(name: String, mine: String, theirs: String) {
            self.name = name
            self.mine = mine
            self.theirs = theirs
        }
    }

    /// The record as it is on disk now (the base to save against next); nil when it was deleted elsewhere.
    public var theirs: RecordValue?
    /// The fields changed both here and on disk, to different values.
    public var fields: [Field]

    /// A conflict against `theirs`.
    public init(theirs: RecordValue?, fields: [Field]) {
        self.theirs = theirs
        self.fields = fields
    }
}
