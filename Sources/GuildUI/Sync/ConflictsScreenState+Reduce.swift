import Foundation
import GuildCore

/// The conflicts screen's own reducer: its commands change only the screen's cursor and choices, over the conflicted
/// records it is given; what the screen asks of the dashboard (close it, a notice, write a resolution) comes back as a
/// `ConflictsOutcome`. `AppState` scopes the keys to it (`AppState+Conflicts.swift`) and owns opening the screen.
extension ConflictsScreenState {
    /// Applies `command` to the screen showing `conflicts` (not empty); `isReadOnly`: the store refuses writes.
    mutating func reduce(_ command: Command, conflicts: [ConflictItem], isReadOnly: Bool) -> ConflictsOutcome {
        guard !conflicts.isEmpty else { return .close }
        let item = conflicts[min(selected, conflicts.count - 1)]
        switch command {
        case .conflictsClose:
            return .close
        case .conflictsUp, .conflictsDown:
            let step = command == .conflictsUp ? -1 : 1
            field = min(max(0, field + step), max(0, item.fields.count - 1))
        case .conflictsNext, .conflictsPrevious:
            let step = command == .conflictsNext ? 1 : -1
            selected = (selected + step + conflicts.count) % conflicts.count
            field = 0
        case .conflictsOptionNext, .conflictsOptionPrevious:
            guard item.fields.indices.contains(field) else { break }
            let disputed = item.fields[field]
            let count = item.choosesWholeVersion ? item.versionCount : disputed.options.count
            guard count > 1 else { break }
            let step = command == .conflictsOptionNext ? 1 : -1
            let current = choice(item, field: disputed.name)
            let key = item.choosesWholeVersion ? Self.wholeVersionKey : disputed.name
            choices[item.path, default: [:]][key] = (current + step + count) % count
        case .conflictsResolve:
            guard resolving == nil else { return .notice("Still saving the last resolution…", isError: false) }
            guard !isReadOnly else { return .notice("The store is read-only: conflicts cannot be resolved here", isError: true) }
            resolving = item.path
            let chosen = choices[item.path] ?? [:]
            let version = item.choosesWholeVersion ? chosen[Self.wholeVersionKey] ?? 0 : nil
            return .resolve(ConflictChoice(path: item.path, fieldChoices: item.choosesWholeVersion ? [:] : chosen, version: version),
                            notice: "Saving the chosen values…")
        default:
            return .notMine
        }
        return .stay
    }

    /// The conflicted records went from `old` to `new`: keeps the cursor on the same record when it is still there and
    /// forgets choices for records that left. False when none are left (the screen closes).
    mutating func conflictsChanged(from old: [ConflictItem], to new: [ConflictItem]) -> Bool {
        let shown = old.indices.contains(selected) ? old[selected].path : nil
        let paths = Set(new.map(\.path))
        choices = choices.filter { paths.contains($0.key) }
        guard !new.isEmpty else { return false }
        selected = shown.flatMap { path in new.firstIndex { $0.path == path } } ?? min(selected, new.count - 1)
        field = min(field, max(0, new[selected].fields.count - 1))
        return true
    }
}
