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
    _ = ConflictedRecord(path: "people/x.json", bytes: data)
    return 0
}
