import ArgumentParser
import Foundation
import GuildCore
import GuildImport

/// `guild import survey`: reads a skills survey export, previews the changes, and records a dated snapshot once confirmed.
struct ImportSurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Import a skills survey (Google Forms, Microsoft Forms, Typeform, a spreadsheet) as a dated snapshot.",
        discussion: """
        The file is the wide shape form tools export, one row per respondent: a name, e-mail or handle column (or \
        first and last name), level columns per skill ("Kubernetes", "Rate your skills [Kubernetes]", "How would you \
        rate your skill in Kubernetes?") with answers such as 3, "3 - Proficient", "Advanced", "2+" (wants to learn) \
        or "4*" (happy to teach), and optionally lists of skills to learn or teach ("Kubernetes, Go" or "Kubernetes;Go;"). \
        The delimiter (, ; tab), the encoding and a 1–5 scale are detected; a 1–5 scale maps 1 → 0 none … 5 → 4 expert. \
        People are matched by the e-mail Guild has for them, then by handle, then by a name only one person has; \
        anyone else is reported and skipped. A blank answer changes nothing. Problems are reported as FILE:ROW and \
        the rest imports; nothing is written until you confirm, or pass --yes. With --date before a person's latest \
        rating, the answer joins their history and the preview says the current rating stays.

        Examples:
          guild import survey answers.csv
          guild import survey typeform.csv --choices learn --yes --date 2026-11-20
          guild import survey skills.csv --scale 1-5 \\
            --map "K8s=Kubernetes" --map "Alias=handle"
        """
    )

    @Argument(help: "The CSV (or tab-separated) file.")
    var file: String

    @Flag(name: [.short, .long], help: "Write without asking.")
    var yes = false

    @Option(help: "The day the survey was taken (default: now).")
    var date: String?

    @Option(help: ArgumentHelp("The answers' numeric scale, e.g. 1-5 or 0-4 (default: detected).", valueName: "LOW-HIGH"))
    var scale: String?

    @Option(name: .customLong("map"), help: ArgumentHelp(
        "What a column holds: \"Column title=Skill\", or =name, =email, =handle, =learn, =teach, =ignore (repeatable).",
        valueName: "COLUMN=SKILL"))
    var mappings: [String] = []

    @Option(help: ArgumentHelp("What each one-column-per-choice question (Typeform) asked, in file order: learn, teach or ignore.",
                               valueName: "learn|teach"))
    var choices: [String] = []

    @Option(help: ArgumentHelp("The field separator: , ; or tab (default: detected).", valueName: "CHAR"))
    var delimiter: String?

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds a survey import reads and writes: people to match, skills to name, rating sheets to record in.
    static let kinds: Set<RecordKind> = [.person, .skill, .ratingSheet]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds, writes: true)
        var ratedAt = clock.now
        if let date {
            do { ratedAt = try DateInput.parse(date, now: clock.now, calendar: clock.calendar).date } catch {
                throw CLIFailure("--date \(error)")
            }
        }
        let options = try surveyOptions()
        let path = (file as NSString).expandingTildeInPath
        let bytes: Data
        do { bytes = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw CLIFailure("cannot read \(file): \((error as NSError).localizedDescription)")
        }
        var reading: Progress?
        let plan: SurveyPlan
        do {
            plan = try SurveyImport.plan(bytes, data: loaded.data, ratedAt: ratedAt, options: options) { done, total in
                guard total >= 2_000 else { return }
                if reading == nil { reading = Progress(total: total, label: "Reading answers") }
                reading?.update(done)
            }
        } catch {
            throw CLIFailure("\(file): \(error)")
        }
        reading?.finish()

        Terminal.status("\(file): \(plan.producer == .spreadsheet ? "a spreadsheet" : plan.producer.rawValue + " export"), "
            + "\(plan.delimiter.name)-separated, \(plan.encoding)")
        if !plan.scale.isGuild || plan.scaleReason.contains("assumed") {
            Terminal.status("Levels on a \(plan.scale) scale: \(plan.scaleReason)" + (plan.scale.isGuild ? "" : "; \(plan.scale.mapping)"))
        }
        for note in plan.notes { Terminal.status("Read as: \(note)") }
        if !plan.ignoredColumns.isEmpty { Terminal.status("Ignored columns: " + plan.ignoredColumns.joined(separator: ", ")) }
        for problem in plan.problems { Terminal.warn(problem.text(file: file)) }
        if let reason = plan.nothingRead {
            throw CLIFailure("\(file): nothing could be read: \(reason)")
        }

        let history = plan.historyOnly
        Terminal.print("\(plan.respondents) respondent\(plan.respondents == 1 ? "" : "s"), \(plan.changes.count) change\(plan.changes.count == 1 ? "" : "s")"
            + (history > 0 ? " (\(history) only in the history: a later rating stays current)" : "") + ", \(plan.unchanged) unchanged:")
        let day = Self.dayFormatter(clock)
        for change in plan.changes { Terminal.print("  " + change.text(in: loaded.data, day: { day.string(from: $0) })) }
        guard !plan.isEmpty else {
            Terminal.print("Nothing to write.")
            return
        }
        if !yes {
            guard isatty(0) == 1 else {
                throw CLIFailure("nothing written: stdin is not a terminal, so pass --yes to import these changes")
            }
            Terminal.prompt("Write these changes as a snapshot dated \(ListCommand.format(ratedAt, clock))? [y/N] ")
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard answer == "y" || answer == "yes" else {
                Terminal.status("Nothing written.")
                return
            }
        }
        let writes = plan.writes(from: loaded.data)
        let saving = writes.count >= 50 ? Progress(total: writes.count, label: "Saving ratings") : nil
        // One batch: each sheet merged against its file as it is now, each file synced, the folder synced once.
        try loaded.saveAll(writes.map { (record: $0.sheet, base: $0.base) }) { done, _ in saving?.update(done) }
        saving?.finish()
        Terminal.print("Recorded \(plan.changes.count) rating\(plan.changes.count == 1 ? "" : "s") for \(writes.count) \(writes.count == 1 ? "person" : "people").")
    }

    /// The options as the import reads them; a malformed one is one clear failure.
    private func surveyOptions() throws -> SurveyOptions {
        var options = SurveyOptions()
        if let scale {
            guard let parsed = SurveyScale(option: scale) else {
                throw CLIFailure("--scale \(scale): write the lowest and highest answer, such as 1-5 or 0-4 (lowest 0 or 1, highest up to 10)")
            }
            options.scale = parsed
        }
        if let delimiter {
            guard let parsed = SurveyDelimiter(option: delimiter) else { throw CLIFailure("--delimiter \(delimiter): use , ; or tab") }
            options.delimiter = parsed
        }
        do {
            options.mappings = try mappings.map { text throws(SurveyError) in try SurveyMapping(parsing: text) }
            options.choices = try SurveyOptions.choices(choices)
        } catch {
            throw CLIFailure("\(error)")
        }
        return options
    }

    /// "2026-11-20" in the user's calendar.
    private static func dayFormatter(_ clock: Clock) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.calendar = clock.calendar
        formatter.timeZone = clock.calendar.timeZone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }
}
