import CSV
import Foundation

/// A survey export read as CSV: the header row and every data row with its row number in the file.
public struct SurveyTable: Sendable, Equatable {
    /// One data row; `row` counts the header as row 1, so the first answer is row 2.
    public struct Row: Sendable, Equatable {
        public var row: Int
        public var fields: [String]
    }

    /// The column titles, trimmed.
    public var header: [String]
    /// The data rows; fully blank rows are left out.
    public var rows: [Row]

    public init(header: [String], rows: [Row]) {
        self.header = header
        self.rows = rows
    }

    /// Reads CSV bytes: a UTF-8 byte-order mark is dropped; CRLF and LF both end rows; quoted fields may hold commas,
    /// quotes and line breaks. Throws `SurveyError` when the bytes are not UTF-8 text or hold no header row.
    public static func read(_ data: Data) throws(SurveyError) -> SurveyTable {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw SurveyError("the file is not UTF-8 text; export it as \"CSV UTF-8\"")
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: true)
        } catch {
            throw SurveyError("the file could not be read as CSV (\(error))")
        }
        var header: [String]?
        var rows: [Row] = []
        var number = 0
        while let fields = reader.next() {
            number += 1
            if header == nil {
                header = fields
                continue
            }
            if fields.allSatisfy(\.isEmpty) { continue }
            rows.append(Row(row: number, fields: fields))
        }
        if let error = reader.error { throw SurveyError("the file could not be read as CSV (\(error))") }
        guard let header, header.contains(where: { !$0.isEmpty }) else { throw SurveyError("the file has no header row") }
        return SurveyTable(header: header, rows: rows)
    }
}
