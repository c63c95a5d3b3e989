import ArgumentParser
import Foundation
import GuildCore

/// `guild config me`: sets, shows or forgets who uses this machine in the store.
struct ConfigMeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "me",
        abstract: "Set, show or forget who you are in this store on this machine.",
        discussion: """
        Kept in the store's git-ignored .guild/me.json: it belongs to this machine and this store, and is never \
        synced. When it is not set, you are the person whose e-mail is `git config user.email` (ignoring case). \
        `guild me` shows your week; without an identity everything else works as before.

        Examples:
          guild config me zoe               this machine's user is @zoe
          guild config me                   show who you are and where that comes from
          guild config me --clear           forget it (your git e-mail is used again)
        """
    )

    @Argument(help: "Your handle in the store (\"zoe\", \"@zoe\").")
    var handle: String?

    @Flag(help: "Forget the setting on this machine.")
    var clear = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if clear, handle != nil { throw ValidationError("give a handle or --clear, not both") }
    }

    func run() throws {
        let loaded = try LoadedStore.open(storeOptions)
        let layout = loaded.store.layout
        if clear {
            let removed = try MachineIdentity.clear(in: layout)
            Terminal.print(removed ? "Forgot who you are on this machine." : "Nobody was set on this machine.")
            return
        }
        if let handle {
            let person = try loaded.person(handle: handle)
            try MachineIdentity.save(person, in: layout)
            Terminal.print("You are \(person.name) (@\(person.handle)) in this store on this machine.")
            return
        }
        switch try MachineIdentity.resolve(loaded) {
        case .found(let identity):
            let person = loaded.data.people[identity.personID]!
            Terminal.print("You are \(person.name) (@\(person.handle)), \(MachineIdentity.origin(identity)).")
        case .unknown(let reason):
            throw CLIFailure(reason)
        }
    }
}
