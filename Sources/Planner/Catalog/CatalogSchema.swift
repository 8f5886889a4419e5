/// The columns of one catalog file, in the order inputs.md lists them.
public struct FileSchema: Sendable {
    /// The file's name without `.csv`, as scenarios.csv names it.
    public var name: String
    /// Whether an input folder must contain this file (an absent optional file means "none").
    public var isRequired: Bool
    /// Every column the file may have, with its rule and default.
    public var columns: [ColumnSpec]

    /// The file's name in the input folder, e.g. `sites.csv`.
    public var fileName: String { name + ".csv" }

    /// The index of a column in `columns`, by name.
    public func index(of column: String) -> Int? {
        columns.firstIndex { $0.name == column }
    }

    /// The spec of a column, by name; nil when the file has no such column.
    public func spec(_ column: String) -> ColumnSpec? {
        index(of: column).map { columns[$0] }
    }
}

/// Every catalog file planctl reads: the single source of truth for names, defaults and ranges.
public enum CatalogSchema {
    /// sites.csv (required): candidate data-center sites.
    public static let sites = FileSchema(
        name: "sites", isRequired: true,
        columns: [
            ColumnSpec("id", .id, .required),
            ColumnSpec("region", .text, .required),
            ColumnSpec("max_racks", .number(.nonNegative), .required),
            ColumnSpec("grid_capacity_mw", .number(.nonNegative), .required),
            ColumnSpec("grid_price_usd_per_mwh", .number(.anySign), .required),
            ColumnSpec("grid_carbon_kg_per_mwh", .number(.nonNegative), .required),
            ColumnSpec("solar_cf", .number(.fraction), .value(0)),
            ColumnSpec("wind_cf", .number(.fraction), .value(0)),
            ColumnSpec("pue_adder", .number(.anySign), .value(0)),
            ColumnSpec("aux_pue", .number(.atLeastOne), .value(1.4)),
            ColumnSpec("power_redundancy", .number(.atLeastOne), .value(1)),
            ColumnSpec("electrical_capex_usd_per_kw", .number(.nonNegative), .value(0)),
            ColumnSpec("fixed_capex_usd", .number(.nonNegative), .value(0)),
            ColumnSpec("fixed_opex_usd_per_yr", .number(.nonNegative), .value(0)),
            ColumnSpec("lifetime_years", .number(.positive), .value(15)),
            ColumnSpec("risk_score", .number(.fraction), .value(0)),
            ColumnSpec("heat_reuse_price_usd_per_mwh", .number(.nonNegative), .value(0)),
            ColumnSpec("heat_reuse_max_mw", .number(.nonNegative), .value(0)),
            ColumnSpec("water_price_usd_per_m3", .number(.nonNegative), .value(0)),
            ColumnSpec("max_water_m3_per_yr", .number(.nonNegative), .none),
            ColumnSpec("grid_cfe_fraction", .number(.fraction), .value(0)),
            ColumnSpec("first_year", .number(.yearOfHorizon), .value(1)),
            ColumnSpec("grid_price_change_per_yr", .number(.yearlyChange), .value(0)),
            ColumnSpec("grid_carbon_change_per_yr", .number(.yearlyChange), .value(0)),
        ])

    /// servers.csv (required): accelerator node types.
    public static let servers = FileSchema(
        name: "servers", isRequired: true,
        columns: [
            ColumnSpec("id", .id, .required),
            ColumnSpec("accelerators_per_node", .number(.positiveCount), .required),
            ColumnSpec("tflops_per_accelerator", .number(.positive), .required),
            ColumnSpec("mfu", .number(.serverShare), .value(0.4)),
            ColumnSpec("availability", .number(.serverShare), .value(0.95)),
            ColumnSpec("avg_power_kw", .number(.positive), .required),
            ColumnSpec("peak_power_kw", .number(.positive), .column("avg_power_kw")),
            ColumnSpec("capex_usd", .number(.nonNegative), .required),
            ColumnSpec("opex_usd_per_yr", .number(.nonNegative), .value(0)),
            ColumnSpec("lifetime_years", .number(.positive), .value(5)),
            ColumnSpec("embodied_kg", .number(.nonNegative), .value(0)),
            ColumnSpec("storage_gbps", .number(.nonNegative), .value(0)),
            ColumnSpec("cooling_kinds", .list, .required),
            ColumnSpec("max_nodes", .number(.count), .none),
            ColumnSpec("idle_power_kw", .number(.nonNegative), .none),
            ColumnSpec("first_year", .number(.yearOfHorizon), .value(1)),
            ColumnSpec("last_year", .number(.yearOfHorizon), .none),
            ColumnSpec("capex_change_per_yr", .number(.yearlyChange), .value(0)),
        ])

    /// cooling.csv (required): cooling systems a server can sit in.
    public static let cooling = FileSchema(
        name: "cooling", isRequired: true,
        columns: [
            ColumnSpec("id", .id, .required),
            ColumnSpec("kind", .id, .required),
            ColumnSpec("pue", .number(.atLeastOne), .required),
            ColumnSpec("capex_usd_per_kw", .number(.nonNegative), .required),
            ColumnSpec("redundancy", .number(.atLeastOne), .value(1)),
            ColumnSpec("max_rack_kw", .number(.positive), .required),
            ColumnSpec("wue_l_per_kwh", .number(.nonNegative), .value(0)),
            ColumnSpec("heat_recovery_fraction", .number(.fraction), .value(0)),
            ColumnSpec("lifetime_years", .number(.positive), .value(15)),
        ])

    /// storage.csv (optional): shared storage building blocks.
    public static let storage = FileSchema(
        name: "storage", isRequired: false,
        columns: [
            ColumnSpec("id", .id, .required),
            ColumnSpec("capacity_tb", .number(.nonNegative), .required),
            ColumnSpec("throughput_gbps", .number(.nonNegative), .required),
            ColumnSpec("power_kw", .number(.nonNegative), .required),
            ColumnSpec("racks_per_unit", .number(.positive), .required),
            ColumnSpec("capex_usd", .number(.nonNegative), .required),
            ColumnSpec("lifetime_years", .number(.positive), .value(5)),
            ColumnSpec("embodied_kg", .number(.nonNegative), .value(0)),
        ])

    /// workloads.csv (required): training runs; compute as `flops` or `params_b` with `tokens_b`.
    public static let workloads = FileSchema(
        name: "workloads", isRequired: true,
        columns: [
            ColumnSpec("id", .id, .required),
            // Frontier runs are ~1e26 FLOP; 1e32 leaves room without letting a typo through.
            ColumnSpec("flops", .number(.positive), .none, limit: 1e32),
            ColumnSpec("params_b", .number(.positive), .none),
            ColumnSpec("tokens_b", .number(.positive), .none),
            ColumnSpec("deadline_days", .number(.deadline), .value(365)),
            ColumnSpec("min_accelerators", .number(.count), .value(1)),
            ColumnSpec("storage_tb", .number(.nonNegative), .value(0)),
            ColumnSpec("allowed_regions", .list, .none),
            ColumnSpec("allowed_servers", .list, .none),
            ColumnSpec("year", .number(.yearOfHorizon), .value(1)),
        ])

    /// renewables.csv (optional): on-site plants and PPA offers, each tied to one site.
    public static let renewables = FileSchema(
        name: "renewables", isRequired: false,
        columns: [
            ColumnSpec("id", .id, .required),
            ColumnSpec("site", .id, .required),
            ColumnSpec("technology", .choice(["solar", "wind"]), .required),
            ColumnSpec("contract", .choice(["onsite", "ppa"]), .required),
            ColumnSpec("max_mw", .number(.nonNegative), .required),
            ColumnSpec("capex_usd_per_mw", .number(.nonNegative), .value(0)),
            ColumnSpec("fixed_om_usd_per_mw_yr", .number(.nonNegative), .value(0)),
            ColumnSpec("lifetime_years", .number(.positive), .value(25)),
            ColumnSpec("ppa_price_usd_per_mwh", .number(.nonNegative), .value(0)),
            ColumnSpec("lifecycle_kg_per_mwh", .number(.nonNegative), .value(0)),
            ColumnSpec("first_year", .number(.yearOfHorizon), .value(1)),
            ColumnSpec("capex_change_per_yr", .number(.yearlyChange), .value(0)),
        ])

    /// batteries.csv (optional): battery technologies, buildable at any open site.
    public static let batteries = FileSchema(
        name: "batteries", isRequired: false,
        columns: [
            ColumnSpec("id", .id, .required),
            ColumnSpec("capex_usd_per_mwh", .number(.nonNegative), .required),
            ColumnSpec("capex_usd_per_mw", .number(.nonNegative), .value(0)),
            ColumnSpec("round_trip_efficiency", .number(.positiveFraction), .value(0.88)),
            ColumnSpec("lifetime_years", .number(.positive), .value(15)),
            ColumnSpec("max_mwh", .number(.nonNegative), .required),
            ColumnSpec("max_mw", .number(.nonNegative), .required),
            ColumnSpec("capex_change_per_yr", .number(.yearlyChange), .value(0)),
        ])

    /// profiles.csv (optional): hourly steps of representative periods, by site.
    public static let profiles = FileSchema(
        name: "profiles", isRequired: false,
        columns: [
            ColumnSpec("site", .id, .required),
            ColumnSpec("period", .text, .required),
            ColumnSpec("hour", .number(.count), .required),
            ColumnSpec("weight", .number(.nonNegative), .required),
            ColumnSpec("solar_cf", .number(.fraction), .none),
            ColumnSpec("wind_cf", .number(.fraction), .none),
            ColumnSpec("grid_carbon_kg_per_mwh", .number(.nonNegative), .none),
            ColumnSpec("grid_price_usd_per_mwh", .number(.anySign), .none),
            ColumnSpec("grid_cfe_fraction", .number(.fraction), .none),
        ])

    /// The hourly columns of profiles.csv; an empty cell falls back to the sites.csv column of the same name.
    static let hourlyColumns = [
        "solar_cf", "wind_cf", "grid_carbon_kg_per_mwh", "grid_price_usd_per_mwh", "grid_cfe_fraction",
    ]

    /// policy.csv (optional): `key,value` rows; the keys and their rules are `policyKeys`.
    public static let policy = FileSchema(
        name: "policy", isRequired: false,
        columns: [
            ColumnSpec("key", .text, .required),
            ColumnSpec("value", .text, .required),
        ])

    /// scenarios.csv (optional): what-if overrides, one cell change per row.
    public static let scenarios = FileSchema(
        name: "scenarios", isRequired: false,
        columns: [
            ColumnSpec("scenario", .id, .required),
            ColumnSpec("file", .text, .required),
            ColumnSpec("id", .text, .required),
            ColumnSpec("column", .text, .required),
            ColumnSpec("op", .choice(["set", "scale", "add"]), .required),
            ColumnSpec("value", .text, .required),
        ])

    /// The policy keys with their rule and default (nil: no limit).
    public static let policyKeys: [(key: String, rule: NumberRule, fallback: ColumnSpec.Fallback)] = [
        ("discount_rate", .fraction, .value(0.08)),
        ("carbon_price_usd_per_t", .nonNegative, .value(0)),
        ("max_carbon_t", .nonNegative, .none),
        ("min_cfe_fraction", .fraction, .none),
        ("min_utilization", .fraction, .value(1)),
        ("max_ppa_fraction_of_load", .nonNegative, .none),
        ("max_risk_score", .fraction, .value(1)),
        ("expansion_reserve_fraction", .reserveFraction, .value(0)),
        ("capex_budget_usd", .nonNegative, .none),
        ("mip_gap", .nonNegative, .value(0.005)),
        ("time_limit_s", .positive, .value(300)),
        ("horizon_years", .horizonYears, .value(1)),
        ("first_year", .calendarYear, .none),
    ]

    /// Every file in reading order; scenarios.csv is read last because it refers to the others.
    public static let files: [FileSchema] = [
        sites, servers, cooling, storage, workloads, renewables, batteries, profiles, policy, scenarios,
    ]

    /// The schema of a catalog file by its name without `.csv`; nil for an unknown name.
    public static func file(named name: String) -> FileSchema? {
        files.first { $0.name == name }
    }
}
