import Foundation

/// libFuzzer's entry point: every input is decoded as each kind of record file and as a merge-conflict file.
/// A crash, a trap or a sanitizer report is a bug; a decoding failure is the expected answer to garbage.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoder(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let codec = RecordCodec()
    _ = codec.decode(Person.self, from: data, path: "people/x.json")
    _ = codec.decode(Session.self, from: data, path: "sessions/x.json")
    _ = codec.decode(NoteEntry.self, from: data, path: "notes/x/y.json")
    _ = codec.decode(RatingSheet.self, from: data, path: "ratings/x.json")
    _ = codec.decode(ActionItem.self, from: data, path: "actions/x.json")
    _ = codec.decodeManifest(from: data)
    // A conflicted file the way the store loads it (first kept version) and the way the conflicts screen reads it.
    let id = UUID(uuidString: "00000000-0000-4000-8000-000000000001")!
    let task = ReadTask(path: "people/00000000-0000-4000-8000-000000000001.json", kind: .person, groupID: nil, id: id)
    _ = GuildStore.conflictedVersion(Person.self, data, task, codec: codec)
    if let conflict = ConflictedRecord(path: task.path, bytes: data) {
        for field in conflict.fields {
            for option in 0..<conflict.optionCount(for: field) { _ = conflict.text(of: field, option: option) }
        }
        _ = conflict.resolution(choosing: Dictionary(uniqueKeysWithValues: conflict.fields.map { ($0, 1) }))
        _ = conflict.resolution(version: 1)
    }
    return 0
}
