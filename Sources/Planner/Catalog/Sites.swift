/// A candidate data-center site (sites.csv).
public struct Site: Sendable, Equatable {
    public var id: String
    public var region: String
    public var maxRacks: Double
    public var gridCapacityMW: Double
    public var gridPriceUSDPerMWh: Double
    public var gridCarbonKgPerMWh: Double
    public var solarCF: Double
    public var windCF: Double
    public var pueAdder: Double
    public var auxPUE: Double
    public var powerRedundancy: Double
    public var electricalCapexUSDPerKW: Double
    public var fixedCapexUSD: Double
    public var fixedOpexUSDPerYr: Double
    public var lifetimeYears: Double
    public var riskScore: Double
    public var heatReusePriceUSDPerMWh: Double
    public var heatReuseMaxMW: Double
    public var waterPriceUSDPerM3: Double
    /// nil: no water permit limit.
    public var maxWaterM3PerYr: Double?
    /// Hourly steps; a site without profiles has one step `year` of weight 8760.
    public var steps: [ProfileStep]
    public var line: Int
}

extension Site {
    /// The one step of a site without profiles: period `year`, 8760 h, the annual values of sites.csv.
    public var annualStep: ProfileStep {
        ProfileStep(
            period: "year", hour: 0, weightHours: 8760, solarCF: solarCF, windCF: windCF,
            gridCarbonKgPerMWh: gridCarbonKgPerMWh, gridPriceUSDPerMWh: gridPriceUSDPerMWh)
    }
}

/// One hourly step of a site's representative periods (profiles.csv).
public struct ProfileStep: Sendable, Equatable {
    public var period: String
    public var hour: Int
    /// Hours of the year this step stands for.
    public var weightHours: Double
    public var solarCF: Double
    public var windCF: Double
    public var gridCarbonKgPerMWh: Double
    public var gridPriceUSDPerMWh: Double
}

/// A cooling system (cooling.csv).
public struct Cooling: Sendable, Equatable {
    public var id: String
    public var kind: String
    public var pue: Double
    public var capexUSDPerKW: Double
    public var redundancy: Double
    public var maxRackKW: Double
    public var wueLitersPerKWh: Double
    public var heatRecoveryFraction: Double
    public var lifetimeYears: Double
    public var line: Int
}

/// A storage building block (storage.csv).
public struct StorageUnit: Sendable, Equatable {
    public var id: String
    public var capacityTB: Double
    public var throughputGbps: Double
    public var powerKW: Double
    public var racksPerUnit: Double
    public var capexUSD: Double
    public var lifetimeYears: Double
    public var embodiedKg: Double
    public var line: Int
}
