import Foundation

/// `whatif`: the base plan, then every scenario (scenarios.csv, then scenarios/ folders) starting from
/// it (`BaseStart`), each solved on its own worker thread, results in
/// scenarios.csv order whatever finishes first.
public enum WhatIf {
    /// The base (scenario nil) and each scenario's catalog, or every reason they cannot be read.
    public struct Loaded: Sendable {
        /// Base first, then the scenarios in scenarios.csv order; empty when any has an error.
        public var catalogs: [Catalog]
        /// With representative days: each catalog as read, with its full-year profiles
        /// (same order as `catalogs`), for the full-year check; empty otherwise.
        public var fullYear: [Catalog] = []
        /// Every scenario (scenarios.csv in file order, then folder-only ones by name), whichever the shard solves.
        public var scenarioNames: [String] = []
        /// The base, whichever the shard solves: every scenario starts from its plan.
        public var base: Catalog?
        /// Diagnostics of the base, then those a scenario adds (its name beside them).
        public var diagnostics: [(scenario: String?, diagnostics: Diagnostics)]
        /// Whether the base or any scenario has an error (then nothing is solved).
        public var hasErrors: Bool { diagnostics.contains { $0.diagnostics.hasErrors } }
    }

    /// One solved plan of the sweep, with the files of its folder.
    public struct Result: Sendable {
        /// The scenario of scenarios.csv this plan is for; nil for the base.
        public var scenario: String?
        /// The status and plan (or why there is none) of this solve.
        public var outcome: PlanOutcome
        /// The files its folder gets (plan.md, plan.json, bom.csv, …), by name.
        public var files: [(name: String, contents: String)]
        /// Read back from the plan.json in `files`, as `diff` and `--merge` read it.
        public var summary: PlanSummary
    }

    /// Files the base writes at the top of the output folder; no scenario may take these names.
    public static let reservedNames: Set<String> = ["plan.md", "plan.json", "bom.csv", "whatif.md"]

    /// Reads the base and every scenario (`shard` keeps only its share), each on
    /// `representativeDays` when given. Nothing is solved while any catalog has an
    /// error, so every one is read first; the folder is read from disk once and
    /// the scenarios are parsed on up to `jobs` threads.
    public static func load(directory: String, shard: Shard? = nil, representativeDays: Int? = nil, jobs: Int = 1)
        -> Loaded
    {
        guard let folder = CatalogLoader.read(directory: directory) else {
            return Loaded(catalogs: [], diagnostics: [(nil, CatalogLoader.noSuchFolder(directory).diagnostics)])
        }
        let base = CatalogLoader.load(
            files: folder.files, unreadable: folder.unreadable, folder: folder.path,
            scenarioFolders: folder.scenarioFolders)
        guard let baseCatalog = base.catalog else {
            return Loaded(catalogs: [], diagnostics: [(nil, base.diagnostics)])
        }
        let names = baseCatalog.scenarioNames
        let scenarios: [(catalog: Catalog?, added: Diagnostics)] = ParallelMap.map(names, jobs: jobs) { name in
            if let problem = folderProblem(name) {
                // At the cell that names the scenario, as every other scenarios.csv error, or at its folder.
                var bad = Diagnostics()
                if let position = baseCatalog.scenarioNamePositions[name] {
                    bad.error(CatalogLoader.displayName("scenarios.csv", in: folder.path), position, problem)
                } else {
                    let path = ScenarioFolders.folderName + "/" + name
                    bad.error(CatalogLoader.displayName(path, in: folder.path), .fileStart, problem)
                }
                return (nil, bad)
            }
            // The base's load checked every scenario folder: each scenario reads only its own.
            let outcome = CatalogLoader.load(
                files: folder.files, unreadable: folder.unreadable, folder: folder.path, scenario: name,
                scenarioFolders: folder.scenarioFolders, checkingEveryScenario: false)
            var added = Diagnostics()
            for diagnostic in outcome.diagnostics.all where !base.diagnostics.all.contains(diagnostic) {
                added.append(diagnostic)
            }
            return (outcome.catalog, added)
        }
        var diagnostics: [(scenario: String?, diagnostics: Diagnostics)] = [(nil, base.diagnostics)]
        var catalogs = [baseCatalog]
        for (name, scenario) in zip(names, scenarios) {
            if !scenario.added.all.isEmpty { diagnostics.append((name, scenario.added)) }
            if let catalog = scenario.catalog { catalogs.append(catalog) }
        }
        let asRead = representativeDays == nil ? [] : catalogs
        if let representativeDays {
            let reduced = ParallelMap.map(catalogs, jobs: jobs) { catalog in
                Swift.Result { () throws(AggregationError) in
                    try RepresentativeDays.aggregate(catalog, days: representativeDays).0
                }
            }
            for (i, result) in reduced.enumerated() {
                switch result {
                case .success(let catalog): catalogs[i] = catalog
                case .failure(let error):
                    var bad = Diagnostics()
                    bad.error(directory + "/profiles.csv", .fileStart, error.description)
                    diagnostics.append((catalogs[i].scenario, bad))
                }
            }
        }
        var loaded = Loaded(catalogs: catalogs, fullYear: asRead, scenarioNames: names, diagnostics: diagnostics)
        loaded.base = catalogs.first
        if loaded.hasErrors {
            loaded.base = nil
            loaded.catalogs = []
            loaded.fullYear = []
        } else if let shard {
            loaded.catalogs = catalogs.enumerated().filter { shard.contains($0.offset) }.map(\.element)
            loaded.fullYear = asRead.enumerated().filter { shard.contains($0.offset) }.map(\.element)
        }
        return loaded
    }

    /// Solves every catalog, the base (scenario nil) first and alone, then the
    /// scenarios with at most `jobs` at once, each starting from the base plan;
    /// results in the catalogs' order. `fullYear` (one per catalog) adds the
    /// full-year check to each plan. A shard without the base passes it as
    /// `base`: it is solved for its plan only (no check, no files), so the
    /// scenarios start where a single run's would and the shards merge into the
    /// whatif.md a single run writes.
    public static func solve(
        _ catalogs: [Catalog], options: PlanOptions, jobs: Int, fullYear: [Catalog]? = nil, base: Catalog? = nil
    ) -> [Result] {
        // The base runs alone: its own stages may use every job.
        var alone = options
        alone.jobs = max(options.jobs, jobs)
        let solvesBase = catalogs.first.map { $0.scenario == nil } ?? false
        let results = solvesBase ? [solve(catalogs[0], fullYear: fullYear?[0], options: alone)] : []
        let startFrom =
            solvesBase ? results[0].outcome.solution : base.flatMap { Planning.decisions(of: $0, options: alone) }
        let scenarios = catalogs.indices.dropFirst(results.count).map { (catalogs[$0], fullYear?[$0]) }
        return results
            + ParallelMap.map(scenarios, jobs: jobs) { catalog, year in
                var fromBase = options
                fromBase.startFrom = startFrom
                return solve(catalog, fullYear: year, options: fromBase)
            }
    }

    /// One plan and its files.
    private static func solve(_ catalog: Catalog, fullYear: Catalog?, options: PlanOptions) -> Result {
        let outcome = Planning.plan(catalog, fullYear: fullYear, options: options)
        let files = PlanFiles.render(outcome, catalog: catalog)
        let json = files.first { $0.name == "plan.json" }!.contents
        // Our own plan.json always parses; the fallback only keeps this total.
        let summary = (try? PlanSummary(json: Data(json.utf8))) ?? PlanSummary.unreadable(scenario: catalog.scenario)
        return Result(scenario: catalog.scenario, outcome: outcome, files: files, summary: summary)
    }

    /// Where a plan's files go: the base at the top of `out`, a scenario in `out/<scenario>`.
    public static func folder(for scenario: String?, in out: String) -> String {
        scenario.map { out + "/" + $0 } ?? out
    }

    /// Why a scenario name cannot be an output folder, if it cannot.
    static func folderProblem(_ name: String) -> String? {
        if !OutputFolder.isSafeName(name) { return "scenario \"\(name)\" cannot name an output folder" }
        if reservedNames.contains(name) || name.hasPrefix(Shard.manifestPrefix) {
            return "scenario \"\(name)\" would overwrite the report file of that name; rename the scenario"
        }
        return nil
    }
}

extension PlanSummary {
    /// Stands in for a plan.json that could not be parsed (never expected).
    static func unreadable(scenario: String?) -> PlanSummary {
        PlanSummary(
            status: .failed, scenario: scenario, objectiveUSDPerYr: nil, costsUSDPerYr: [], operationalCarbonT: 0,
            embodiedCarbonT: 0, cfeFraction: 0, mipGap: nil, sites: [], workloads: [],
            reasons: ["plan.json could not be read back"], inputDigests: [])
    }
}
