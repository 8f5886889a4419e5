/// Where an hourly series comes from, with the choices its command-line flags make.
public enum ImportSource: Sendable, Equatable {
    /// renewables.ninja's hourly PV or wind output, read as a capacity factor.
    case renewablesNinja(technology: Technology, capacityKW: Double?)
    /// Electricity Maps' hourly zone data: carbon intensity (direct or life-cycle) and optionally
    /// the low-carbon share as the grid's carbon-free fraction.
    case electricityMaps(lifecycle: Bool, cfe: Bool)
    /// Any CSV with a timestamp and a value column, scaled into one profiles.csv column.
    case series(timeColumn: String, valueColumn: String, to: ProfileColumn, scale: Double)

    /// The plant type a renewables.ninja file describes.
    public enum Technology: String, Sendable, CaseIterable {
        /// PV output: fills `solar_cf`.
        case solar
        /// Wind output: fills `wind_cf`.
        case wind

        /// The profiles.csv column this technology's capacity factor goes to.
        public var column: ProfileColumn { self == .solar ? .solarCF : .windCF }
    }

    /// The profiles.csv columns an import from this source writes.
    public var columns: [ProfileColumn] {
        switch self {
        case .renewablesNinja(let technology, _): return [technology.column]
        case .electricityMaps(_, let cfe): return cfe ? [.gridCarbonKgPerMWh, .gridCFEFraction] : [.gridCarbonKgPerMWh]
        case .series(_, _, let to, _): return [to]
        }
    }

    /// Reads `path` (named `file` in messages) into one set of readings per column; nil after an error.
    func read(path: String, file: String, diagnostics: inout Diagnostics) -> [ImportedColumn]? {
        guard let (bytes, table) = SeriesTable.read(path: path, file: file, diagnostics: &diagnostics) else {
            return nil
        }
        let errorsBefore = diagnostics.errors.count
        let columns: [ImportedColumn]?
        switch self {
        case .renewablesNinja(let technology, let capacityKW):
            columns = RenewablesNinjaReader.read(
                table, metadata: bytes, technology: technology, capacityKW: capacityKW, diagnostics: &diagnostics)
        case .electricityMaps(let lifecycle, let cfe):
            columns = ElectricityMapsReader.read(table, lifecycle: lifecycle, cfe: cfe, diagnostics: &diagnostics)
        case .series(let timeColumn, let valueColumn, let to, let scale):
            columns = SeriesReader.read(
                table, timeColumn: timeColumn, valueColumn: valueColumn, to: to, scale: scale,
                diagnostics: &diagnostics)
        }
        return diagnostics.errors.count == errorsBefore ? columns : nil
    }
}
