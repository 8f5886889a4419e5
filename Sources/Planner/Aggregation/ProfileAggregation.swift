/// What choosing representative days did: which periods stand for which
/// share of the year, for the report and for `planctl aggregate`.
public struct ProfileAggregation: Sendable, Equatable {
    /// One kept period.
    public struct Representative: Sendable, Equatable {
        /// Why a period was kept: as the medoid of a cluster or as a site's extreme.
        public enum Kind: String, Sendable {
            /// The medoid of a cluster of similar periods.
            case medoid
            /// Kept for itself: some site's least renewable period.
            case extreme
        }
        /// The period's label in profiles.csv.
        public var period: String
        /// How many periods of the input it stands for (itself included).
        public var periodsRepresented: Int
        /// Whether the period stands for a cluster (medoid) or only for itself (extreme).
        public var kind: Kind
    }

    /// Periods per site in the input.
    public var periodsBefore: Int
    /// The kept periods, in input order.
    public var representatives: [Representative]
    /// Sites whose profiles were reduced, in catalog order.
    public var sites: [String]

    /// The kept periods that stand only for themselves.
    public var extremes: [Representative] { representatives.filter { $0.kind == .extreme } }
}

extension ProfileStep {
    /// The four hourly series of a step, in profiles.csv's column order.
    static var hourlySeries: [WritableKeyPath<ProfileStep, Double>] {
        [\.solarCF, \.windCF, \.gridCarbonKgPerMWh, \.gridPriceUSDPerMWh]
    }
}
