/// One end of one decision's near-optimal range: the planning MIP with its
/// cost held within the limit (one more row) and the decision as the objective,
/// minimised for the least end or maximised for the most.
struct RangeSearch: Sendable {
    let model: PlanModel
    let decision: AlternativeDecision
    let expression: LinearExpression
    let maximise: Bool
    /// The cost every plan of the range stays within (USD/yr), the objective's constant included.
    let costLimitUSDPerYr: Double

    /// What the search found: a plan's column values, the decision there, and
    /// the bound the search proved on it.
    struct Found {
        var values: [Double]
        var value: Double
        var bound: Double?
        var status: SolveStatus
        var glpkReturnCode: Int32
    }

    /// The range MIP: the plan's rows, `cost ≤ limit`, and ±decision as the objective.
    var program: LinearProgram {
        var program = Self.costHeld(model.program, atMost: costLimitUSDPerYr)
        for (j, column) in program.columns.enumerated() where column.cost != 0 {
            program.addCost(LinearProgram.ColumnID(index: j), -column.cost)
        }
        program.objectiveConstant = 0
        for term in expression.terms { program.addCost(term.column, maximise ? -term.coefficient : term.coefficient) }
        return program
    }

    /// `program` with one more row: its objective (constant included) at most `limitUSD`.
    static func costHeld(_ program: LinearProgram, atMost limitUSD: Double) -> LinearProgram {
        var held = program
        let terms = program.columns.enumerated().filter { $0.element.cost != 0 }.map {
            (LinearProgram.ColumnID(index: $0.offset), $0.element.cost)
        }
        held.addRow("near_optimal_cost", upper: limitUSD - program.objectiveConstant, terms: terms)
        return held
    }

    /// Share of its time the search may take; the rest is kept for polishing
    /// the plan it ends at (`polished`) and that plan's shadow prices.
    static let searchShare = 0.8

    /// Branch-and-bound nodes each search may create. A search stopped by the
    /// node count stops at the same incumbent and bound on every run, where one
    /// stopped by its time slot stops wherever the clock finds it: this is what
    /// makes the files reproducible for a fixed `--jobs`. On the sample a
    /// search runs about 100 nodes a second, so the limit ends most searches
    /// well inside a 120 s command (docs/performance.md).
    static let nodeLimit = 1000

    /// Searches from the cheapest plan (`cheapest`, its decisions by name, and
    /// `cheapestValues`, every column), which satisfies the range MIP: GLPK
    /// takes it as its first incumbent, so the search ends at it or beyond. For
    /// a whole-number decision the start is the cheapest plan itself (its build
    /// fixes the decision); for MW and MWh, that build with the rest run to
    /// favour the decision (`BaseStart.completed`) where that LP solves in a
    /// tenth of the time. Where the search returns nothing usable the cheapest
    /// plan stands, without a bound.
    func run(cheapest: NamedSolution, cheapestValues: [Double], context: PlanningContext) -> Found {
        if expression.value(cheapestValues) > 0,
            let without = withoutDecision(context: context.within(share: Self.probeShare))
        {
            return without
        }
        let program = self.program
        let search = context.within(share: Self.searchShare)
        let completed =
            decision.kind.isWhole
            ? nil : BaseStart.completed(cheapest, for: program, context: search.within(share: 0.1))
        let start =
            completed
            ?? BaseStart(values: cheapestValues, rowActivities: [], objective: program.objectiveValue(cheapestValues))
        let result = start.kept(
            over: search.solvePlanningMIP(program) {
                $0.startingSolution = start.values
                $0.nodeLimit = Self.nodeLimit
            }, context: search)
        let withPlan: Set<SolveStatus> = [.optimal, .timeLimit, .interrupted]
        guard withPlan.contains(result.status), result.columnValues.count == program.columns.count,
            program.violations(of: result.columnValues).isEmpty
        else {
            return Found(
                values: cheapestValues, value: expression.value(cheapestValues), bound: nil, status: result.status,
                glpkReturnCode: result.glpkReturnCode)
        }
        let values = polished(result.columnValues, context: context)
        return Found(
            values: values, value: expression.value(values), bound: result.bestBound.map(decisionBound),
            status: result.status, glpkReturnCode: result.glpkReturnCode)
    }

    /// Share of its time a least end may spend on `withoutDecision` first.
    static let probeShare = 0.4

    /// The least end at zero, proven, when a plan without the decision (its
    /// columns held at 0) costs within the limit: the planning MIP itself,
    /// minimising cost, which GLPK searches far better than the range MIP
    /// minimising the decision (on the sample that search rarely found a plan
    /// without a site in its slot). It is the question a planner asks first:
    /// can we do without this site, this GPU, this battery? Tried only where the
    /// cheapest plan has some (else it is the least itself). Nil for a most end,
    /// a decision that can go below zero, or when no such plan was found
    /// (then the range search runs as before).
    private func withoutDecision(context: PlanningContext) -> Found? {
        guard !maximise, expression.terms.allSatisfy({ $0.coefficient > 0 }) else { return nil }
        var program = model.program
        for term in expression.terms {
            guard program.columns[term.column.index].lower == 0 else { return nil }
            program.setBounds(term.column, lower: 0, upper: 0)
        }
        let result = context.solvePlanningMIP(program) { $0.nodeLimit = Self.nodeLimit }
        guard result.hasSolution, result.columnValues.count == program.columns.count,
            program.objectiveValue(result.columnValues) <= costLimitUSDPerYr,
            model.program.violations(of: result.columnValues).isEmpty
        else { return nil }
        return Found(
            values: result.columnValues, value: 0, bound: 0, status: .optimal, glpkReturnCode: result.glpkReturnCode)
    }

    /// The objective's bound as a bound on the decision: negated when maximising,
    /// and rounded inwards to a whole number for whole quantities.
    private func decisionBound(_ objectiveBound: Double) -> Double {
        let bound = maximise ? -objectiveBound : objectiveBound
        guard decision.kind.isWhole else { return bound }
        return maximise ? (bound + 1e-6).rounded(.down) : (bound - 1e-6).rounded(.up)
    }

    /// `values` with its whole-number choices kept and everything else the
    /// cheapest way to run them, the decision held at its value and the cost
    /// within the limit: the range search minds only the decision, so it may
    /// leave energy, offers or batteries anywhere the slack allows. `values`
    /// itself when that LP does not solve.
    func polished(_ values: [Double], context: PlanningContext) -> [Double] {
        var program = Self.costHeld(model.program, atMost: costLimitUSDPerYr)
        let value = expression.value(values)
        let give = 1e-9 * max(1, abs(value))
        program.addRow(
            "decision_held", lower: maximise ? value - give : -.infinity, upper: maximise ? .infinity : value + give,
            terms: expression.rowTerms())
        guard let fixed = try? program.withIntegersFixed(values) else { return values }
        let result = context.solveLP(fixed) { $0.presolve = false }
        guard result.status == .optimal, result.columnValues.count == program.columns.count else { return values }
        var polished = result.columnValues
        for (j, column) in program.columns.enumerated() where column.isInteger { polished[j] = polished[j].rounded() }
        return program.violations(of: polished).isEmpty ? polished : values
    }
}
