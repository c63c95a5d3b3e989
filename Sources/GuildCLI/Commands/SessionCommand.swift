import ArgumentParser
import Foundation
import GuildCore

/// `guild session`: a held session's materials (recording, slides, demo, documents) and key takeaways.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Document a session: add its recording, slides and other links, and its key takeaways.",
        discussion: """
        SESSION is an id (or its first characters) or words of a title; for a series, its latest held meeting. The \
        session may come first too: `guild session SESSION link …` is the same as `guild session link SESSION …`.

        A held session with neither key takeaways nor a recording a week after it ended (documentAfterDays in \
        guild.json) is listed as not yet documented for its facilitator and presenters (`guild me`, the \
        dashboard's Y), and the health screen shows the share documented per month.

        Examples:
          guild session link "observability" recording https://videos.example.com/obs
          guild session 3f2c link slides=https://example.com/o.pdf --title PDF
          guild session takeaways "observability" "- Count label values first"
          guild session takeaways 3f2c - < takeaways.md
          guild session unlink "observability" slides
        """,
        subcommands: [SessionLinkCommand.self, SessionUnlinkCommand.self, SessionTakeawaysCommand.self]
    )

    /// The verbs of `guild session`.
    static let verbs: Set<String> = ["link", "unlink", "takeaways"]

    /// `guild session SESSION VERB …` rewritten as `guild session VERB SESSION …` (arguments without the program name).
    static func reordered(_ arguments: [String]) -> [String] {
        guard arguments.count >= 3, arguments[0] == "session", !verbs.contains(arguments[1]), !arguments[1].hasPrefix("-"),
              verbs.contains(arguments[2]) else { return arguments }
        var out = arguments
        out.swapAt(1, 2)
        return out
    }

    /// The kinds `session link`, `unlink` and `takeaways` read: the sessions they document.
    static let kinds: Set<RecordKind> = [.session]

    /// The session a documentation command is about: the one SESSION names, or for a series its latest held meeting.
    static func documented(_ query: String, in data: GuildData, now: Date) throws -> Session {
        let found = try MeetingLookup.find(query, in: data)
        guard found.recurrence != nil else { return found }
        guard let held = MeetingLookup.latestHeld(found, in: data, now: now) else {
            throw CLIFailure("\"\(found.title)\" is a series that has not met yet: document one of its meetings once it is held")
        }
        return held
    }
}

/// `guild session link SESSION KIND URL`: adds (or replaces) one of a session's materials.
struct SessionLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Add a recording, slides, a demo, a document or another link to a session.",
        discussion: """
        KIND is recording, slides, demo (or prototype), document or other; KIND and URL may also be written as \
        KIND=URL. A link of the same kind and address replaces the old one (a new --title); only http:// and \
        https:// addresses are kept.

        Examples:
          guild session link "observability" recording https://videos.example.com/obs
          guild session link 3f2c slides=https://example.com/obs.pdf --title PDF
        """
    )

    @Argument(help: "The session: an id, its first characters, or words of its title.")
    var session: String

    @Argument(help: "recording, slides, demo, document or other (or KIND=URL).")
    var kind: String

    @Argument(help: "The address (http:// or https://).")
    var url: String?

    @Option(help: "A short label for the link.")
    var title: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: SessionCommand.kinds)
        let link = try Self.link(kind: kind, url: url, title: title)
        let base = try SessionCommand.documented(session, in: loaded.data, now: clock.now)
        var changed = base
        var links = base.materials.filter { !($0.kind == link.kind && $0.url == link.url) }
        links.append(link)
        changed.links = links
        changed.updatedAt = clock.now
        try Validate.record(changed)
        try loaded.save(changed, base: base)
        Terminal.print("\(link.kind.title) added to “\(changed.title)” (\(links.count) link\(links.count == 1 ? "" : "s")).")
    }

    /// A link from `KIND URL` or `KIND=URL`, checked.
    static func link(kind: String, url: String?, title: String?) throws -> SessionLink {
        var kindText = kind
        var address = url
        if address == nil, let equals = kind.firstIndex(of: "=") {
            kindText = String(kind[..<equals])
            address = String(kind[kind.index(after: equals)...])
        }
        guard let linkKind = SessionLink.Kind(typed: kindText) else {
            throw CLIFailure("\"\(kindText)\" is not a kind of link; use recording, slides, demo, document or other")
        }
        guard let address = address?.trimmingCharacters(in: .whitespaces), !address.isEmpty else {
            throw CLIFailure("give the address: \(linkKind.rawValue) https://… (or \(linkKind.rawValue)=https://…)")
        }
        let trimmedTitle = title?.trimmingCharacters(in: .whitespaces)
        let link = SessionLink(kind: linkKind, url: address, title: trimmedTitle?.isEmpty == false ? trimmedTitle : nil)
        do { try link.validate() } catch { throw CLIFailure("\(error)") }
        return link
    }
}

/// `guild session unlink SESSION KIND|URL`: removes materials.
struct SessionUnlinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlink",
        abstract: "Remove a session's links of one kind, or the link with one address.",
        discussion: """
        Examples:
          guild session unlink "observability" slides
          guild session unlink 3f2c https://example.com/old.pdf
        """
    )

    @Argument(help: "The session: an id, its first characters, or words of its title.")
    var session: String

    @Argument(help: "A kind (recording, slides, demo, document, other) or an address.")
    var which: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: SessionCommand.kinds)
        let base = try SessionCommand.documented(session, in: loaded.data, now: clock.now)
        let kind = SessionLink.Kind(typed: which)
        let kept = base.materials.filter { link in kind.map { link.kind != $0 } ?? (link.url != which) }
        guard kept.count < base.materials.count else {
            throw CLIFailure("“\(base.title)” has no link " + (kind.map { "of kind \($0.rawValue)" } ?? "to \(which)"))
        }
        var changed = base
        changed.links = kept.isEmpty ? nil : kept
        changed.updatedAt = clock.now
        try loaded.save(changed, base: base)
        let removed = base.materials.count - kept.count
        Terminal.print("Removed \(removed) link\(removed == 1 ? "" : "s") from “\(changed.title)”.")
    }
}

/// `guild session takeaways SESSION TEXT`: sets a session's key takeaways.
struct SessionTakeawaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "takeaways",
        abstract: "Set a session's key takeaways (short Markdown; - reads them from stdin; \"\" clears them).",
        discussion: """
        One takeaway per line reads best ("- Count label values first"). Without TEXT, prints the takeaways.

        Examples:
          guild session takeaways "observability" "- Count label values first"
          guild session takeaways 3f2c - < takeaways.md
          guild session takeaways "observability"
        """
    )

    @Argument(help: "The session: an id, its first characters, or words of its title.")
    var session: String

    // Takeaways often start with "- ": every word after SESSION is text, never an option (except --store).
    @Argument(parsing: .allUnrecognized, help: "The takeaways; - reads them from stdin; \"\" clears them.")
    var words: [String] = []

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: SessionCommand.kinds)
        let base = try SessionCommand.documented(session, in: loaded.data, now: clock.now)
        let text: String? = words.isEmpty ? nil : words.joined(separator: " ")
        guard let text else {
            guard base.hasTakeaways, let takeaways = base.takeaways else {
                throw CLIFailure("“\(base.title)” has no key takeaways yet: guild session takeaways SESSION \"…\"")
            }
            return Terminal.printDocument(takeaways.hasSuffix("\n") ? takeaways : takeaways + "\n")
        }
        var value = text
        if text == "-" {
            guard let data = try? FileHandle.standardInput.readToEnd(), let read = String(data: data, encoding: .utf8) else {
                throw CLIFailure("the takeaways on stdin are not UTF-8 text")
            }
            value = read
        }
        value = value.trimmingCharacters(in: .whitespacesAndNewlines)
        var changed = base
        changed.takeaways = value.isEmpty ? nil : value
        changed.updatedAt = clock.now
        try Validate.record(changed)
        try loaded.save(changed, base: base)
        Terminal.print(value.isEmpty ? "Cleared the key takeaways of “\(changed.title)”."
            : "Key takeaways of “\(changed.title)” saved (\(Self.count(value.split(whereSeparator: \.isNewline).count, "line"))).")
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
