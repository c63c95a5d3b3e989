import Foundation
import GuildCore
import GuildStore

/// This machine's user of one store: the setting `guild config me` keeps in the store's git-ignored `.guild/me.json`
/// (machine-local and per store, since a handle only means something in its team's store), else git's `user.email`.
enum MachineIdentity {
    /// The setting's file name inside `.guild/`.
    static let fileName = "me.json"

    /// The setting on this machine; nil when none was made. An unreadable or refused file is a failure naming it.
    static func setting(in layout: StoreLayout) throws -> Identity.Setting? {
        let relative = StoreLayout.privateFolderName + "/" + fileName
        let outcome: FileReadOutcome
        do {
            outcome = try SafeFileReader(sizeLimit: 64 << 10).read(relative, in: layout)
        } catch {
            throw CLIFailure("\(relative) could not be read: \(error); \(Identity.howToSet)")
        }
        switch outcome {
        case .missing:
            return nil
        case .refused(let reason):
            throw CLIFailure("\(relative) was not read: \(reason); \(Identity.howToSet)")
        case .contents(let bytes, _):
            guard let setting = try? JSONDecoder().decode(Identity.Setting.self, from: bytes), Handle.isValid(setting.handle) else {
                throw CLIFailure("\(relative) is not a setting Guild wrote; \(Identity.howToSet)")
            }
            return setting
        }
    }

    /// Keeps `person` as this machine's user of the store (durably; a link in the file's place is replaced).
    static func save(_ person: Person, in layout: StoreLayout) throws {
        // A handle is ASCII letters, digits and . - _ (validated); JSONOutput escapes anything unsafe all the same.
        let bytes = try JSONOutput.encode(Identity.Setting(personID: person.id, handle: person.handle))
        do {
            try PrivateFolder.write(bytes + Data("\n".utf8), name: fileName, in: layout)
        } catch {
            throw CLIFailure("could not keep who you are: \(error)")
        }
    }

    /// Forgets the setting; true when there was one.
    static func clear(in layout: StoreLayout) throws -> Bool {
        let path = layout.privateFolder + "/" + fileName
        // attributesOfItem does not follow a link: a link in the file's place is removed like the file.
        guard (try? FileManager.default.attributesOfItem(atPath: path)) != nil else { return false }
        do {
            try DurableFile.remove(folder: layout.privateFolder, name: fileName)
        } catch {
            throw CLIFailure("could not forget who you are: \(error)")
        }
        return true
    }

    /// `git config user.email` as git reads it in the store's folder (its own config, the user's, the system's);
    /// nil without git or without an e-mail.
    static func gitEmail(storeFolder: String) -> String? {
        guard let git = try? GitRepository(folder: storeFolder), let output = try? git.run(["config", "user.email"]),
              output.status == 0 else { return nil }
        let email = output.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return email.isEmpty ? nil : email
    }

    /// Who uses this machine in the loaded store.
    static func resolve(_ loaded: LoadedStore) throws -> Identity.Resolution {
        try resolve(layout: loaded.store.layout, data: loaded.data)
    }

    /// Who uses this machine in the store at `layout` holding `data`.
    static func resolve(layout: StoreLayout, data: GuildData) throws -> Identity.Resolution {
        let setting = try setting(in: layout)
        return Identity.resolve(setting: setting, gitEmail: setting == nil ? gitEmail(storeFolder: layout.rootPath) : nil, in: data)
    }

    /// `resolve`, with a setting that cannot be read as the reason there is no identity (for the dashboard).
    static func resolution(layout: StoreLayout, data: GuildData) -> Identity.Resolution {
        do {
            return try resolve(layout: layout, data: data)
        } catch {
            return .unknown("\(error)")
        }
    }

    /// Where an identity came from, in words.
    static func origin(_ identity: Identity) -> String {
        switch identity.source {
        case .config: "set with `guild config me`"
        case .gitEmail: "from your git e-mail"
        }
    }
}

extension MachineIdentity {
    /// The person `handle` names; without a handle, this machine's user (issue 20: what you write defaults to you);
    /// nil when neither is known, so a command without an identity behaves as before there were identities.
    static func person(_ handle: String?, in loaded: LoadedStore) throws -> Person? {
        if let handle { return try loaded.person(handle: handle) }
        guard let id = try resolve(loaded).identity?.personID else { return nil }
        return loaded.data.people[id]
    }

    /// `person(_:in:)` for a command that needs someone: without a handle and an identity, a failure saying how to
    /// name one (`option` is the command's option, such as "--by").
    static func requiredPerson(_ handle: String?, option: String, in loaded: LoadedStore) throws -> Person {
        if let person = try person(handle, in: loaded) { return person }
        throw CLIFailure("say who with \(option) HANDLE, or \(Identity.howToSet) so it defaults to you")
    }
}
