import Foundation
import GuildCore

/// What importing a survey would change, computed without writing anything: how the file was read, the changes,
/// the unchanged answers, and every row or column that could not be used.
public struct SurveyPlan: Sendable, Equatable {
    /// When the snapshot is dated.
    public var ratedAt: Date
    public var changes: [SurveyChange]
    /// Answers equal to the rating in effect at the survey's date.
    public var unchanged: Int
    /// Rows matched to a person.
    public var respondents: Int
    public var problems: [SurveyProblem]
    /// Column titles that were not imported, with the reason when it is not obvious ("Comments", "Anything to
    /// learn? (its answers are not skills)").
    public var ignoredColumns: [String]
    /// How the file was read: producer, delimiter, encoding.
    public var producer: SurveyProducer = .spreadsheet
    public var delimiter: SurveyDelimiter = .comma
    public var encoding = "UTF-8"
    /// The level scale and why it was chosen.
    public var scale: SurveyScale = .guild
    public var scaleReason = ""
    /// Columns read by alias, --map or --choices, so a wrong guess shows.
    public var notes: [String] = []
    /// Why nothing could be read at all (no name column, no skill column, nobody matched, no answer); nil when
    /// something was. The command exits non-zero then.
    public var nothingRead: String?

    public init(ratedAt: Date, changes: [SurveyChange], unchanged: Int, respondents: Int, problems: [SurveyProblem],
                ignoredColumns: [String]) {
        self.ratedAt = ratedAt
        self.changes = changes
        self.unchanged = unchanged
        self.respondents = respondents
        self.problems = problems
        self.ignoredColumns = ignoredColumns
    }

    /// Whether there is anything to write.
    public var isEmpty: Bool { changes.isEmpty }

    /// Changes that only add history behind a later rating.
    public var historyOnly: Int { changes.filter(\.isHistoryOnly).count }

    /// One rating sheet to save: the sheet as loaded (nil when the person had none) and the sheet with the
    /// survey's answers recorded.
    public struct SheetWrite: Sendable, Equatable {
        public var base: RatingSheet?
        public var sheet: RatingSheet
    }

    /// The sheets to save: each changed person's sheet with the survey's answers recorded at the survey's date.
    public func writes(from data: GuildData) -> [SheetWrite] {
        var sheets: [UUID: RatingSheet] = [:]
        for change in changes {
            var sheet = sheets[change.personID] ?? data.ratingSheets[change.personID]
                ?? RatingSheet(personID: change.personID, updatedAt: ratedAt)
            sheet.record(change.after)
            sheet.updatedAt = max(sheet.updatedAt, ratedAt)
            sheets[change.personID] = sheet
        }
        return sheets.values.sorted { $0.id.uuidString < $1.id.uuidString }
            .map { SheetWrite(base: data.ratingSheets[$0.id], sheet: $0) }
    }

    /// The rating sheets to save (see `writes(from:)`).
    public func sheets(from data: GuildData) -> [RatingSheet] { writes(from: data).map(\.sheet) }
}
