import ArgumentParser
import Foundation
import GuildCore
import GuildImport

/// `guild import survey`: reads a skills survey CSV, previews the changes, and records a dated snapshot once confirmed.
struct ImportSurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Import a skills survey CSV (one row per person, one column per skill) as a dated snapshot.",
        discussion: """
        The file is the wide shape form tools export: a name, e-mail or handle column, one column per skill
        ("Kubernetes" or "Rate your skills [Kubernetes]") with values such as 3, "3 - Proficient", "expert",
        "2+" (wants to learn) or "4*" (happy to teach), and optionally "want to learn" / "can teach" columns
        listing skills. Timestamps and comments are ignored. Problems are reported row by row; the rest imports.
        Nothing is written until you confirm, or pass --yes.

        Examples:
          guild import survey answers.csv
          guild import survey answers.csv --yes --date 2026-11-20
        """
    )

    @Argument(help: "The CSV file.")
    var file: String

    @Flag(name: [.short, .long], help: "Write without asking.")
    var yes = false

    @Option(help: "The day the survey was taken (default: now).")
    var date: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions)
        var ratedAt = clock.now
        if let date {
            do { ratedAt = try DateInput.parse(date, now: clock.now, calendar: clock.calendar).date } catch {
                throw CLIFailure("--date \(error)")
            }
        }
        let bytes: Data
        do { bytes = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw CLIFailure("cannot read \(file): \((error as NSError).localizedDescription)")
        }
        let plan: SurveyPlan
        do { plan = try SurveyImport.plan(bytes, data: loaded.data, ratedAt: ratedAt) } catch {
            throw CLIFailure("\(file): \(error)")
        }
        for problem in plan.problems { Terminal.warn("\(file): \(problem)") }
        if !plan.ignoredColumns.isEmpty { Terminal.status("Ignored columns: " + plan.ignoredColumns.joined(separator: ", ")) }
        Terminal.print("\(plan.respondents) respondent\(plan.respondents == 1 ? "" : "s"), \(plan.changes.count) change\(plan.changes.count == 1 ? "" : "s"), \(plan.unchanged) unchanged:")
        for change in plan.changes { Terminal.print("  " + change.text(in: loaded.data)) }
        guard !plan.isEmpty else {
            Terminal.print("Nothing to write.")
            return
        }
        if !yes {
            guard isatty(0) == 1 else {
                throw CLIFailure("nothing written: stdin is not a terminal, so pass --yes to import these changes")
            }
            FileHandle.standardError.write(Data("Write these changes as a snapshot dated \(ListCommand.format(ratedAt, clock))? [y/N] ".utf8))
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard answer == "y" || answer == "yes" else {
                Terminal.status("Nothing written.")
                return
            }
        }
        let sheets = plan.sheets(from: loaded.data)
        for sheet in sheets { try loaded.save(sheet, base: loaded.data.ratingSheets[sheet.id]) }
        Terminal.print("Recorded \(plan.changes.count) rating\(plan.changes.count == 1 ? "" : "s") for \(sheets.count) \(sheets.count == 1 ? "person" : "people").")
    }
}
