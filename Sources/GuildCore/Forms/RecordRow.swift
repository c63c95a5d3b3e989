import Foundation

/// One record as a list of its kind shows it (the palette's picker, `guild list KIND`): a title and a detail.
public struct RecordRow: Sendable, Equatable {
    public let id: UUID
    public let title: String
    public let detail: String

    /// A row for record `id`.
    public init(id: UUID, title: String, detail: String) {
        self.id = id
        self.title = title
        self.detail = detail
    }
}
