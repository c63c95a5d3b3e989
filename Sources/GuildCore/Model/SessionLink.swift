import Foundation

/// One of a session's materials: a recording, the slides, a demo or prototype, a document, or another link.
public struct SessionLink: Codable, Sendable, Hashable {
    /// What the link is.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case recording, slides, demo, document, other

        /// "Recording", "Slides", "Demo / prototype", …
        public var title: String {
            switch self {
            case .recording: "Recording"
            case .slides: "Slides"
            case .demo: "Demo / prototype"
            case .document: "Document"
            case .other: "Link"
            }
        }

        /// The kind a person typed ("rec", "Slides", "prototype", "doc"); nil when none matches.
        public init?(typed text: String) {
            let word = TextMatch.fold(text.trimmingCharacters(in: .whitespaces))
            switch word {
            case "recording", "rec", "video": self = .recording
            case "slides", "slide", "deck": self = .slides
            case "demo", "prototype": self = .demo
            case "document", "doc", "docs": self = .document
            case "other", "link": self = .other
            default: return nil
            }
        }
    }

    public var kind: Kind
    /// An http or https address.
    public var url: String
    /// A short label ("Part 1"); nil: the kind's title.
    public var title: String?

    public init(kind: Kind, url: String, title: String? = nil) {
        self.kind = kind
        self.url = url
        self.title = title
    }

    /// The longest address kept.
    public static let urlLimit = 2_000

    public func validate() throws(ValidationError) {
        try Self.check(url: url)
        if let title, TextLimit.isLonger(title, than: TextLimit.title) {
            throw ValidationError(field: "link title", "is longer than \(TextLimit.title) characters")
        }
    }

    /// An address Guild keeps and links to: http or https with a host, no spaces or controls, at most `urlLimit` long.
    public static func check(url: String) throws(ValidationError) {
        guard url.count <= urlLimit else { throw ValidationError(field: "link", "is longer than \(urlLimit) characters") }
        guard !url.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }),
              let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty else {
            throw ValidationError(field: "link", "\"\(url.prefix(80))\" is not an http:// or https:// address")
        }
    }
}
