import ArgumentParser
import Foundation
import GuildCore
import GuildStore

/// `guild export site DIR`: the knowledge base as linked Markdown files for a wiki or a git forge.
struct ExportSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write minutes, the learnings log, the solutions catalogue and the skills map as linked Markdown.",
        discussion: """
        DIR gets README.md (the index), minutes/ (one page per held session: the wrap-up's minutes when there \
        are some, else a page built from the session's notes and action items), learnings.md, solutions.md, \
        skills.md and communities.md, all linked with relative links that GitHub, GitLab, Gitea and most wikis \
        render. Files Guild writes are replaced; nothing else in DIR is touched.

        Examples:
          guild export site ./wiki
          guild export site ~/src/team-handbook/guild --store ~/guild
        """
    )

    @Argument(help: "The folder to write into (created if missing).")
    var folder: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let clock = try Clock.fromEnvironment()
        // Notes are read one session at a time while the pages are written (the store's group scan), never all at once.
        let loaded = try LoadedStore.open(storeOptions)
        let root = URL(fileURLWithPath: (folder as NSString).expandingTildeInPath)
        let storeRoot = loaded.store.root.standardizedFileURL.resolvingSymlinksInPath().path
        if root.standardizedFileURL.resolvingSymlinksInPath().path == storeRoot {
            throw CLIFailure("\(root.path) is the store itself; export the site to another folder")
        }
        var minutes: [UUID: String] = [:]
        for session in loaded.data.sessions.values.sorted(by: { $0.id.orderKey < $1.id.orderKey }) where session.status == .done {
            // Made from the store when it can be, else read like a record (never through a link); a refused file is named
            // and its page built from the notes.
            do {
                if let text = try StoredMinutes.markdown(of: session, data: loaded.data, store: loaded.store, calendar: clock.calendar) {
                    minutes[session.id] = text
                }
            } catch {
                Terminal.warn("\(error); its page is built from the session's notes instead")
            }
        }
        let export = SiteExport(data: loaded.data, minutes: minutes, calendar: clock.calendar, now: clock.now,
                                storeName: loaded.store.storeManifest?.name ?? "Guild")
        let plan = export.plan()
        let writing = plan.pageCount + plan.indexes.count >= 200 ? Progress(total: plan.pageCount + plan.indexes.count, label: "Writing pages") : nil
        var files = SiteFiles(root: root)
        func write(_ path: String, _ text: String) throws {
            try files.write(path, text)
            writing?.update(files.count)
        }
        for (path, text) in plan.indexes { try write(path, text) }
        // Each held session's page as its notes come from the store, then those of held sessions without a notes folder.
        let held = Dictionary(plan.held.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var made: Set<UUID> = []
        var failure: (any Error)?
        let noteProblems = loaded.store.scanGroups(NoteEntry.self) { sessionID, notes in
            guard failure == nil, let session = held[sessionID], !made.contains(sessionID),
                  let page = export.minutesPage(of: session, notes: notes, plan: plan) else { return }
            made.insert(sessionID)
            do { try write(page.path, page.text) } catch { failure = error }
        }
        if let failure { throw failure }
        for session in plan.held where !made.contains(session.id) {
            if let page = export.minutesPage(of: session, notes: [], plan: plan) { try write(page.path, page.text) }
        }
        for (path, text) in export.otherPages(plan) { try write(path, text) }
        writing?.finish()
        let written = files.count
        for problem in noteProblems.sorted(by: { ($0.path, $0.place ?? "") < ($1.path, $1.place ?? "") }) { Terminal.warn("\(problem)") }
        let pages = plan.held.count
        Terminal.print("Wrote \(written) files to \(root.path): \(pages) minutes, learnings, solutions, skills map, communities. Start at README.md.")
    }
}
