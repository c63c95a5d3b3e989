/// Key names for the dashboard's commands, as hints, notices and empty states say them (so a `keys.json` remap shows).
extension Keymap {
    /// The first key bound to the dashboard command `command` ("u"), or the id when it has no key.
    func keyName(_ command: Command) -> String {
        firstKeyName(command.rawValue)
    }

    /// The keys that rate a matrix cell 0 to 4: "0–4" when they are the digits, else each key ("a/s/d/f/g").
    var ratingKeyNames: String {
        let levels: [Command] = [.matrixLevel0, .matrixLevel1, .matrixLevel2, .matrixLevel3, .matrixLevel4]
        let names = levels.map(keyName)
        return names == ["0", "1", "2", "3", "4"] ? "0–4" : names.joined(separator: "/")
    }
}
