import CSV
import Foundation

/// Splits CSV text into records and each record into fields (with the CSV.swift package), keeping every record's
/// first physical line and reporting quotes left open.
///
/// CSV.swift reads a quote that is never closed as one field running on to the end of the file (or to the next
/// quote), with no error, so a stray `"` would silently swallow the respondents after it. This scan finds each
/// record's extent first; a record whose quote is never closed, that has text after a closing quote, or whose
/// quoted field runs over lines that look like whole rows is reported with its line, and reading resumes on the
/// next line, so the respondents after it are still read.
struct SurveyRecords {
    /// One record: its first physical line (1-based), how many lines it spans, and its fields.
    struct Record: Equatable {
        var line: Int
        var lines: Int
        var fields: [String]
    }

    /// A line that could not be read as a record, and why.
    struct Trouble: Equatable {
        var line: Int
        var message: String
    }

    private(set) var records: [Record] = []
    private(set) var troubles: [Trouble] = []

    /// Reads `text` with `delimiter`; `expectedFields` (the header's width, once known) lets a quoted field that
    /// swallows whole-looking rows be told from a genuine multi-line answer.
    init(_ text: String, delimiter: Character, startLine: Int = 1) {
        let scalars = Array(text.unicodeScalars)
        guard let delimiter = delimiter.unicodeScalars.first else { return }
        var start = 0
        var line = startLine
        var width: Int?
        while start < scalars.count {
            let scan = Self.scan(scalars, from: start, delimiter: delimiter, width: width)
            if let message = scan.trouble {
                troubles.append(Trouble(line: line, message: message))
                // Skip only the record's first physical line and read on from the next.
                let next = Self.endOfLine(scalars, from: start)
                start = next
                line += 1
                continue
            }
            let recordText = String(String.UnicodeScalarView(scalars[start..<scan.end]))
            let fields = Self.fields(of: recordText, delimiter: delimiter)
            if width == nil, fields.contains(where: { !$0.isEmpty }) { width = fields.count }
            records.append(Record(line: line, lines: scan.lines, fields: fields))
            start = scan.next
            line += scan.lines
        }
    }

    /// The fields of one record's text, as CSV.swift reads them (surrounding blanks trimmed).
    private static func fields(of text: String, delimiter: Unicode.Scalar) -> [String] {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false, trimFields: true, delimiter: delimiter) else {
            return [text]
        }
        return reader.next() ?? [""]
    }

    /// Where one record ends (before its line break), where the next begins, how many lines it spans, and what is
    /// wrong with its quotes if anything.
    private static func scan(_ s: [Unicode.Scalar], from start: Int, delimiter: Unicode.Scalar, width: Int?)
        -> (end: Int, next: Int, lines: Int, trouble: String?) {
        var i = start
        var field = 1
        var atFieldStart = true
        var inQuotes = false
        var afterClosingQuote = false
        var quotedField = 0
        var lines = 1
        while i < s.count {
            let c = s[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < s.count, s[i + 1] == "\"" {
                        i += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                } else if c == "\n" || c == "\r" {
                    if c == "\r", i + 1 < s.count, s[i + 1] == "\n" { i += 1 }
                    lines += 1
                    if let width, width > 1, looksLikeRow(s, from: i + 1, delimiter: delimiter, width: width) {
                        return (i, i + 1, lines, "a quote opened in field \(quotedField) is not closed on its line, and the lines after it look like "
                            + "more respondents; this line is skipped and reading goes on with the next (check the quotes on it)")
                    }
                }
                i += 1
                continue
            }
            if c == "\n" || c == "\r" {
                let next = c == "\r" && i + 1 < s.count && s[i + 1] == "\n" ? i + 2 : i + 1
                return (i, next, lines, nil)
            }
            if c == delimiter {
                field += 1
                atFieldStart = true
                afterClosingQuote = false
            } else if afterClosingQuote {
                if c != " " && c != "\t" {
                    return (i, i, lines, "text after a closing quote in field \(field) (a stray \" ?); this line is skipped")
                }
            } else if c == "\"" && atFieldStart {
                inQuotes = true
                quotedField = field
                atFieldStart = false
            } else if c != " " && c != "\t" {
                atFieldStart = false
            }
            i += 1
        }
        if inQuotes {
            return (i, i, lines, "a quote opened in field \(quotedField) is never closed (it would swallow the rest of the file); "
                + "this line is skipped and reading goes on with the next")
        }
        return (i, i, lines, nil)
    }

    /// Whether the physical line starting at `start` has as many delimiters outside quotes as a whole row would.
    private static func looksLikeRow(_ s: [Unicode.Scalar], from start: Int, delimiter: Unicode.Scalar, width: Int) -> Bool {
        var count = 0
        var inQuotes = false
        var i = start
        while i < s.count, s[i] != "\n", s[i] != "\r" {
            if s[i] == "\"" { inQuotes.toggle() } else if s[i] == delimiter, !inQuotes { count += 1 }
            i += 1
        }
        return count >= width - 1
    }

    /// The index just after the line break that ends the physical line starting at `start`.
    private static func endOfLine(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count, s[i] != "\n", s[i] != "\r" { i += 1 }
        if i < s.count, s[i] == "\r" { i += 1 }
        if i < s.count, s[i] == "\n" { i += 1 }
        return i
    }
}
