/// One row of meters.csv: what a site's meters read over one interval.
public struct MeterInterval: Sendable, Equatable {
    /// Site id, one the plan opens.
    public var site: String
    /// The interval's first hour (UTC).
    public var start: UTCHour
    /// Interval length in whole hours (1 hourly, 24 daily, 720 a 30-day month).
    public var hours: Int
    /// IT energy: servers and storage (MWh).
    public var itMWh: Double
    /// Everything behind the utility meter (MWh), at least `itMWh`.
    public var facilityMWh: Double
    /// On-site renewable energy used (MWh), at most `facilityMWh`.
    public var onsiteMWh: Double
    /// Water drawn (m³); nil when the row has no reading.
    public var waterM3: Double?
    /// 1-based line of the row in meters.csv, for messages.
    public var line: Int

    /// An interval of `hours` from `start` at `site`.
    public init(
        site: String, start: UTCHour, hours: Int, itMWh: Double, facilityMWh: Double, onsiteMWh: Double = 0,
        waterM3: Double? = nil, line: Int = 0
    ) {
        self.site = site
        self.start = start
        self.hours = hours
        self.itMWh = itMWh
        self.facilityMWh = facilityMWh
        self.onsiteMWh = onsiteMWh
        self.waterM3 = waterM3
        self.line = line
    }

    /// The first hour after the interval.
    public var end: UTCHour { UTCHour(hoursSinceEpoch: start.hoursSinceEpoch + hours) }

    /// Energy drawn from the grid: facility less on-site supply (MWh).
    public var gridMWh: Double { facilityMWh - onsiteMWh }
}
