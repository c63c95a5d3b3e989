import GuildCore

/// The one-key edits of the home screen's panes, named for the key the user pressed.
enum PaneEditAction: Sendable, Equatable {
    /// 0–4 on a matrix cell: a new dated rating at this level.
    case levelPressed(SkillLevel)
    /// The interest key on a matrix cell: none → wants to learn → happy to teach → both → none.
    case interestPressed
    /// The clear key on a matrix cell: asks before removing its latest rating.
    case clearRatingPressed
    /// The done key on an action item: done, or open again.
    case donePressed
    /// The drop key on an action item: it leaves the open list.
    case dropPressed
}
