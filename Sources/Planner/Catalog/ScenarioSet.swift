/// Every scenario of an input folder: the edits of scenarios.csv and the layers of
/// `scenarios/NAME/` folders. A name may have both: its folder's rows are laid over
/// the base first, then its edits apply, so an edit may change a row the folder adds.
struct ScenarioSet {
    /// Every row of scenarios.csv that passed its checks, in file order.
    var overrides: [ScenarioOverride]
    /// Every readable scenario folder, by name.
    var layers: [String: ScenarioLayer]
    /// Each folder's rows laid over the base tables, by scenario name.
    var laid: [String: [String: CatalogTable]]
    /// The base tables every scenario starts from.
    var base: [String: CatalogTable]
    /// The names of scenarios.csv in file order, then those only a folder defines, sorted:
    /// the order of whatif's plans and shards.
    var names: [String]

    /// Reads scenarios.csv (if any) against the base tables, each row against its own
    /// scenario's folder as laid over them.
    init(base: [String: CatalogTable], layers: [ScenarioLayer], sink: DiagnosticSink) {
        var laid: [String: [String: CatalogTable]] = [:]
        var byName: [String: ScenarioLayer] = [:]
        for layer in layers {
            byName[layer.name] = layer
            laid[layer.name] = layer.laid(over: base)
        }
        self.base = base
        self.layers = byName
        self.laid = laid
        overrides =
            base["scenarios"].map { table in
                ScenarioReader(sink: sink).read(table) { name in
                    (laid[name] ?? base, byName[name]?.brokenFiles ?? [])
                }
            } ?? []
        var seen = Set<String>()
        let edited = overrides.map(\.scenario).filter { seen.insert($0).inserted }
        names = edited + layers.map(\.name).filter { !seen.contains($0) }
    }

    /// The tables of `scenario` (one of `names`): its folder's rows, then its edits.
    /// Files of its folder that could not be read whole join the sink's broken files.
    func tables(of scenario: String, sink: DiagnosticSink) -> [String: CatalogTable] {
        var tables = base
        if let layer = layers[scenario] {
            tables = laid[scenario] ?? base
            sink.brokenFiles.formUnion(layer.brokenFiles)
        }
        if overrides.contains(where: { $0.scenario == scenario }) {
            ScenarioApplication.apply(overrides, scenario: scenario, to: &tables)
        }
        return tables
    }

    /// Builds the catalog of each folder scenario but `chosen` (whose catalog is being
    /// built anyway) and reports what its folder adds: every diagnostic in the folder's
    /// own files, and errors elsewhere that only it causes (a base row referring to a
    /// cooling kind the folder replaced), named with the scenario. So `validate` and
    /// every run check every folder, as they check every row of scenarios.csv.
    func checkLayers(
        except chosen: String?, brokenFiles: Set<String>, display: (String) -> String, sink: DiagnosticSink
    ) {
        for name in names where name != chosen {
            guard let layer = layers[name], let tables = laid[name] else { continue }
            let check = DiagnosticSink()
            check.brokenFiles = brokenFiles.union(layer.brokenFiles)
            var catalog = CatalogBuilder(sink: check).build(tables)
            catalog.scenario = name
            if !check.diagnostics.hasErrors { CatalogWarnings.check(catalog, display: display, sink: check) }
            let known = sink.diagnostics.all
            for var diagnostic in check.diagnostics.all where !known.contains(diagnostic) {
                if !diagnostic.file.hasPrefix(layer.path + "/") {
                    guard diagnostic.severity == .error else { continue }
                    diagnostic.message += " (in scenario \(name))"
                }
                sink.diagnostics.append(diagnostic)
            }
        }
    }
}
