/// A decision as an expression over the planning MIP's columns, built from the
/// model's index in catalog order, so the objective of its range solves and
/// the value read from a plan are one formula.
extension AlternativeDecision {
    /// The decision's sum over `model`'s columns; empty when nothing it names can be bought.
    func expression(in model: PlanModel) -> LinearExpression {
        let catalog = model.catalog
        let index = model.index
        var sum = LinearExpression()
        func matches(_ key: String, _ id: String) -> Bool { filter(key).map { $0 == id } ?? true }
        switch kind {
        case .accelerators:
            for placement in index.placements
            where matches("site", catalog.sites[placement.site].id)
                && matches("server", catalog.servers[placement.server].id)
            {
                sum.add(index.nodes[placement]!, Double(catalog.servers[placement.server].acceleratorsPerNode))
            }
        case .renewableMW:
            for (v, offer) in catalog.renewables.enumerated()
            where matches("site", offer.site) && matches("technology", offer.technology.rawValue)
                && matches("contract", offer.contract.rawValue) && matches("offer", offer.id)
            {
                if let column = index.offerMW[v] { sum.add(column, 1) }
            }
        case .batteryMWh:
            for s in index.openable where matches("site", catalog.sites[s].id) {
                for (b, battery) in catalog.batteries.enumerated() where matches("battery", battery.id) {
                    sum.add(index.batteryMWh[s]![b], 1)
                }
            }
        }
        return sum
    }

    /// Values closer than this are one value: half an accelerator, or a
    /// thousandth of a MW or MWh (a kW, a kWh) for the continuous quantities.
    var toleranceUnits: Double { kind.isWhole ? 0.5 : 1e-3 }
}
