/// A candidate data-center site (sites.csv).
public struct Site: Sendable, Equatable {
    /// Name of the site, e.g. `us-tx-abilene`.
    public var id: String
    /// Grid or legal region; runs restrict themselves to regions by `allowedRegions`.
    public var region: String
    /// Floor space, in racks.
    public var maxRacks: Double
    /// Largest hourly draw from the grid, in MW.
    public var gridCapacityMW: Double
    /// Annual average price of grid power, in USD/MWh; may be negative.
    public var gridPriceUSDPerMWh: Double
    /// Annual average location-based carbon intensity of grid power, in kgCO2e/MWh.
    public var gridCarbonKgPerMWh: Double
    /// Annual average solar capacity factor: output ÷ rated output (0..1).
    public var solarCF: Double
    /// Annual average wind capacity factor: output ÷ rated output (0..1).
    public var windCF: Double
    /// Climate adjustment added to every cooling system's PUE here; negative in cold climates.
    public var pueAdder: Double
    /// PUE applied to storage power (≥ 1).
    public var auxPUE: Double
    /// UPS/generator sizing factor (≥ 1): 1.5 ≈ N+1, 2 = 2N.
    public var powerRedundancy: Double
    /// Electrical build-out per kW of peak IT power, times `powerRedundancy`, in USD/kW.
    public var electricalCapexUSDPerKW: Double
    /// One-off cost to open the site (land, shell, permits), in USD.
    public var fixedCapexUSD: Double
    /// Yearly cost of an open site, in USD/yr.
    public var fixedOpexUSDPerYr: Double
    /// Years over which site and electrical capex are annualised.
    public var lifetimeYears: Double
    /// Natural-hazard / supply risk (0..1); above the policy's `maxRiskScore` the site cannot open.
    public var riskScore: Double
    /// Value of waste heat sold (e.g. to district heating), in USD/MWh.
    public var heatReusePriceUSDPerMWh: Double
    /// Largest heat offtake, in MW.
    public var heatReuseMaxMW: Double
    /// Price of cooling water, in USD/m³.
    public var waterPriceUSDPerM3: Double
    /// nil: no water permit limit.
    public var maxWaterM3PerYr: Double?
    /// Annual carbon-free share (0..1) of the grid mix, for 24/7 CFE accounting.
    public var gridCFEFraction: Double
    /// Hourly steps; a site without profiles has one step `year` of weight 8760.
    public var steps: [ProfileStep]
    /// 1-based line of this row in sites.csv, for diagnostics.
    public var line: Int
    /// First year of the horizon (1-based) the site can be in service (construction, grid connection).
    public var firstYear = 1
    /// Yearly change of every step's grid price: year y's price is price · (1 + change)^(y−1).
    public var gridPriceChangePerYr = 0.0
    /// Yearly change of every step's grid carbon intensity, as for the price.
    public var gridCarbonChangePerYr = 0.0
    /// The scenario folder file this row comes from, as diagnostics name it; nil: the base catalog's file.
    public var scenarioFile: String? = nil
}

extension Site {
    /// The one step of a site without profiles: period `year`, 8760 h, the annual values of sites.csv.
    public var annualStep: ProfileStep {
        ProfileStep(
            period: "year", hour: 0, weightHours: 8760, solarCF: solarCF, windCF: windCF,
            gridCarbonKgPerMWh: gridCarbonKgPerMWh, gridPriceUSDPerMWh: gridPriceUSDPerMWh,
            gridCFEFraction: gridCFEFraction)
    }
}

/// One hourly step of a site's representative periods (profiles.csv).
public struct ProfileStep: Sendable, Equatable {
    /// Label of the representative period (e.g. a day) the step is in; batteries cycle within it.
    public var period: String
    /// Position of the step inside its period, from 0; each step is one hour.
    public var hour: Int
    /// Hours of the year this step stands for.
    public var weightHours: Double
    /// Solar capacity factor in this hour (0..1).
    public var solarCF: Double
    /// Wind capacity factor in this hour (0..1).
    public var windCF: Double
    /// Grid carbon intensity in this hour, in kgCO2e/MWh.
    public var gridCarbonKgPerMWh: Double
    /// Grid price in this hour, in USD/MWh; may be negative.
    public var gridPriceUSDPerMWh: Double
    /// Carbon-free share (0..1) of the grid mix in this step.
    public var gridCFEFraction: Double = 0
}

/// A cooling system (cooling.csv).
public struct Cooling: Sendable, Equatable {
    /// Name of the cooling system, e.g. `dlc-45c`.
    public var id: String
    /// Family (`air`, `liquid`, `immersion`, …), matched against a server's `coolingKinds`.
    public var kind: String
    /// Power usage effectiveness before the site's `pueAdder` (≥ 1).
    public var pue: Double
    /// Cost per kW of peak IT power, times `redundancy`, in USD/kW.
    public var capexUSDPerKW: Double
    /// Sizing factor for spare cooling capacity (≥ 1).
    public var redundancy: Double
    /// Power one rack can hold with this cooling, in kW.
    public var maxRackKW: Double
    /// Water used per kWh of IT energy, in L/kWh.
    public var wueLitersPerKWh: Double
    /// Share of IT power recoverable as useful heat (0..1).
    public var heatRecoveryFraction: Double
    /// Years over which cooling capex is annualised.
    public var lifetimeYears: Double
    /// 1-based line of this row in cooling.csv, for diagnostics.
    public var line: Int
    /// The scenario folder file this row comes from, as diagnostics name it; nil: the base catalog's file.
    public var scenarioFile: String? = nil
}

/// A storage building block (storage.csv).
public struct StorageUnit: Sendable, Equatable {
    /// Name of the unit, e.g. `pfs-qlc-24x61tb`.
    public var id: String
    /// Usable capacity of one unit, in TB.
    public var capacityTB: Double
    /// Read bandwidth of one unit, in Gb/s.
    public var throughputGbps: Double
    /// Power draw of one unit, in kW.
    public var powerKW: Double
    /// Floor space of one unit, in racks (0.1 ≈ 4U).
    public var racksPerUnit: Double
    /// Purchase price of one unit, in USD.
    public var capexUSD: Double
    /// Years over which a unit's capex is annualised.
    public var lifetimeYears: Double
    /// Manufacturing emissions of one unit, in kgCO2e.
    public var embodiedKg: Double
    /// 1-based line of this row in storage.csv, for diagnostics.
    public var line: Int
}
