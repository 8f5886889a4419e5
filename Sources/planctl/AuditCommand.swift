import ArgumentParser
import Foundation
import Planner

extension Planctl {
    /// `planctl audit [DIR] --plan PLAN.json --meters METERS.csv`: metered energy against the plan.
    struct AuditCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract:
                "Compare metered energy (METERS.csv) with a saved plan; write OUT/audit.md, audit.json and charts.")

        @Argument(help: "The folder of catalog CSV files the plan was made from.")
        var directory: String = "inputs"

        @Option(help: "The plan.json to audit against.")
        var plan: String

        @Option(help: "The meter readings: site,start,hours,it_mwh,facility_mwh,onsite_mwh,water_m3.")
        var meters: String

        @Option(help: "Folder for the reports.")
        var out = "reports"

        @Option(help: "Metered PUE may exceed the plan's by this, relative: `5%` or 0.05 (the default).")
        var pueTolerance = "5%"

        @Flag(help: "Exit 5 when the audit has a finding (the reports are still written).")
        var failOnFindings = false

        func validate() throws {
            if Self.fraction(pueTolerance) == nil {
                throw ValidationError(
                    "--pue-tolerance takes a percentage (`5%`) or a fraction ≥ 0, not \"\(pueTolerance)\"")
            }
        }

        func run() throws {
            let interrupt = InterruptHandler()
            let folder = OutputFolder(out, ownership: .audit)
            try reportingOutputErrors { try folder.preflight() }
            let auditPlan: AuditPlan
            do { auditPlan = try AuditPlan(contentsOf: plan) } catch {
                Terminal.error("error: \(error)")
                throw ExitStatus.inputError.exit
            }
            let outcome = CatalogLoader.load(directory: directory)
            let reading = MetersReader.read(path: meters, plan: auditPlan)
            var diagnostics = outcome.diagnostics
            diagnostics.append(contentsOf: reading.diagnostics)
            DiagnosticPrinter.print(diagnostics)
            guard let catalog = outcome.catalog, !reading.diagnostics.hasErrors else {
                let count = diagnostics.errors.count
                Terminal.error("\(count) error\(count == 1 ? "" : "s"); nothing was written")
                throw ExitStatus.inputError.exit
            }
            try interrupt.checkpoint()
            let options = AuditOptions(pueTolerance: Self.fraction(pueTolerance)!)
            let result: AuditResult
            do {
                result = try Audit.run(
                    reading.intervals, plan: auditPlan, catalog: catalog, options: options, planFile: plan,
                    directory: directory)
            } catch {
                Terminal.error("error: \(error)")
                throw ExitStatus.inputError.exit
            }
            let sources = AuditJSON.Sources(plan: plan, meters: meters, inputs: directory)
            try reportingOutputErrors {
                try folder.replace(
                    with: AuditMarkdown.files(result, sources: sources).map { ($0.name, $0.contents) },
                    commit: interrupt.mayCommit)
            }
            for warning in result.warnings {
                Terminal.error("warning: " + AuditText.sentence(warning, options: options))
            }
            for finding in result.findings {
                Terminal.error("finding: " + AuditText.sentence(finding, options: options))
            }
            Terminal.error(AuditText.summary(result) + " → \(out)/audit.md")
            if failOnFindings && !result.findings.isEmpty { throw ExitStatus.gateFailed.exit }
        }

        /// `5%` → 0.05, `0.05` → 0.05; nil for anything else or a negative or non-finite value.
        static func fraction(_ text: String) -> Double? {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let isPercent = trimmed.hasSuffix("%")
            let number = isPercent ? String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces) : trimmed
            guard let value = Double(number), value.isFinite, value >= 0 else { return nil }
            return isPercent ? value / 100 : value
        }
    }
}
