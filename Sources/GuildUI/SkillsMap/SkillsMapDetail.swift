import Foundation

/// A person or skill opened from a skills-map view, with its own scroll.
public struct SkillsMapDetail: Sendable, Hashable {
    public var target: SkillsMapTarget
    public var scroll: Int

    public init(target: SkillsMapTarget, scroll: Int = 0) {
        self.target = target
        self.scroll = scroll
    }
}
