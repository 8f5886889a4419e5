/// The figures of multi-year plans (horizon.md): net present cost and each cost
/// term's present value (USD), upfront spend, carbon over the horizon (tCO2e).
///
/// plan.json's top-level cost terms are levelised (present value ÷ Σ discount
/// factors) and its carbon is the yearly mean, so the present value of a term is
/// it times Σ df and the horizon's carbon is the mean times the years. A one-year
/// plan compared with a horizon counts as a horizon of one year (Σ df = 1).
extension PlanComparison {
    static func horizonRows(_ plans: [PlanSummary]) -> [Row] {
        func presentUSD(_ plan: PlanSummary, _ usdPerYr: Double) -> Double {
            usdPerYr * (plan.horizon?.discountFactorSum ?? 1)
        }
        func overHorizonT(_ plan: PlanSummary, _ tPerYr: Double) -> Double { tPerYr * Double(plan.horizon?.years ?? 1) }
        var rows = [row(plans, "net present cost (USD)", .usd) { $0.headlineCostUSD ?? 0 }]
        // A one-year plan.json carries no upfront spend: the row is for horizons only.
        if plans.allSatisfy({ !$0.hasPlan || $0.horizon != nil }) {
            rows.append(row(plans, "upfront spend (USD)", .usd) { $0.horizon?.upfrontUSD ?? 0 })
        }
        for term in costTerms(plans) {
            rows.append(
                row(plans, "cost: \(term.replacingOccurrences(of: "_", with: " "))", .usd) {
                    presentUSD($0, $0.cost(term))
                })
        }
        rows.append(
            row(plans, "carbon, operational (t over the horizon)", .tonnes) { overHorizonT($0, $0.operationalCarbonT) })
        rows.append(
            row(plans, "carbon, embodied (t over the horizon)", .tonnes) { overHorizonT($0, $0.embodiedCarbonT) })
        rows.append(row(plans, "carbon, total (t over the horizon)", .tonnes) { $0.headlineCarbonT })
        rows.append(row(plans, "carbon-free share", .fraction) { $0.cfeFraction })
        return rows
    }
}
