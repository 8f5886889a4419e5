/// What pareto.md, pareto.json and pareto.svg measure a point in: a one-year plan's
/// objective (USD/yr) and carbon (tCO2e/yr), or a horizon's net present cost (USD)
/// and carbon over all its years (tCO2e), with the implied USD/t on those.
struct ParetoFigures {
    /// Years of the horizon; nil for a one-year front.
    let horizonYears: Int?

    /// The figures of `front`: a horizon's when its points are multi-year.
    init(_ front: ParetoFront.Outcome) {
        horizonYears = front.points.first?.summary.horizon?.years
    }

    /// The point's cost: NPC (USD) on a horizon, else the objective (USD/yr).
    func costUSD(_ s: PlanSummary) -> Double { s.headlineCostUSD ?? 0 }

    /// The point's carbon: the horizon's total (tCO2e), else the plan's (tCO2e/yr).
    func carbonT(_ s: PlanSummary) -> Double { s.headlineCarbonT }

    /// The cap a point was solved under, on the same footing as `carbonT`: the front
    /// caps a horizon's yearly mean, so its total cap is that times the years.
    func capT(_ point: ParetoFront.Point) -> Double? { point.capT.map { $0 * Double(horizonYears ?? 1) } }

    /// Extra cost per tonne saved going from `previous` to `point` (USD/t); nil when no carbon is saved.
    func impliedUSDPerT(from previous: PlanSummary, to point: PlanSummary) -> Double? {
        let savedT = carbonT(previous) - carbonT(point)
        return savedT > 0 ? (costUSD(point) - costUSD(previous)) / savedT : nil
    }

    /// "/yr" after one-year figures; nothing after a horizon's totals.
    var perYr: String { horizonYears == nil ? "/yr" : "" }

    /// How `DeltaFormat` shows carbon: per year, or a sum over the horizon.
    var carbonKind: PlanComparison.Kind { horizonYears == nil ? .tonnesPerYr : .tonnes }

    /// pareto.md's cap column head, with its unit.
    var capHeader: String { horizonYears == nil ? "carbon cap (t/yr)" : "carbon cap (t over the horizon)" }
    /// pareto.md's cost column head, with its unit.
    var costHeader: String { horizonYears == nil ? "cost (USD/yr)" : "net present cost (USD)" }
    /// pareto.md's carbon column head, with its unit.
    var carbonHeader: String { horizonYears == nil ? "carbon (t/yr)" : "carbon (t over the horizon)" }
}
