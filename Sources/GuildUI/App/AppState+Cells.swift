import Foundation
import GuildCore

extension AppState {
    /// The person and skill under the matrix cursor.
    var matrixCell: (person: Person, skill: Skill)? { home.selectedCell }

    /// Sets the level of the cell under the cursor, as a new dated rating in the person's history.
    mutating func setLevel(_ level: SkillLevel) -> [Effect] {
        changeRating { $0.level = level }
    }

    /// Cycles the cell's interest: none → wants to learn → happy to teach → both → none.
    mutating func cycleInterest() -> [Effect] {
        changeRating { rating in
            switch (rating.wantsToLearn, rating.happyToTeach) {
            case (false, false): (rating.wantsToLearn, rating.happyToTeach) = (true, false)
            case (true, false): (rating.wantsToLearn, rating.happyToTeach) = (false, true)
            case (false, true): (rating.wantsToLearn, rating.happyToTeach) = (true, true)
            case (true, true): (rating.wantsToLearn, rating.happyToTeach) = (false, false)
            }
        }
    }

    /// "3 proficient, wants to learn" (interest only when marked).
    static func describe(_ rating: SkillRating) -> String {
        var parts = ["\(rating.level.rawValue) \(rating.level.name)"]
        if rating.wantsToLearn { parts.append("wants to learn") }
        if rating.happyToTeach { parts.append("happy to teach") }
        return parts.joined(separator: ", ")
    }

    /// Records a changed copy of the current rating (or a new one) in the person's sheet and saves the sheet.
    private mutating func changeRating(_ change: (inout SkillRating) -> Void) -> [Effect] {
        guard let (person, skill) = matrixCell else { return [] }
        let before = data.ratingSheets[person.id]
        var sheet = before ?? RatingSheet(personID: person.id, updatedAt: now)
        let current = sheet.current[skill.id]
        var rating = current ?? SkillRating(skillID: skill.id, level: .none, ratedAt: now)
        change(&rating)
        if let current, rating.level == current.level, rating.wantsToLearn == current.wantsToLearn, rating.happyToTeach == current.happyToTeach {
            notify("\(person.name) · \(skill.name) is already \(Self.describe(rating))")
            return []
        }
        // A new dated entry; a second change within the same instant (a pinned clock) replaces that instant's entry.
        let at = max(now, current?.ratedAt ?? now)
        rating.ratedAt = at
        if let current, current.ratedAt == at {
            sheet.ratings.removeAll { $0.skillID == skill.id && $0.ratedAt == at }
        }
        sheet.record(rating)
        sheet.updatedAt = max(sheet.updatedAt, now)
        return commit(RecordChange(before: before.map { RecordValue($0) }, after: RecordValue(sheet),
                                   summary: "\(person.name) · \(skill.name) → \(Self.describe(rating))"))
    }

    /// Asks before removing the cell's latest rating from the history (older ones stay).
    mutating func askToClearRating() {
        guard let (person, skill) = matrixCell else { return }
        guard let before = data.ratingSheets[person.id], let current = before.current[skill.id] else {
            notify("\(person.name) has not rated \(skill.name)")
            return
        }
        var sheet = before
        if let index = sheet.ratings.lastIndex(where: { $0.skillID == skill.id && $0.ratedAt == current.ratedAt }) {
            sheet.ratings.remove(at: index)
        }
        sheet.updatedAt = max(sheet.updatedAt, now)
        let older = sheet.history(of: skill.id).count
        dialog = .confirm(ConfirmDialog(
            question: "Delete \(person.name)'s rating of \(skill.name) (\(Self.describe(current)), \(Day(current.ratedAt, in: calendar)))?",
            detail: (older == 0 ? "It is their only rating of it." : "\(older) older rating\(older == 1 ? "" : "s") stay in the history.") + " \(keyName(.editUndo)) undoes.",
            change: RecordChange(before: RecordValue(before), after: RecordValue(sheet), summary: "\(person.name) · \(skill.name) rating deleted")))
    }

    /// Marks the selected open action item done (or opens a done one again).
    mutating func toggleDone() -> [Effect] {
        guard let item = home.selectedAction else { return [] }
        var updated = item
        updated.setDone(item.status != .done, at: now)
        return commit(RecordChange(before: RecordValue(item), after: RecordValue(updated),
                                   summary: "“\(item.title)” " + (updated.status == .done ? "done" : "open again")))
    }

    /// Drops the selected action item (it leaves the open list; u brings it back).
    mutating func drop() -> [Effect] {
        guard let item = home.selectedAction else { return [] }
        var updated = item
        updated.status = .dropped
        updated.completedAt = nil
        updated.updatedAt = now
        return commit(RecordChange(before: RecordValue(item), after: RecordValue(updated), summary: "“\(item.title)” dropped"))
    }
}
