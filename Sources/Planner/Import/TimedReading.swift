/// One row of a downloaded series: its instant, its value in the target column's unit, and its place.
public struct TimedReading: Sendable, Equatable {
    /// Seconds since 1970-01-01T00:00Z (offsets already applied).
    public var utcSeconds: Int
    /// The value as profiles.csv holds it (capacity factor, kg/MWh, USD/MWh, fraction).
    public var value: Double
    /// Where the row's timestamp cell is, for messages about hours and years.
    public var position: SourcePosition

    /// A reading at `utcSeconds` with `value`, read from `position`.
    public init(utcSeconds: Int, value: Double, position: SourcePosition) {
        self.utcSeconds = utcSeconds
        self.value = value
        self.position = position
    }
}

/// The readings one source gives for one profiles.csv column.
public struct ImportedColumn: Sendable, Equatable {
    /// The profiles.csv column the readings fill.
    public var column: ProfileColumn
    /// The rows with a value, in file order.
    public var readings: [TimedReading]

    /// Readings for `column`.
    public init(column: ProfileColumn, readings: [TimedReading]) {
        self.column = column
        self.readings = readings
    }
}
