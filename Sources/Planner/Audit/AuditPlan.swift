import Foundation

/// What the audit compares the meters with: each site of a saved plan.json as planned.
public struct AuditPlan: Sendable, Equatable {
    /// Every site of the plan, in plan order.
    public var sites: [Site]

    /// One site as the plan built it.
    public struct Site: Sendable, Equatable {
        /// Site id from sites.csv.
        public var id: String
        /// Whether the plan opens the site.
        public var open: Bool
        /// Planned average facility load (MW).
        public var facilityMW: Double
        /// Planned average IT load (MW).
        public var itMW: Double
        /// Planned power usage effectiveness (facility ÷ IT).
        public var pue: Double
        /// Planned water use (m³/yr).
        public var waterM3PerYr: Double
        /// Capacity by renewable offer id (MW), sorted by offer id.
        public var renewablesMW: [(offer: String, mw: Double)]
        /// The plan's carbon-free share of the site's facility energy (fraction of 1); nil without energy.
        public var cfeFraction: Double?

        /// Equal when every figure and offer agrees.
        public static func == (lhs: Site, rhs: Site) -> Bool {
            lhs.id == rhs.id && lhs.open == rhs.open && lhs.facilityMW == rhs.facilityMW && lhs.itMW == rhs.itMW
                && lhs.pue == rhs.pue && lhs.waterM3PerYr == rhs.waterM3PerYr
                && lhs.renewablesMW.map(\.offer) == rhs.renewablesMW.map(\.offer)
                && lhs.renewablesMW.map(\.mw) == rhs.renewablesMW.map(\.mw) && lhs.cfeFraction == rhs.cfeFraction
        }
    }

    /// A plan of `sites`.
    public init(sites: [Site]) {
        self.sites = sites
    }

    /// The site with this id, open or not.
    public func site(_ id: String) -> Site? { sites.first { $0.id == id } }

    /// Ids of the sites the plan opens, in plan order.
    public var openSiteIDs: [String] { sites.filter(\.open).map(\.id) }
}

extension AuditPlan {
    /// Reads a plan.json written by `planctl plan` (only a plan with a build: optimal or time limit).
    public init(contentsOf path: String) throws(AuditError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadablePlan(path: path) }
        try self.init(json: data, source: path)
    }

    /// Parses plan.json text (`source` names it in errors).
    public init(json data: Data, source: String = "plan.json") throws(AuditError) {
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw .notAPlan(path: source, why: "not a JSON object")
        }
        guard let status = root["status"] as? String else { throw .notAPlan(path: source, why: "no \"status\"") }
        guard status == SolveStatus.optimal.rawValue || status == SolveStatus.timeLimit.rawValue else {
            throw .noBuild(path: source, status: status)
        }
        guard let sites = root["sites"] as? [[String: Any]] else { throw .notAPlan(path: source, why: "no \"sites\"") }
        self.sites = try sites.map { (s) throws(AuditError) in try Self.site(s, source: source) }
    }

    private static func site(_ s: [String: Any], source: String) throws(AuditError) -> Site {
        guard let id = s["id"] as? String else { throw .notAPlan(path: source, why: "a site without \"id\"") }
        let renewables = s["renewables_mw"] as? [String: Any] ?? [:]
        let energy = s["energy_mwh_per_yr"] as? [String: Any] ?? [:]
        let facilityMWh = number(energy["facility"])
        let fossilMWh =
            number(energy["grid"]) - number(energy["ppa_matched"]) - number(energy["grid_carbon_free"])
        return Site(
            id: id, open: s["open"] as? Bool ?? false, facilityMW: number(s["facility_mw"]),
            itMW: number(s["it_mw"]), pue: number(s["pue"]), waterM3PerYr: number(s["water_m3_per_yr"]),
            renewablesMW: renewables.keys.sorted().map { ($0, number(renewables[$0])) },
            cfeFraction: facilityMWh > 0 ? 1 - fossilMWh / facilityMWh : nil)
    }

    private static func number(_ value: Any?) -> Double {
        (value as? NSNumber)?.doubleValue ?? 0
    }
}
