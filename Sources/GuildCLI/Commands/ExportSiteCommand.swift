import ArgumentParser
import Foundation
import GuildCore

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
        let loaded = try LoadedStore.open(storeOptions, includeNotes: true)
        var minutes: [UUID: String] = [:]
        for session in loaded.data.sessions.values.sorted(by: { $0.id.uuidString < $1.id.uuidString }) where session.status == .done {
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
        let files = SiteExport(data: loaded.data, minutes: minutes, calendar: clock.calendar, now: clock.now,
                               storeName: loaded.store.storeManifest?.name ?? "Guild").files
        let root = URL(fileURLWithPath: (folder as NSString).expandingTildeInPath)
        let storeRoot = loaded.store.root.standardizedFileURL.resolvingSymlinksInPath().path
        if root.standardizedFileURL.resolvingSymlinksInPath().path == storeRoot {
            throw CLIFailure("\(root.path) is the store itself; export the site to another folder")
        }
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = root.appendingPathComponent(path)
            do {
                try Terminal.writeDocument(text, to: url)
            } catch {
                throw CLIFailure("cannot write \(url.path): \((error as NSError).localizedDescription)")
            }
        }
        let held = files.keys.filter { $0.hasPrefix("minutes/") && $0 != "minutes/README.md" }.count
        Terminal.print("Wrote \(files.count) files to \(root.path): \(held) minutes, learnings, solutions, skills map, communities. Start at README.md.")
    }
}
