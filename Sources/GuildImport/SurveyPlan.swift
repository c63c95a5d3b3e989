import Foundation
import GuildCore

/// What importing a survey would change, computed without writing anything: the changes, the unchanged answers, and
/// every row or column that could not be used.
public struct SurveyPlan: Sendable, Equatable {
    /// When the snapshot is dated.
    public var ratedAt: Date
    public var changes: [SurveyChange]
    /// Answers equal to the current rating.
    public var unchanged: Int
    /// Rows matched to a person.
    public var respondents: Int
    public var problems: [SurveyProblem]
    /// Column titles that were not imported (timestamps, comments…).
    public var ignoredColumns: [String]

    /// Whether there is anything to write.
    public var isEmpty: Bool { changes.isEmpty }

    /// The rating sheets to save: each changed person's sheet with the survey's answers appended as a dated snapshot.
    public func sheets(from data: GuildData) -> [RatingSheet] {
        var sheets: [UUID: RatingSheet] = [:]
        for change in changes {
            var sheet = sheets[change.personID] ?? data.ratingSheets[change.personID]
                ?? RatingSheet(personID: change.personID, updatedAt: ratedAt)
            sheet.record(change.after)
            sheet.updatedAt = max(sheet.updatedAt, ratedAt)
            sheets[change.personID] = sheet
        }
        return sheets.values.sorted { $0.id.uuidString < $1.id.uuidString }
    }
}
