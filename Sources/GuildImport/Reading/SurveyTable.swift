import Foundation

/// A survey export read as a table: the header row, every data row with its row and line in the file, and the
/// lines that could not be read.
public struct SurveyTable: Sendable, Equatable {
    /// One data row. `row` counts records as a spreadsheet shows them (the header is row 1, so the first answer is
    /// row 2); `line` is the physical line it starts on, which differs once an answer spans lines.
    public struct Row: Sendable, Equatable {
        public var row: Int
        public var line: Int
        public var fields: [String]

        public init(row: Int, line: Int? = nil, fields: [String]) {
            self.row = row
            self.line = line ?? row
            self.fields = fields
        }

        /// "row 4" or "row 4 (line 7)".
        public var position: String { line == row ? "row \(row)" : "row \(row) (line \(line))" }
    }

    /// The column titles, trimmed.
    public var header: [String]
    /// The data rows; fully blank rows are left out.
    public var rows: [Row]
    /// Lines that could not be read (quotes left open), already placed by row.
    public var problems: [SurveyProblem]
    public var delimiter: SurveyDelimiter
    /// "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1252".
    public var encoding: String
    public var producer: SurveyProducer

    public init(header: [String], rows: [Row], problems: [SurveyProblem] = [], delimiter: SurveyDelimiter = .comma,
                encoding: String = "UTF-8", producer: SurveyProducer? = nil) {
        self.header = header
        self.rows = rows
        self.problems = problems
        self.delimiter = delimiter
        self.encoding = encoding
        self.producer = producer ?? SurveyProducer.detect(header)
    }

    /// Reads a survey file's bytes: the encoding and the delimiter (`,` `;` tab, or Excel's `sep=` first line) are
    /// detected unless `delimiter` is given; CRLF, LF and CR all end rows; quoted fields may hold delimiters, quotes
    /// and line breaks. Throws `SurveyError` when the file is not text or has no header row.
    public static func read(_ data: Data, delimiter: SurveyDelimiter? = nil) throws(SurveyError) -> SurveyTable {
        let decoded = try SurveyText.decode(data)
        var text = decoded.text
        var chosen = delimiter
        var firstLine = 1
        // Excel honours (and some tools write) a first line "sep=;" naming the delimiter.
        if text.lowercased().hasPrefix("sep="), let end = text.firstIndex(where: \.isNewline) {
            let named = text[text.index(text.startIndex, offsetBy: 4)..<end]
            if named.count == 1, let found = SurveyDelimiter(rawValue: named.first!) {
                chosen = chosen ?? found
                text = String(text[text.index(after: end)...])
                firstLine = 2
            }
        }
        let separator = chosen ?? SurveyDelimiter.detect(text)
        let scanned = SurveyRecords(text, delimiter: separator.rawValue, startLine: firstLine)

        // Rows are numbered as a spreadsheet shows them: one per record, a skipped line counting as one row.
        var entries: [(line: Int, record: SurveyRecords.Record?, trouble: String?)] =
            scanned.records.map { ($0.line, $0, nil) } + scanned.troubles.map { ($0.line, nil, $0.message) }
        entries.sort { $0.line < $1.line }
        var header: [String]?
        var rows: [Row] = []
        var problems: [SurveyProblem] = []
        for (index, entry) in entries.enumerated() {
            let number = index + 1
            if let trouble = entry.trouble {
                problems.append(SurveyProblem(row: number, line: entry.line, trouble))
                continue
            }
            guard let record = entry.record else { continue }
            if header == nil {
                guard record.fields.contains(where: { !$0.isEmpty }) else { continue }
                // A title may span lines (Microsoft Forms keeps a question's line breaks): one line reads better.
                header = record.fields.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                continue
            }
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            rows.append(Row(row: number, line: entry.line, fields: record.fields))
        }
        guard let header, header.contains(where: { !$0.isEmpty }) else { throw SurveyError("the file has no header row") }
        if header.count == 1 {
            throw SurveyError("the header has a single column (no “,” “;” or tab between titles), so there is no name or skill to read")
        }
        return SurveyTable(header: header, rows: rows, problems: problems, delimiter: separator, encoding: decoded.encoding)
    }
}
