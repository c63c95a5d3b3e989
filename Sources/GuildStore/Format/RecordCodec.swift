import Foundation
import GuildCore

/// Encodes and decodes record files: pretty JSON, sorted keys, ISO-8601 UTC dates, a `schema` key, a trailing newline.
///
/// Not thread-safe (it reuses one encoder and one decoder): make one per thread. A cache can reuse it for the same bytes.
public final class RecordCodec {
    private let encoder: JSONEncoder
    private let decoder: JSONDecoder

    public init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(StoreDateFormat.string(from: date))
        }
        decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = StoreDateFormat.date(from: text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected an ISO-8601 UTC date such as 2026-03-01T09:30:00Z, found \"\(text)\"")
            }
            return date
        }
    }

    /// The exact bytes of a record's file.
    public func encode<R: Record>(_ record: R) throws -> Data {
        var data = try encoder.encode(SchemaEnvelope(record: record))
        data.append(0x0A)
        return data
    }

    /// The exact bytes of a manifest's file.
    public func encode(_ manifest: StoreManifest) throws -> Data {
        var data = try encoder.encode(manifest)
        data.append(0x0A)
        return data
    }

    /// Decodes a record file, or explains why it cannot be one (`path` names the file in the problem).
    public func decode<R: Record>(_ type: R.Type, from data: Data, path: String) -> Result<R, StoreProblem> {
        data.withUnsafeBytes { bytes in
            if let (place, reason, kind) = FileContentCheck.problem(in: bytes) {
                return .failure(StoreProblem(path: path, place: place, reason: reason, kind: kind))
            }
            do {
                return .success(try decoder.decode(DecodedEnvelope<R>.self, from: data).record)
            } catch let newer as NewerSchema {
                return .failure(StoreProblem(
                    path: path, place: "field \"schema\"",
                    reason: "written by a newer Guild (schema \(newer.version); this one knows up to \(Schema.current)); the store is read-only",
                    kind: .newerSchema(newer.version)))
            } catch let error as DecodingError {
                let (place, reason, kind) = DecodeDiagnosis.explain(error, bytes: bytes)
                return .failure(StoreProblem(path: path, place: place, reason: reason, kind: kind))
            } catch {
                return .failure(StoreProblem(path: path, reason: String(describing: error), kind: .content))
            }
        }
    }

    /// Decodes `guild.json`, or explains why it cannot be read.
    public func decodeManifest(from data: Data) -> Result<StoreManifest, StoreProblem> {
        data.withUnsafeBytes { bytes in
            let path = StoreLayout.manifestName
            if let (place, reason, kind) = FileContentCheck.problem(in: bytes) {
                return .failure(StoreProblem(path: path, place: place, reason: reason, kind: kind))
            }
            do {
                return .success(try decoder.decode(StoreManifest.self, from: data))
            } catch let error as DecodingError {
                let (place, reason, kind) = DecodeDiagnosis.explain(error, bytes: bytes)
                return .failure(StoreProblem(path: path, place: place, reason: reason, kind: kind))
            } catch {
                return .failure(StoreProblem(path: path, reason: String(describing: error), kind: .content))
            }
        }
    }
}

/// The key the store adds to every record file.
private enum EnvelopeKey: String, CodingKey {
    case schema
}

/// Thrown while decoding a file whose schema is newer than this build's.
private struct NewerSchema: Error {
    var version: Int
}

/// Encodes a record's own fields and adds `"schema"` beside them, so files stay flat.
private struct SchemaEnvelope<R: Encodable>: Encodable {
    let record: R

    func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
        var container = encoder.container(keyedBy: EnvelopeKey.self)
        try container.encode(Schema.current, forKey: .schema)
    }
}

/// Reads `"schema"` first (a newer file is refused before its fields are judged), then the record's fields.
private struct DecodedEnvelope<R: Decodable>: Decodable {
    let record: R

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: EnvelopeKey.self)
        let schema = try container.decode(Int.self, forKey: .schema)
        if schema > Schema.current { throw NewerSchema(version: schema) }
        guard schema >= 1 else {
            throw DecodingError.dataCorruptedError(forKey: .schema, in: container, debugDescription: "schema \(schema) is not a version Guild ever wrote")
        }
        record = try R(from: decoder)
    }
}
