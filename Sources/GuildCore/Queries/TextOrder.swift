import Foundation

/// The order lists show names and titles in: Finder's ("localized standard") order, ignoring case and comparing
/// digit runs as numbers, in the user's locale.
///
/// `String.localizedStandardCompare` looks the current locale up on every call, which dominated sorting ten thousand
/// titles; this does the same comparison with the locale looked up once.
public enum TextOrder {
    /// The options `localizedStandardCompare` uses.
    static let options: String.CompareOptions = [.caseInsensitive, .numeric, .widthInsensitive, .forcedOrdering]
    /// The locale at start-up (a running dashboard does not follow a locale change, as it does not follow TZ).
    static let locale = Locale.current
    /// The same locale bridged once: `String.compare(_:options:range:locale:)` bridges a `Locale` on every call, which
    /// creates a `CFLocale` each time (a fifth of sorting 2,000 names).
    static let bridgedLocale = NSLocale(localeIdentifier: locale.identifier)

    /// `a` compared with `b` as `a.localizedStandardCompare(b)` does.
    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        let receiver = NSString(string: a)
        return receiver.compare(b, options: options, range: NSRange(location: 0, length: receiver.length), locale: bridgedLocale)
    }

    /// Whether `a` comes before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        compare(a, b) == .orderedAscending
    }
}
