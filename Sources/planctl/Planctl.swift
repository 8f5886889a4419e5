import ArgumentParser
import Planner

/// The `planctl` command: one subcommand per job.
@main
struct Planctl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planctl",
        abstract: "Plan AI-training data centers: sites, servers, cooling and clean energy at least cost and carbon.",
        discussion: ExitStatus.helpText,
        version: planctlVersion,
        subcommands: [
            Validate.self, PlanCommand.self, WhatIfCommand.self, Pareto.self, Alternatives.self, Diff.self, Export.self,
            Aggregate.self,
            Import.self,
            AuditCommand.self,
        ]
    )
}
