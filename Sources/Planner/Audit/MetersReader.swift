/// Reads and checks meters.csv (audit-import.md): every cell rule of inputs.md,
/// each interval at a site the plan opens, no two intervals of a site overlapping.
/// Every problem is collected with its file:line:column.
public enum MetersReader {
    /// The columns of meters.csv, with their rules and defaults.
    public static let schema = FileSchema(
        name: "meters", isRequired: true,
        columns: [
            ColumnSpec("site", .id, .required),
            ColumnSpec("start", .text, .required),
            // Whole hours: the profiles the audit reads are hourly. At most a leap year, so sums stay plausible.
            ColumnSpec("hours", .number(.positiveCount), .value(1), limit: 8784),
            ColumnSpec("it_mwh", .number(.nonNegative), .required),
            ColumnSpec("facility_mwh", .number(.nonNegative), .required),
            ColumnSpec("onsite_mwh", .number(.nonNegative), .value(0)),
            ColumnSpec("water_m3", .number(.nonNegative), .none),
        ])

    /// The intervals read (in file order) and every problem found; intervals only when there is no error.
    public struct Outcome: Sendable {
        /// The checked intervals in file order; empty when any error was found.
        public var intervals: [MeterInterval]
        /// Every error, each naming file:line:column.
        public var diagnostics: Diagnostics
    }

    /// Reads the file at `path` (named `path` in messages); `plan` says which sites are open.
    public static func read(path: String, plan: AuditPlan) -> Outcome {
        switch CatalogFileReader.bytes(at: path) {
        case .failure(let problem):
            var diagnostics = Diagnostics()
            diagnostics.error(path, .fileStart, "cannot read: " + problem.reason)
            return Outcome(intervals: [], diagnostics: diagnostics)
        case .success(let bytes):
            return parse(bytes, file: path, plan: plan)
        }
    }

    /// Reads meters.csv from memory; `file` names it in messages.
    public static func parse(_ bytes: [UInt8], file: String, plan: AuditPlan) -> Outcome {
        var diagnostics = Diagnostics()
        let csv: CSVTable
        switch CSVReader.parse(bytes, file: file) {
        case .failure(let failure):
            diagnostics.error(failure.file, failure.position, failure.message)
            return Outcome(intervals: [], diagnostics: diagnostics)
        case .success(let table): csv = table
        }
        let table = CatalogTable(csv, schema: schema, diagnostics: &diagnostics)
        let sink = DiagnosticSink()
        sink.diagnostics = diagnostics
        var intervals: [MeterInterval] = []
        var starts: [Int: SourcePosition] = [:]
        for row in table.rows {
            let reader = RowReader(table: table, row: row, sink: sink)
            if let interval = self.interval(reader, plan: plan) {
                intervals.append(interval)
                starts[interval.line] = reader.position("start")
            }
        }
        checkOverlaps(intervals, file: file, starts: starts, sink: sink)
        let all = sink.diagnostics
        return Outcome(intervals: all.hasErrors ? [] : intervals, diagnostics: all)
    }

    /// One row's interval; nil when a cell is wrong (each problem reported).
    private static func interval(_ row: RowReader, plan: AuditPlan) -> MeterInterval? {
        let errorsBefore = row.sink.diagnostics.errors.count
        let site = row.id("site")
        if !site.isEmpty { checkSite(site, row: row, plan: plan) }
        var start: UTCHour?
        if let cell = row.cell("start") {
            switch ISO8601Hour.parse(cell.text) {
            case .success(let hour): start = hour
            case .failure(let problem): row.error("start", problem.message)
            }
        } else {
            row.missing("start")
        }
        let hours = row.number("hours")
        let it = row.optionalNumber("it_mwh")
        let facility = row.optionalNumber("facility_mwh")
        let onsite = row.number("onsite_mwh")
        let water = row.optionalNumber("water_m3")
        if let it, let facility, facility < it {
            row.error(
                "facility_mwh",
                "\(NumberText.plain(facility)) is below it_mwh \(NumberText.plain(it)); "
                    + "the facility meter counts the IT load too")
        }
        if let facility, onsite > facility {
            row.error(
                "onsite_mwh",
                "\(NumberText.plain(onsite)) is above facility_mwh \(NumberText.plain(facility)); "
                    + "on-site supply used cannot exceed what the facility drew")
        }
        guard row.sink.diagnostics.errors.count == errorsBefore, let start, let it, let facility else { return nil }
        return MeterInterval(
            site: site, start: start, hours: Int(hours), itMWh: it, facilityMWh: facility, onsiteMWh: onsite,
            waterM3: water, line: row.line)
    }

    private static func checkSite(_ site: String, row: RowReader, plan: AuditPlan) {
        let open = plan.openSiteIDs
        guard !open.contains(site) else { return }
        if plan.site(site) != nil {
            row.error("site", "\"\(site)\" is a site the plan does not open; it opens: \(open.joined(separator: ", "))")
            return
        }
        let hint = Spelling.suggestion(for: site, among: open).map { "; did you mean \"\($0)\"?" }
        row.error(
            "site", "unknown site \"\(site)\"" + (hint ?? "; the plan opens: \(open.joined(separator: ", "))"))
    }

    /// Two intervals of a site may not share an hour; the later row is the one reported.
    private static func checkOverlaps(
        _ intervals: [MeterInterval], file: String, starts: [Int: SourcePosition], sink: DiagnosticSink
    ) {
        var bySite: [String: [MeterInterval]] = [:]
        for interval in intervals { bySite[interval.site, default: []].append(interval) }
        for site in bySite.keys.sorted() {
            let ordered = bySite[site]!.sorted { ($0.start, $0.line) < ($1.start, $1.line) }
            var latest: MeterInterval?
            for interval in ordered {
                if let previous = latest, interval.start < previous.end {
                    let (earlier, later) = previous.line < interval.line ? (previous, interval) : (interval, previous)
                    sink.error(
                        file, starts[later.line] ?? SourcePosition(line: later.line, column: 1),
                        "start: \(later.start.isoText) + \(later.hours) h overlaps line \(earlier.line) "
                            + "(\(earlier.start.isoText) + \(earlier.hours) h) of site \(site); "
                            + "each hour of a site is metered once")
                }
                if latest == nil || interval.end > latest!.end { latest = interval }
            }
        }
    }
}
