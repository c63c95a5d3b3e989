import Foundation

/// What a line of the skills map opens with Enter.
public enum SkillsMapTarget: Sendable, Hashable {
    case person(UUID)
    case skill(UUID)
}
