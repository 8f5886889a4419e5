import Foundation

extension PlanSummary {
    /// The summary of a fresh plan. It is read from the plan's own plan.json so
    /// that a fresh plan and a saved one are compared on the same rounded
    /// numbers (gates against a baseline, what-if deltas).
    public init(plan: Plan) {
        // plan.json is rendered by PlanJSON and always parses; a failure here is a bug in planctl.
        do {
            try self.init(json: Data(PlanJSON.render(plan).utf8))
        } catch {
            preconditionFailure("planctl's own plan.json does not parse: \(error)")
        }
    }
}
