import ArgumentParser
import Planner

@main
struct Planctl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planctl",
        abstract: "Plan AI-training data centers: sites, servers, cooling and clean energy at least cost and carbon.",
        version: planctlVersion,
        subcommands: []
    )
}
