import ArgumentParser
import Foundation
import Planner

extension Planctl {
    /// `planctl diff A.json B.json`: two saved plans compared, as Markdown for a pull-request comment.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two saved plan.json files; print Markdown for a pull-request comment.")

        @Argument(help: "The reference plan.json (e.g. main's).")
        var a: String

        @Argument(help: "The proposed plan.json.")
        var b: String

        @Option(help: "Also write the Markdown to this file.")
        var out: String?

        func run() throws {
            let plans: (PlanSummary, PlanSummary)
            do { plans = (try PlanSummary(contentsOf: a), try PlanSummary(contentsOf: b)) } catch {
                Terminal.error("error: \(error)")
                throw ExitStatus.inputError.exit
            }
            let markdown = DiffMarkdown.render(plans.0, plans.1, names: (a, b))
            if let out { try reportingOutputErrors { try OutputFile.write(markdown, to: out) } }
            FileHandle.standardOutput.write(Data(markdown.utf8))
        }
    }
}
