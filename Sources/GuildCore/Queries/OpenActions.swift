import Foundation

/// The open action items in the order people should see them: overdue first, then by due day, undated last.
public enum OpenActions {
    /// Open items ordered overdue first (oldest due first), then by due day, then those with no due day; ties by title.
    /// With `owner`, only that person's (chosen before sorting: the same items in the same order as filtering after).
    public static func list(in data: GuildData, today: Day, owner: UUID? = nil) -> [ActionItem] {
        let open = data.actions.values.filter { $0.status == .open && (owner == nil || $0.owner == owner) }
        // Group and due day as one number, then the title's sort key; equal keys compare exactly (title, then id).
        let keys = open.map { item -> [UInt8] in
            let (group, due) = sortKey(item, today: today)
            var key = withUnsafeBytes(of: UInt64(group * 10_000_000 + due.daysSinceEpoch + 1_000_000).bigEndian) { Array($0) }
            key += SortKey.of(item.title)
            return key
        }
        return SortKey.sorted(open, keys: keys) { a, b in
            let ka = sortKey(a, today: today)
            let kb = sortKey(b, today: today)
            if ka.group != kb.group { return ka.group < kb.group }
            if ka.due != kb.due { return ka.due < kb.due }
            if a.title != b.title { return TextOrder.precedes(a.title, b.title) }
            return a.id.precedes(b.id)
        }
    }

    private static func sortKey(_ item: ActionItem, today: Day) -> (group: Int, due: Day) {
        guard let due = item.due else { return (2, Day(year: 9999, month: 12, day: 31)!) }
        return (due < today ? 0 : 1, due)
    }
}
