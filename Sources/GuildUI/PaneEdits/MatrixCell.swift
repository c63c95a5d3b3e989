import GuildCore

/// One cell of the home screen's skills matrix: a person's row and a skill's column.
struct MatrixCell: Sendable, Equatable {
    let person: Person
    let skill: Skill
}
