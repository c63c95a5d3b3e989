import GuildCore

/// Turns a record's validation error into a one-line command failure.
enum Validate {
    static func record<R: Record>(_ record: R) throws {
        do {
            try record.validate()
        } catch {
            throw CLIFailure("\(error)")
        }
    }
}
