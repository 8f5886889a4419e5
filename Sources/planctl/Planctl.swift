import ArgumentParser
import Planner

@main
struct Planctl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planctl",
        abstract: "Plan AI-training data centers: sites, servers, cooling and clean energy at least cost and carbon.",
        discussion: """
            Exit codes: 0 success, 1 input error, 3 infeasible, 4 time limit without a plan, \
            5 a CI gate failed, 64 usage error.
            """,
        version: planctlVersion,
        subcommands: [
            Validate.self, PlanCommand.self, WhatIfCommand.self, Pareto.self, Diff.self, Export.self, Aggregate.self,
        ]
    )
}
