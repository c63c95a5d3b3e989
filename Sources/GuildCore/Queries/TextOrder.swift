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

    /// `a` compared with `b` as `a.localizedStandardCompare(b)` does.
    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        a.compare(b, options: options, range: nil, locale: locale)
    }

    /// Whether `a` comes before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        compare(a, b) == .orderedAscending
    }
}
