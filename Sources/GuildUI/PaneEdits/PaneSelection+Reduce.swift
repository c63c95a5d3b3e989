import Foundation
import GuildCore

/// The pane-edit reducer: a matrix key becomes a new dated rating in the person's sheet, an action-item key a new
/// status, sent against the version shown (so the store keeps what others changed meanwhile). Nothing shows as changed
/// until the store confirms it.
extension PaneSelection {
    /// Applies `action` to the selection; the change to send, the notice or the question comes back as effects.
    func reduce(_ action: PaneEditAction, in environment: PaneEditEnvironment) -> [PaneEditEffect] {
        switch action {
        case .levelPressed(let level):
            return changeRating(environment) { $0.level = level }
        case .interestPressed:
            return changeRating(environment) { rating in
                switch (rating.wantsToLearn, rating.happyToTeach) {
                case (false, false): (rating.wantsToLearn, rating.happyToTeach) = (true, false)
                case (true, false): (rating.wantsToLearn, rating.happyToTeach) = (false, true)
                case (false, true): (rating.wantsToLearn, rating.happyToTeach) = (true, true)
                case (true, true): (rating.wantsToLearn, rating.happyToTeach) = (false, false)
                }
            }
        case .clearRatingPressed:
            return askToClearRating(environment)
        case .donePressed:
            guard let item = actionItem else { return [] }
            var updated = item
            updated.setDone(item.status != .done, at: environment.now)
            return [.commit(RecordChange(before: RecordValue(item), after: RecordValue(updated),
                                         summary: "“\(item.title)” " + (updated.status == .done ? "done" : "open again")))]
        case .dropPressed:
            guard let item = actionItem else { return [] }
            var updated = item
            updated.status = .dropped
            updated.completedAt = nil
            updated.updatedAt = environment.now
            return [.commit(RecordChange(before: RecordValue(item), after: RecordValue(updated), summary: "“\(item.title)” dropped"))]
        }
    }

    /// "3 proficient, wants to learn" (interest only when marked).
    static func describe(_ rating: SkillRating) -> String {
        var parts = ["\(rating.level.rawValue) \(rating.level.name)"]
        if rating.wantsToLearn { parts.append("wants to learn") }
        if rating.happyToTeach { parts.append("happy to teach") }
        return parts.joined(separator: ", ")
    }

    /// Records a changed copy of the current rating (or a new one) in the person's sheet and sends the sheet.
    private func changeRating(_ environment: PaneEditEnvironment, _ change: (inout SkillRating) -> Void) -> [PaneEditEffect] {
        guard let cell else { return [] }
        let (person, skill, now) = (cell.person, cell.skill, environment.now)
        let before = environment.data.ratingSheets[person.id]
        var sheet = before ?? RatingSheet(personID: person.id, updatedAt: now)
        let current = sheet.current[skill.id]
        var rating = current ?? SkillRating(skillID: skill.id, level: .none, ratedAt: now)
        change(&rating)
        if let current, rating.level == current.level, rating.wantsToLearn == current.wantsToLearn, rating.happyToTeach == current.happyToTeach {
            return [.notice("\(person.name) · \(skill.name) is already \(Self.describe(rating))")]
        }
        // A new dated entry; a second change within the same instant (a pinned clock) replaces that instant's entry.
        let at = max(now, current?.ratedAt ?? now)
        rating.ratedAt = at
        if let current, current.ratedAt == at {
            sheet.ratings.removeAll { $0.skillID == skill.id && $0.ratedAt == at }
        }
        sheet.record(rating)
        sheet.updatedAt = max(sheet.updatedAt, now)
        return [.commit(RecordChange(before: before.map { RecordValue($0) }, after: RecordValue(sheet),
                                     summary: "\(person.name) · \(skill.name) → \(Self.describe(rating))"))]
    }

    /// Asks before removing the cell's latest rating from the history (older ones stay).
    private func askToClearRating(_ environment: PaneEditEnvironment) -> [PaneEditEffect] {
        guard let cell else { return [] }
        let (person, skill) = (cell.person, cell.skill)
        guard let before = environment.data.ratingSheets[person.id], let current = before.current[skill.id] else {
            return [.notice("\(person.name) has not rated \(skill.name)")]
        }
        var sheet = before
        if let index = sheet.ratings.lastIndex(where: { $0.skillID == skill.id && $0.ratedAt == current.ratedAt }) {
            sheet.ratings.remove(at: index)
        }
        sheet.updatedAt = max(sheet.updatedAt, environment.now)
        let older = sheet.history(of: skill.id).count
        let undoes = "\(environment.keymap.keyName(.editUndo)) undoes."
        return [.ask(ConfirmDialog(
            question: "Delete \(person.name)'s rating of \(skill.name) (\(Self.describe(current)), \(Day(current.ratedAt, in: environment.calendar)))?",
            detail: (older == 0 ? "It is their only rating of it." : "\(older) older rating\(older == 1 ? "" : "s") stay in the history.") + " " + undoes,
            change: RecordChange(before: RecordValue(before), after: RecordValue(sheet), summary: "\(person.name) · \(skill.name) rating deleted")))]
    }
}
