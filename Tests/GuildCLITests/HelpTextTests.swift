import ArgumentParser
import GuildCLI
import XCTest

/// Every command's `--help`, rendered at common terminal widths, reads as paragraphs: no line is the stub of a
/// hard break that argument-parser wrapped again, and no wrapped example falls back to the left margin.
final class HelpTextTests: XCTestCase {
    /// `guild` and every subcommand below it, with the words that name it (`["pairs", "draw"]`).
    private func everyCommand() -> [(path: [String], type: ParsableCommand.Type)] {
        var found: [(path: [String], type: ParsableCommand.Type)] = []
        func visit(_ type: ParsableCommand.Type, path: [String]) {
            found.append((path, type))
            for sub in type.configuration.subcommands {
                visit(sub, path: path + [sub._commandName])
            }
        }
        visit(GuildCommand.self, path: [])
        return found
    }

    func testEveryCommandIsVisited() {
        let names = Set(everyCommand().map { $0.path.joined(separator: " ") })
        for expected in ["", "list", "add action", "pairs draw", "import survey", "export ics", "meeting"] {
            XCTAssertTrue(names.contains(expected), "help test does not reach `guild \(expected)`")
        }
    }

    func testEveryHelpReadsCleanlyAt80And120Columns() {
        for columns in [80, 120] {
            for (path, type) in everyCommand() {
                let help = GuildCommand.helpMessage(for: type, columns: columns)
                let name = (["guild"] + path).joined(separator: " ")
                XCTAssertFalse(help.isEmpty, name)
                for problem in HelpLayout.problems(in: help, columns: columns) {
                    XCTFail("`\(name) --help` at \(columns) columns: \(problem)")
                }
            }
        }
    }

    func testTheCheckCatchesAHardWrappedParagraphAndAWrappedExample() {
        // What a paragraph hard-wrapped at ~110 characters looks like once argument-parser wraps it at 80.
        let stubs = """
        The sample is 15 people in three teams with ratings, a weekly tech meeting and
        talks of every format,
        notes, action items (some overdue), learnings, topics, two communities and a
        solutions catalogue,

        Get started:
          guild demo --open                 write a sample team and open the dashboard
        on it
          guild init                        create an empty store for your team
        """
        let problems = HelpLayout.problems(in: stubs, columns: 80)
        XCTAssertEqual(problems.count, 2, problems.joined(separator: "\n"))
        XCTAssertTrue(problems[0].contains("talks of every format,"), problems[0])
        XCTAssertTrue(problems[1].contains("on it"), problems[1])

        let clean = """
        The sample is 15 people in three teams with ratings, a weekly tech meeting and
        talks of every format, notes, action items (some overdue), learnings, topics,
        two communities and a solutions catalogue.
        Examples:
          guild demo --open
        """
        XCTAssertEqual(HelpLayout.problems(in: clean, columns: 80), [])
    }
}

/// Finds the lines of a rendered help text that show it was wrapped twice.
enum HelpLayout {
    /// One message per stub line in the overview and discussion (argument-parser lays out the options itself): a short
    /// prose line between a line filled to the width (so it continues that one) and a further line of the same
    /// paragraph, or the continuation of a wrapped example line, which argument-parser puts at the left margin.
    static func problems(in help: String, columns: Int) -> [String] {
        let text = help.components(separatedBy: "\nUSAGE:").first ?? help
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func indent(_ line: String) -> Int { line.prefix { $0 == " " }.count }
        func blank(_ line: String) -> Bool { line.allSatisfy { $0 == " " } }
        var problems: [String] = []
        for index in lines.indices.dropFirst() {
            let previous = lines[index - 1], line = lines[index]
            guard !blank(previous), !blank(line), previous.count >= columns - 16 else { continue }
            let next = index + 1 < lines.count ? lines[index + 1] : ""
            let midParagraph = !blank(next) && indent(next) == indent(line)
            if indent(line) < indent(previous) && indent(previous) > 0 && indent(line) == 0 {
                problems.append("“\(line)” is a wrapped piece of the indented line before it: “\(previous)”")
            } else if midParagraph && indent(line) == 0 && line.count < columns / 2 {
                problems.append("“\(line)” is a stub: a hard line break inside a paragraph, after “\(previous)”")
            }
        }
        return problems
    }
}
