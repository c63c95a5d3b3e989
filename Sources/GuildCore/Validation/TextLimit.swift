/// The longest text each field takes, in characters: enforced on save (every record's `validate()`) and on load (a
/// longer field in a file is reported, the record shown with it cut to the limit, and the file left as it is).
///
/// README › The store lists them. Single-line fields: names 100 (a skill's 80), titles 200 (an action item's 300), an
/// e-mail 254, a tag 50, other single-line text 500. Multi-line text: a learning or pairing feedback 5,000, notes, details
/// and risks 20,000.
public enum TextLimit {
    /// A person's or a community's name, a team, a role.
    public static let name = 100
    /// A skill's name or category (short enough for the matrix header).
    public static let skillName = 80
    /// A session's, topic's or agenda item's title, a location.
    public static let title = 200
    /// An action item's title (it often says what to do in full).
    public static let actionTitle = 300
    /// An e-mail address (RFC 5321's longest path).
    public static let email = 254
    /// An action item's tag.
    public static let tag = 50
    /// Other single-line text: a desired outcome, a domain, an objective, a need, a solution, a context.
    public static let line = 500
    /// A learning or a piece of pairing feedback.
    public static let paragraph = 5_000
    /// Notes, a session's or topic's details, a solution's risks.
    public static let document = 20_000

    /// Throws the error `validate()` gives for the first field of `record` longer than its limit.
    public static func check<R: Record>(_ record: R) throws(ValidationError) {
        var copy = record
        var first: ValidationError?
        copy.visitText { text, field, limit in
            if first == nil, isLonger(text, than: limit) { first = tooLong(text, field: field, limit: limit) }
        }
        if let first { throw first }
    }

    /// `record` with every field longer than its limit cut to it (ending in "…"), and what was cut, one error a field.
    public static func cut<R: Record>(_ record: R) -> (record: R, cut: [ValidationError]) {
        var copy = record
        var cut: [ValidationError] = []
        copy.visitText { text, field, limit in
            guard isLonger(text, than: limit) else { return }
            cut.append(tooLong(text, field: field, limit: limit))
            text = String(text.prefix(limit - 1)) + "…"
        }
        return (copy, cut)
    }

    /// Whether `text` has more than `limit` characters; decided by its byte count when that is enough, else by
    /// counting at most `limit + 1` characters (never the whole of a long text).
    static func isLonger(_ text: String, than limit: Int) -> Bool {
        text.utf8.count > limit && text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex).map { $0 < text.endIndex } == true
    }

    private static func tooLong(_ text: String, field: String, limit: Int) -> ValidationError {
        ValidationError(field: field, "is \(TextExcerpt.grouped(text.count)) characters, longer than \(TextExcerpt.grouped(limit))")
    }
}
