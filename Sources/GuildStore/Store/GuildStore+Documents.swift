import Foundation

extension GuildStore {
    /// The text of a document Guild keeps in the store beside the records (a meeting's minutes,
    /// `minutes/<session-id>.md`); nil when there is none. Read like a record: never through a symbolic link or a
    /// linked folder, only a regular file inside the store, within the size limit. Throws `StoreError.unreadable`
    /// (naming the file and why) for anything else.
    public func document(at relative: String) throws -> String? {
        let outcome: FileReadOutcome
        do { outcome = try reader.read(relative, in: layout) } catch {
            throw StoreError.unreadable(StoreProblem(path: relative, reason: error.reason, kind: .unreadable))
        }
        switch outcome {
        case .missing:
            return nil
        case .refused(let reason):
            throw StoreError.unreadable(StoreProblem(path: relative, reason: reason, kind: .unreadable))
        case .contents(let data, _):
            guard let text = String(validating: data, as: UTF8.self) else {
                throw StoreError.unreadable(StoreProblem(path: relative, reason: "not UTF-8 text", kind: .damaged))
            }
            return text
        }
    }

    /// Whether the store holds the document at `relative` as a regular file inside the store (see `document(at:)`).
    public func hasDocument(at relative: String) -> Bool {
        (try? FileStatus.of(path: layout.absolute(relative)))??.isRegularFile == true && layout.refusal(relative) == nil
    }

    /// Durably writes a document (temporary file, fsync, rename) into the store; refused when a folder on the way is
    /// a symbolic link or not a folder. A link in the file's own place is replaced, never written through.
    public func writeDocument(_ text: String, at relative: String) throws {
        let parts = relative.split(separator: "/").map(String.init)
        guard parts.count >= 2, let name = parts.last else {
            throw StoreError.io(action: "save", path: relative, SystemError("save", path: relative, code: EINVAL, explanation: "not a document path"))
        }
        let folder = parts.dropLast().joined(separator: "/")
        do {
            let absolute = try layout.contained(folder, leaf: .folder)
            try DurableFile.makeFolder(absolute)
            try DurableFile.write(Data(text.utf8), folder: absolute, name: name)
        } catch {
            throw StoreError.io(action: "save", path: relative, error)
        }
    }
}
