/// alternatives.json: every range as numbers, each end with the plan file
/// that reaches it; and those plan files, each a plan.json.
public enum AlternativesJSON {
    /// The cheapest plan's file, a plan.json like `plan` writes.
    static let cheapestFile = "alternatives-cheapest.json"

    /// alternatives.json's text; `stems` are the ranges' file stems (`AlternativesText.stems`).
    static func render(_ alternatives: NearOptimalAlternatives, stems: [String]) -> String {
        let cheapest = alternatives.cheapest
        let ranges = zip(alternatives.ranges, stems).map { range, stem -> JSONValue in
            func end(_ end: DecisionRange.End, proven: Bool, suffix: String) -> JSONValue {
                .object([
                    ("value", .number(end.value)),
                    ("bound", end.bound.map(JSONValue.number) ?? .null),
                    ("proven", .bool(proven)),
                    ("status", .string(end.status.rawValue)),
                    ("cost_usd_per_yr", .number(end.plan.objectiveUSDPerYr)),
                    ("file", .string(range.isEmpty ? cheapestFile : "\(stem)-\(suffix).json")),
                ])
            }
            return .object([
                ("decision", .string(range.decision.name)),
                ("unit", .string(range.decision.kind.unit)),
                ("cheapest", .number(range.cheapestValue)),
                ("least", end(range.least, proven: range.leastIsProven, suffix: "least")),
                ("most", end(range.most, proven: range.mostIsProven, suffix: "most")),
                ("firmness", .string(range.firmness.rawValue)),
                ("tolerance", .number(range.toleranceUnits)),
                ("in_model", .bool(!range.isEmpty)),
            ])
        }
        return JSONValue.object([
            ("slack", .number(alternatives.slack)),
            ("cost_limit_usd_per_yr", .number(alternatives.costLimitUSDPerYr)),
            (
                "cheapest",
                .object([
                    ("status", .string(cheapest.status.rawValue)),
                    ("objective_usd_per_yr", .number(cheapest.objectiveUSDPerYr)),
                    ("best_bound_usd_per_yr", cheapest.bestBoundUSDPerYr.map(JSONValue.number) ?? .null),
                    ("mip_gap", cheapest.mipGap.map(JSONValue.number) ?? .null),
                    ("file", .string(cheapestFile)),
                ])
            ),
            ("decisions", .array(ranges)),
            ("time_limit_s", .number(cheapest.solver.timeLimitSeconds)),
            ("mip_gap_tolerance", .number(cheapest.solver.mipGapTolerance)),
            ("manifest", cheapest.manifest.json),
        ]).rendered()
    }

    /// The cheapest plan's file and each searched end's plan file, in range order, least before most.
    static func planFiles(_ alternatives: NearOptimalAlternatives, stems: [String]) -> [(String, String)] {
        var files = [(cheapestFile, PlanJSON.render(alternatives.cheapest))]
        for (range, stem) in zip(alternatives.ranges, stems) where !range.isEmpty {
            files.append(("\(stem)-least.json", PlanJSON.render(range.least.plan)))
            files.append(("\(stem)-most.json", PlanJSON.render(range.most.plan)))
        }
        return files
    }
}
