import Foundation

/// A survey file's bytes as text, in the encodings spreadsheet and form tools write: UTF-8 with or without a
/// byte-order mark, UTF-16 with a mark (Excel's "Unicode Text"), or Windows-1252 (Excel's plain "CSV" in western
/// locales, e.g. German or French).
public struct SurveyText: Sendable, Equatable {
    /// The text, without any byte-order mark.
    public var text: String
    /// How it was written: "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1252".
    public var encoding: String

    /// Decodes `data`; throws a one-line `SurveyError` for workbooks, binary files and empty files.
    public static func decode(_ data: Data) throws(SurveyError) -> SurveyText {
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw SurveyError("this is an Excel workbook (.xlsx), not CSV: open it and save as “CSV UTF-8”")
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw SurveyError("this is an old Excel workbook (.xls), not CSV: open it and save as “CSV UTF-8”")
        }
        let decoded: SurveyText
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(data: data.dropFirst(3), encoding: .utf8) else { throw notText }
            decoded = SurveyText(text: text, encoding: "UTF-8 with BOM")
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: data.dropFirst(2), encoding: encoding) else { throw notText }
            decoded = SurveyText(text: text, encoding: "UTF-16")
        } else if let text = String(data: data, encoding: .utf8) {
            decoded = SurveyText(text: text, encoding: "UTF-8")
        } else if let text = String(data: data, encoding: .windowsCP1252) {
            decoded = SurveyText(text: text, encoding: "Windows-1252")
        } else {
            throw notText
        }
        // Control characters other than tab and line ends mean a binary file that happened to decode.
        let controls = decoded.text.unicodeScalars.prefix(65_536).filter { $0.value < 0x20 && !["\t", "\n", "\r"].contains($0) }
        if !controls.isEmpty { throw notText }
        guard decoded.text.contains(where: { !$0.isWhitespace }) else { throw SurveyError("the file is empty") }
        return decoded
    }

    private static var notText: SurveyError {
        SurveyError("the file is not text (UTF-8, UTF-16 or Windows-1252): export the survey as “CSV UTF-8”")
    }
}
