import Foundation
import GuildCore

/// Finds the store's skills by the names surveys use: exactly (ignoring case and accents), by the same letters
/// and digits ("NodeJS" for "Node.js", "CI-CD" for "CI/CD"), by a common alias ("K8s" for Kubernetes, "Postgres"
/// for PostgreSQL, "Golang" for Go) or by a `--map` the user gave.
struct SkillLookup {
    /// How a name was matched.
    enum Match: Equatable {
        case exact
        /// Matched by spelling, alias or --map: the preview names it so a wrong guess is visible.
        case alias(String)
    }

    private var exact: [String: UUID] = [:]
    private var compact: [String: UUID] = [:]
    private var compactClash: Set<String> = []
    private let names: [UUID: String]
    /// Skill names that hold a list separator ("Helm, Kustomize"), protected when a list is split.
    private let separated: [String]

    /// Common spellings of skills whose store name differs; used only when the target skill exists.
    static let aliases: [String: [String]] = [
        "k8s": ["kubernetes"], "kube": ["kubernetes"], "postgres": ["postgresql"], "psql": ["postgresql"], "pg": ["postgresql"],
        "golang": ["go"], "js": ["javascript"], "ecmascript": ["javascript"], "ts": ["typescript"], "py": ["python"],
        "python3": ["python"], "tf": ["terraform"], "ci": ["cicd"], "continuousintegration": ["cicd"],
        "a11y": ["accessibility"], "o11y": ["observability"], "pairing": ["pairprogramming"],
        "codereviews": ["codereview"], "reviews": ["codereview"], "amazonwebservices": ["aws"], "aws": ["amazonwebservices"],
        "gcp": ["googlecloud", "googlecloudplatform"], "ddd": ["domaindrivendesign", "domainmodelling", "domainmodeling"],
        "domainmodeling": ["domainmodelling"], "domainmodelling": ["domainmodeling"], "eventdriven": ["eventdrivendesign"],
        "eventdrivenarchitecture": ["eventdrivendesign"], "apis": ["apidesign"], "restapis": ["apidesign"], "sec": ["security"],
        "appsec": ["security"], "oncall": ["incidentresponse"], "incidents": ["incidentresponse"], "tests": ["testing"],
        "unittesting": ["testing"], "techwriting": ["technicalwriting"], "apachekafka": ["kafka"],
    ]

    init(_ data: GuildData) {
        var names: [UUID: String] = [:]
        var separated: [String] = []
        for skill in data.skills.values.sorted(by: { $0.id.uuidString < $1.id.uuidString }) {
            names[skill.id] = skill.name
            exact[TextMatch.fold(skill.name).trimmingCharacters(in: .whitespaces)] = skill.id
            let key = Self.compact(skill.name)
            if let other = compact[key], other != skill.id { compactClash.insert(key) } else { compact[key] = skill.id }
            if skill.name.contains(",") || skill.name.contains(";") { separated.append(skill.name) }
        }
        self.names = names
        self.separated = separated.sorted { $0.count > $1.count }
    }

    /// The skill a name means, and how it was matched; nil when none (or two skills match equally).
    func skill(named text: String) -> (id: UUID, match: Match)? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if let id = exact[TextMatch.fold(trimmed)] { return (id, .exact) }
        let key = Self.compact(trimmed)
        guard !key.isEmpty else { return nil }
        if let id = compact[key], !compactClash.contains(key) { return (id, .alias(trimmed)) }
        var targets = Self.aliases[key] ?? []
        if key.count > 3, key.hasSuffix("s") { targets.append(String(key.dropLast())) }
        let found = Set(targets.compactMap { compactClash.contains($0) ? nil : compact[$0] })
        if found.count == 1, let id = found.first { return (id, .alias(trimmed)) }
        return nil
    }

    /// The store's name of a skill.
    func name(_ id: UUID) -> String { names[id] ?? "?" }

    /// The known skills a title mentions as whole words ("How would you rate your skill in Kubernetes?").
    func mentions(in title: String) -> [UUID] {
        let text = " " + TextMatch.fold(title).map { $0.isLetter || $0.isNumber || "+#/.".contains($0) ? $0 : " " } + " "
        var found: [UUID] = []
        for (id, name) in names.sorted(by: { $0.value.count > $1.value.count }) {
            let word = TextMatch.fold(name)
            var range = text.startIndex..<text.endIndex
            while let hit = text.range(of: word, range: range) {
                let before = text[text.index(before: hit.lowerBound)]
                let after = hit.upperBound < text.endIndex ? text[hit.upperBound] : " "
                // A trailing "." or "/" is punctuation, not part of a name ("…in Go?" → "go.").
                let bounded = !(before.isLetter || before.isNumber) && !(after.isLetter || after.isNumber || after == "+" || after == "#")
                if bounded {
                    if !found.contains(id) { found.append(id) }
                    break
                }
                range = hit.upperBound..<text.endIndex
            }
        }
        if found.isEmpty {
            // Aliases as whole words: "How good are you with k8s?".
            for word in text.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "/" }) {
                if let hit = skill(named: String(word)), hit.match != .exact, !found.contains(hit.id),
                   Self.aliases[Self.compact(String(word))] != nil {
                    found.append(hit.id)
                }
            }
        }
        return found
    }

    /// The closest known skill name to an unknown one, for "did you mean …?".
    func suggestion(for text: String) -> String? {
        if let whole = closest(to: text) { return whole }
        // "Kuberntes skill": one of the words may be the misspelt name.
        return text.split(whereSeparator: { $0 == " " || $0 == "?" }).lazy.filter { $0.count >= 3 }.compactMap { closest(to: String($0)) }.first
    }

    private func closest(to text: String) -> String? {
        let key = Self.compact(text)
        guard key.count >= 2 else { return nil }
        var best: (name: String, distance: Int)?
        for (_, name) in names {
            let other = Self.compact(name)
            let distance = (other.contains(key) || key.contains(other)) && min(key.count, other.count) >= 3
                ? 1 : Self.distance(key, other)
            let allowed = max(1, min(key.count, other.count) / 4)
            if distance <= allowed, best == nil || distance < best!.distance || (distance == best!.distance && name < best!.name) {
                best = (name, distance)
            }
        }
        return best?.name
    }

    /// Splits a checkbox answer into items: Google Forms joins them with ", ", Microsoft Forms with ";" (and a
    /// trailing ";"), people with either or line breaks. Skill names that contain a separator stay whole.
    func items(_ text: String) -> [String] {
        var work = text
        var kept: [String] = []
        for name in separated {
            while let range = work.range(of: name, options: [.caseInsensitive, .diacriticInsensitive]) {
                work.replaceSubrange(range, with: "\u{1}\(kept.count)\u{1}")
                kept.append(name)
            }
        }
        return work.split(whereSeparator: { $0 == ";" || $0 == "," || $0.isNewline }).compactMap { part in
            var item = part.trimmingCharacters(in: .whitespaces)
            if item.hasPrefix("\u{1}"), item.hasSuffix("\u{1}"), let index = Int(item.dropFirst().dropLast()), index < kept.count {
                item = kept[index]
            }
            return item.isEmpty ? nil : item
        }
    }

    /// Letters and digits only, folded: "Node.js" → "nodejs", "CI/CD" → "cicd".
    static func compact(_ text: String) -> String {
        String(TextMatch.fold(text).filter { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "#" })
    }

    /// Levenshtein distance (short strings only).
    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
