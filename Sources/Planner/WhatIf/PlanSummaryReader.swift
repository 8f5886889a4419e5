import Foundation

/// Why a plan.json could not be read back.
public enum PlanSummaryError: Error, CustomStringConvertible {
    case unreadable(String)
    case notAPlan(String, String)

    /// The reason, with the path, for the terminal.
    public var description: String {
        switch self {
        case .unreadable(let path): return "cannot read \(path)"
        case .notAPlan(let path, let why):
            return "\(path) is not a planctl plan.json (\(why)); write it with `planctl plan`"
        }
    }
}

extension PlanSummary {
    /// Reads a plan.json written by `planctl plan` or `whatif`.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw PlanSummaryError.unreadable(path) }
        try self.init(json: data, source: path)
    }

    /// Parses plan.json text (`source` names it in errors).
    public init(json data: Data, source: String = "plan.json") throws {
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: data) } catch {
            throw PlanSummaryError.notAPlan(source, "not valid JSON")
        }
        guard let root = parsed as? [String: Any], let word = root["status"] as? String else {
            throw PlanSummaryError.notAPlan(source, "no \"status\"")
        }
        // "error" is how plans written before the one status type said `failed`.
        guard let status = SolveStatus(rawValue: word == "error" ? "failed" : word) else {
            throw PlanSummaryError.notAPlan(source, "unknown status \"\(word)\"")
        }
        let manifest = root["manifest"] as? [String: Any] ?? [:]
        self.status = status
        self.scenario = manifest["scenario"] as? String
        self.inputDigests = Self.sorted(manifest["inputs_sha256"]).compactMap { key, value in
            (value as? String).map { Figure.Text(name: key, value: $0) }
        }
        self.reasons = (root["infeasibility"] as? [String]) ?? [root["message"] as? String].compactMap { $0 }
        guard status == .optimal || status == .timeLimit else {
            self.objectiveUSDPerYr = nil
            self.costsUSDPerYr = []
            self.operationalCarbonT = 0
            self.embodiedCarbonT = 0
            self.cfeFraction = 0
            self.mipGap = nil
            self.sites = []
            self.workloads = []
            return
        }
        guard let objective = Self.number(root["objective_usd_per_yr"]) else {
            throw PlanSummaryError.notAPlan(source, "no \"objective_usd_per_yr\"")
        }
        self.objectiveUSDPerYr = objective
        let costs = root["cost_usd_per_yr"] as? [String: Any] ?? [:]
        // cli.md's order for known terms, then any others by name.
        let known = CostTerm.allCases.map(\.rawValue)
        let order = known.filter { costs[$0] != nil } + costs.keys.filter { !known.contains($0) }.sorted()
        self.costsUSDPerYr = order.map { Figure(name: $0, value: Self.number(costs[$0]) ?? 0) }
        let carbon = root["carbon_t_per_yr"] as? [String: Any] ?? [:]
        self.operationalCarbonT = Self.number(carbon["operational"]) ?? 0
        self.embodiedCarbonT = Self.number(carbon["embodied"]) ?? 0
        self.cfeFraction = Self.number(root["cfe_fraction"]) ?? 0
        self.mipGap = Self.number(root["mip_gap"])
        self.sites = (root["sites"] as? [[String: Any]] ?? []).map(Self.site)
        self.workloads = (root["workloads"] as? [[String: Any]] ?? []).map { w in
            Workload(id: w["id"] as? String ?? "", site: w["site"] as? String, server: w["server"] as? String)
        }
        self.horizon = Self.horizon(root, meanCarbonT: operationalCarbonT + embodiedCarbonT)
        if let check = root["full_year_check"] as? [String: Any],
            let objective = Self.number(check["objective_usd_per_yr"])
        {
            let carbon = check["carbon_t_per_yr"] as? [String: Any] ?? [:]
            self.fullYear = FullYear(
                objectiveUSDPerYr: objective, totalCarbonT: Self.number(carbon["total"]) ?? 0,
                cfeFraction: Self.number(check["cfe_fraction"]) ?? 0)
        }
    }

    private static func site(_ s: [String: Any]) -> Site {
        let batteries = sorted(s["battery"]).map { key, value in
            Figure(name: key, value: number((value as? [String: Any])?["mwh"]) ?? 0)
        }
        var site = Site(
            id: s["id"] as? String ?? "", open: s["open"] as? Bool ?? false,
            nodes: figures(s["nodes"]), renewablesMW: figures(s["renewables_mw"]), batteryMWh: batteries,
            racks: number(s["racks"]) ?? 0, facilityMW: number(s["facility_mw"]) ?? 0)
        site.storage = figures(s["storage"])
        return site
    }

    private static func figures(_ value: Any?) -> [Figure] {
        sorted(value).map { Figure(name: $0.0, value: number($0.1) ?? 0) }
    }

    /// An object's members sorted by key: JSONSerialization keeps no order.
    static func sorted(_ value: Any?) -> [(String, Any)] {
        guard let object = value as? [String: Any] else { return [] }
        return object.keys.sorted().map { ($0, object[$0]!) }
    }

    static func number(_ value: Any?) -> Double? {
        (value as? NSNumber)?.doubleValue
    }
}
