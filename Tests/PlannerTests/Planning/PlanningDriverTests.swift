import Foundation
import Testing

@testable import Planner

/// The planning driver with a scripted solver: what each stage asks of the
/// solver, how the one deadline is shared, and how each outcome reads.
@Suite("Planning driver")
struct PlanningDriverTests {
    /// A solver that records each call's kind and time limit and answers as told.
    final class ScriptedSolver: Solving, @unchecked Sendable {
        // @unchecked: `calls` is guarded by `lock`.
        private let lock = NSLock()
        private(set) var calls: [(kind: String, limitSeconds: Double)] = []
        let answer: SolveStatus

        init(answer: SolveStatus) { self.answer = answer }

        func solveMIP(_ program: LinearProgram, options: SolveOptions) -> SolveResult {
            record("mip", options)
        }

        func solveLP(_ program: LinearProgram, options: SolveOptions) -> SolveResult {
            record("lp", options)
        }

        private func record(_ kind: String, _ options: SolveOptions) -> SolveResult {
            lock.lock()
            calls.append((kind, options.timeLimitSeconds))
            lock.unlock()
            return SolveResult(status: answer, glpkReturnCode: 0, message: "scripted", bestBound: 1_000)
        }
    }

    /// No plan within the limit: the outcome keeps the bound and the configured limit,
    /// and its sentence quotes that limit, never the time left when GLPK started.
    @Test func noPlanInTimeReadsTheConfiguredLimit() throws {
        let solver = ScriptedSolver(answer: .noSolution)
        var options = PlanOptions()
        options.solver = solver
        options.timeLimitSeconds = 60
        let outcome = Planning.plan(try ModelFixture().catalog(), options: options)
        #expect(outcome.status == .noSolution)
        #expect(outcome.plan == nil)
        #expect(outcome.bestBoundUSDPerYr == 1_000)
        #expect(
            StatusText.sentence(outcome)
                == "time limit of 60 s reached before any plan was found; every plan costs at least 1,000 USD/yr")
        // The fixture has 3 integer columns (< 500): no first plan, one main MIP, which
        // may use all but the 5 % reserved for the checks after it.
        #expect(solver.calls.map(\.kind) == ["mip"])
        let limit = try #require(solver.calls.first?.limitSeconds)
        #expect(limit > 56 && limit <= 57)
    }

    /// An infeasible main search hands the rest of the budget to the analysis of why.
    @Test func infeasibleRunsTheAnalysisWithinTheDeadline() throws {
        let solver = ScriptedSolver(answer: .infeasible)
        var options = PlanOptions()
        options.solver = solver
        options.timeLimitSeconds = 10
        let outcome = Planning.plan(try ModelFixture().withPolicy("max_carbon_t,1").catalog(), options: options)
        #expect(outcome.status == .infeasible)
        // Main search, then the slackened model twice (policy only, then policy and work), each still infeasible.
        #expect(solver.calls.map(\.kind) == ["mip", "mip", "mip"])
        #expect(solver.calls.allSatisfy { $0.limitSeconds <= 10 })
        #expect(outcome.infeasibility == [.undetermined])
    }

    /// The status sentence of a plan stopped by the limit quotes the configured limit.
    @Test func aTimeLimitedPlanReadsTheConfiguredLimit() throws {
        var plan = try ModelFixture().plan()
        plan.status = .timeLimit
        plan.mipGap = 0.034
        plan.solver.timeLimitSeconds = 60
        #expect(StatusText.sentence(plan) == "time limit of 60 s reached with a plan 3.4 % from the best bound")
    }

    /// A plan the search stopped before its first bound (the branch and bound's
    /// root LP did not finish) shows no bound and no gap, never the objective with gap 0.
    @Test func aPlanWithoutABoundSaysSo() throws {
        let model = PlanModel(catalog: try ModelFixture().catalog())
        let solved = GLPKSolver().solveMIP(model.program, options: SolveOptions())
        let plan = PlanReader(model: model, solution: solved.columnValues).read(
            status: .timeLimit, bestBound: nil, gap: nil, solver: try ModelFixture().plan().solver)
        #expect(plan.bestBoundUSDPerYr == nil && plan.mipGap == nil)
        let json = PlanJSON.render(plan)
        #expect(json.contains("\"best_bound_usd_per_yr\": null") && json.contains("\"mip_gap\": null"))
        #expect(
            PlanMarkdown.solver(plan).contains(
                "| best bound | none proven (the search stopped before its first bound) |"))
        #expect(StatusText.sentence(plan).hasSuffix("reached with a plan and no bound proven"))
        // Proven optimal without a reported bound: the proof is the bound.
        let optimal = PlanReader(model: model, solution: solved.columnValues).read(
            status: .optimal, bestBound: nil, gap: nil, solver: plan.solver)
        #expect(optimal.bestBoundUSDPerYr == optimal.objectiveUSDPerYr && optimal.mipGap == 0)
    }

    /// Shadow prices that could not be computed are said to be missing, not silently dropped.
    @Test func missingShadowPricesAreReported() throws {
        var plan = try ModelFixture().plan()
        plan.shadowPricesStatus = .noSolution
        #expect(
            PlanMarkdown.limits(plan)
                == "The value of relaxing each limit is not shown: the time limit ran out before the LP with the "
                + "build fixed was solved.")
        #expect(PlanJSON.render(plan).contains("\"shadow_prices_status\": \"no_solution\""))
    }
}

/// whatif.md's line for scenarios without a plan.
@Suite("What-if lines without a plan")
struct WhatIfLineTests {
    /// Two failed plans have no build to compare: never "same build".
    @Test func twoFailedPlansAreNotTheSameBuild() {
        let failed = PlanSummary.unreadable(scenario: "x")
        #expect(
            WhatIfMarkdown.summaryLine(base: failed, failed)
                == "has no plan (failed), nor has the base (failed)")
    }
}

/// Cost differences inside the plans' gaps are marked, not read as changes.
@Suite("Solver tolerance in comparisons")
struct ToleranceNoteTests {
    /// Base 598 000 at a 1 % gap (±5 980): a scenario at 601 000 (+3 000) is within it, one at 610 000 is not.
    @Test func differencesWithinTheGapsAreMarked() throws {
        var base = PlanSummary(plan: try ModelFixture().plan())
        base.mipGap = 0.01
        var near = base
        near.objectiveUSDPerYr = 601_000
        near.mipGap = 0.005
        var far = base
        far.objectiveUSDPerYr = 610_000
        #expect(
            WhatIfMarkdown.summaryLine(base: base, near)
                == "cost +3.0 k USD/yr (within the solver's tolerance of ±6.0 k USD/yr: the plans' gaps), "
                + "carbon unchanged; same build")
        #expect(WhatIfMarkdown.summaryLine(base: base, far) == "cost +12.0 k USD/yr, carbon unchanged; same build")
    }

    /// A plan stopped before its first bound (plan.json `mip_gap` null) reads back with no gap,
    /// not a gap of 0, and a change against it is not passed off as a proven one.
    @Test func aPlanWithoutABoundLeavesTheChangeUnbounded() throws {
        var base = PlanSummary(plan: try ModelFixture().plan())
        base.mipGap = 0.01
        var stopped = base
        stopped.status = .timeLimit
        stopped.mipGap = nil
        stopped.objectiveUSDPerYr = 610_000
        #expect(
            WhatIfMarkdown.summaryLine(base: base, stopped)
                == "cost +12.0 k USD/yr (no bound proven for one plan: the solver's share of this change is unknown), "
                + "carbon unchanged; same build")
        #expect(
            WhatIfMarkdown.summaryLine(base: stopped, stopped)
                == "cost unchanged (no bound proven for either plan: the solver's share of this change is unknown), "
                + "carbon unchanged; same build")
        var plan = try ModelFixture().plan()
        plan.status = .timeLimit
        plan.bestBoundUSDPerYr = nil
        plan.mipGap = nil
        let readBack = try PlanSummary(json: Data(PlanJSON.render(plan).utf8))
        #expect(readBack.status == .timeLimit && readBack.mipGap == nil)
    }
}

/// `diff` and whatif.md name every change a buyer cares about.
@Suite("Build changes")
struct BuildChangeTests {
    @Test func runsStorageAndCoolingAreNamed() throws {
        let base = PlanSummary(plan: try ModelFixture().plan())
        var other = base
        var run = other.workloads[0]
        run.id = "w9"
        other.workloads.append(run)
        other.sites[0].storage = [PlanSummary.Figure(name: "nvme", value: 3)]
        other.sites[0].nodes = [PlanSummary.Figure(name: "g1/liquid1", value: 8)]
        #expect(
            BuildChanges.sentence(from: base, to: other)
                == "adds run w9; adds 3 units of nvme; g1 at A from air1 to liquid1 cooling")
        #expect(BuildChanges.sentence(from: other, to: base).hasPrefix("removes run w9; drops 3 units of nvme"))
    }
}
