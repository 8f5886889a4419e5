/// Electricity Maps' hourly zone CSV (the free per-zone yearly download).
///
/// Assumed header, as their downloads have it:
///
///     Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),
///     Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,Renewable Percentage,
///     Data Source,Data Estimated,Data Estimation Method              (one line in the file)
///
/// Their newer yearly datasets (2024 on) name the columns `Carbon intensity gCO₂eq/kWh (direct)`,
/// `Carbon intensity gCO₂eq/kWh (Life cycle)` and `Carbon-free energy percentage (CFE%)`;
/// both spellings are read. Columns are found by name (`₂` or `2`, any case), so their
/// order does not matter.
enum ElectricityMapsReader {
    /// The UTC datetime column.
    static let timeColumns = ["Datetime (UTC)", "Datetime"]
    /// Direct (operational) carbon intensity, gCO2eq/kWh.
    static let directColumns = ["Carbon Intensity gCO2eq/kWh (direct)"]
    /// Life-cycle carbon intensity, gCO2eq/kWh.
    static let lifecycleColumns = ["Carbon Intensity gCO2eq/kWh (LCA)", "Carbon Intensity gCO2eq/kWh (life cycle)"]
    /// Share of nuclear and renewables in the mix, in percent.
    static let lowCarbonColumns = ["Low Carbon Percentage", "Carbon-free energy percentage (CFE%)"]

    /// Carbon intensity (g/kWh = kg/MWh) and, with `cfe`, the low-carbon share as a fraction.
    static func read(_ table: SeriesTable, lifecycle: Bool, cfe: Bool, diagnostics: inout Diagnostics)
        -> [ImportedColumn]?
    {
        let time = table.column(timeColumns, diagnostics: &diagnostics)
        let carbon = table.column(
            lifecycle ? lifecycleColumns : directColumns, option: lifecycle ? "--lifecycle" : nil,
            diagnostics: &diagnostics)
        let lowCarbon = cfe ? table.column(lowCarbonColumns, option: "--cfe", diagnostics: &diagnostics) : nil
        guard let time, let carbon, !cfe || lowCarbon != nil else { return nil }
        var columns = [
            ImportedColumn(
                column: .gridCarbonKgPerMWh,
                readings: table.readings(
                    time: time, value: carbon, column: .gridCarbonKgPerMWh, convert: { $0 },
                    diagnostics: &diagnostics))
        ]
        if let lowCarbon {
            columns.append(
                ImportedColumn(
                    column: .gridCFEFraction,
                    readings: table.readings(
                        time: time, value: lowCarbon, column: .gridCFEFraction, convert: { $0 / 100 },
                        explain: { " (Low Carbon Percentage \(NumberText.plain($0)) ÷ 100)" },
                        diagnostics: &diagnostics)))
        }
        return columns
    }
}
