import Foundation
import GuildStore
import GuildUI

extension ConflictItem {
    /// What the conflicts screen shows of a conflicted file the store read: each disputed field with every value as text.
    init(_ conflict: ConflictedRecord) {
        let name = conflict.path.split(separator: "/").last.map(String.init) ?? ""
        let wholeVersions: Bool
        let versionCount: Int
        switch conflict.content {
        case .versions(let versions):
            wholeVersions = true
            versionCount = versions.count
        case .fields(_, let alternatives):
            wholeVersions = false
            versionCount = alternatives.values.map(\.count).max() ?? 1
        }
        self.init(
            path: conflict.path, kind: conflict.kind, recordID: StoreLayout.recordID(fromFileName: name),
            choosesWholeVersion: wholeVersions, isEditAgainstDelete: conflict.isEditAgainstDelete,
            fields: conflict.fields.map { field in
                ConflictField(name: field, options: (0..<conflict.optionCount(for: field)).map { conflict.text(of: field, option: $0) })
            },
            versionCount: versionCount)
    }
}

extension ConflictedRecord {
    /// The record file a choice made on the conflicts screen stands for (nil: the chosen version deleted the record).
    func resolution(for choice: ConflictChoice) -> Data? {
        if let version = choice.version { return resolution(version: version) }
        return resolution(choosing: choice.fieldChoices)
    }
}
