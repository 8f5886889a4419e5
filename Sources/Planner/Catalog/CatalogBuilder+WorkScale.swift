import Foundation

/// Keeps the figures the model's work rows are built from (model.md rows 5 and 6: the node-days a
/// run needs on a server, the node-days one node gives by the deadline, the nodes the run needs)
/// inside the coefficient range the solver layer accepts (`ModelLimits`), so that what `plan`
/// could not solve, `validate` refuses: at the cell to change, with the values that would work.
extension CatalogBuilder {
    func checkWorkScale(_ catalog: Catalog, workloads workloadRows: [RowReader], servers serverRows: [RowReader]) {
        // 0 stands in for a value that already has its own error: such rows are not checked again.
        let servers = zip(catalog.servers, serverRows).filter { server, _ in
            server.acceleratorsPerNode > 0 && server.tflopsPerAccelerator > 0 && server.mfu > 0
                && server.availability > 0
        }
        for (workload, r) in zip(catalog.workloads, workloadRows) where workload.flops > 0 && workload.deadlineDays > 0
        {
            let mine = servers.map(\.0).filter {
                workload.allowedServers.isEmpty || workload.allowedServers.contains($0.id)
            }
            // One message per cell, for the first server (servers.csv order) that does not fit.
            let fitting = mine.filter { WorkScale.isCoefficient(workload.nodeDaysNeeded(on: $0)) }
            if let server = mine.first(where: { !fitting.contains($0) }) {
                reportNodeDays(workload, server, r)
            }
            if let server = mine.first(where: { workload.nodesToHoldModel(on: $0) > ModelLimits.maxCoefficient }) {
                reportModelSize(workload, server, r)
            }
            if let server = fitting.first(where: {
                $0.availability * workload.deadlineDays < ModelLimits.minNonzeroCoefficient
            }) {
                reportShortDeadline(workload, server, r)
            } else if let server = fitting.first(where: {
                workload.nodesByDeadline(on: $0) > ModelLimits.maxCoefficient
            }) {
                reportTooManyNodes(workload, server, r)
            }
        }
    }

    /// Row 5's coefficient on the run's share of work: its node-days on the server.
    private func reportNodeDays(_ workload: Workload, _ server: Server, _ r: RowReader) {
        let need = workload.nodeDaysNeeded(on: server)
        let perNodeDay = 86_400 * server.flopsPerSecond
        let side = need < ModelLimits.minNonzeroCoefficient ? "below" : "above"
        let limit =
            need < ModelLimits.minNonzeroCoefficient ? ModelLimits.minNonzeroCoefficient : ModelLimits.maxCoefficient
        let lowest = ModelLimits.minNonzeroCoefficient * perNodeDay
        let cap = r.table.schema.spec("flops")!.magnitudeLimit
        let highest = ModelLimits.maxCoefficient * perNodeDay
        let most = highest < cap ? WorkScale.bound(highest, up: false) : CellParsing.limitText(cap)
        let range =
            lowest <= min(highest, cap)
            ? "on \(server.id) a run must be \(WorkScale.bound(lowest, up: true)) to \(most) FLOP"
            : "no run fits \(server.id)"
        flopsError(
            r,
            "is \(NumberText.plain(need)) node-days on server \(server.id) (\(NumberText.plain(server.flopsPerSecond)) "
                + "FLOP/s per node), \(side) the \(WorkScale.text(limit)) node-days planctl can solve; \(range)")
    }

    /// Row 6's coefficient from the model's size: the nodes that hold it.
    private func reportModelSize(_ workload: Workload, _ server: Server, _ r: RowReader) {
        let nodes = workload.nodesToHoldModel(on: server)
        let most = ModelLimits.maxCoefficient * Double(server.acceleratorsPerNode)
        r.error(
            "min_accelerators",
            "\(r.given("min_accelerators")) is \(NumberText.plain(nodes)) nodes of server "
                + "\(server.id) (\(server.acceleratorsPerNode) accelerators each), above the "
                + "\(WorkScale.text(ModelLimits.maxCoefficient)) nodes planctl can solve; on \(server.id) it must be "
                + "at most \(WorkScale.bound(most, up: false))")
    }

    /// Row 5's coefficient on the nodes: the node-days one node gives by the deadline.
    private func reportShortDeadline(_ workload: Workload, _ server: Server, _ r: RowReader) {
        let perNode = server.availability * workload.deadlineDays
        let least = ModelLimits.minNonzeroCoefficient / server.availability
        r.error(
            "deadline_days",
            "\(r.given("deadline_days")) gives a node of server \(server.id) "
                + "\(NumberText.plain(perNode)) node-days (availability \(NumberText.plain(server.availability))), "
                + "below the \(WorkScale.text(ModelLimits.minNonzeroCoefficient)) planctl can solve; on \(server.id) "
                + "it must be at least \(WorkScale.bound(least, up: true))")
    }

    /// Row 6's coefficient from the deadline: the nodes the run alone needs to finish in time.
    /// Reported at deadline_days when given (the window to widen), else at the run's compute.
    private func reportTooManyNodes(_ workload: Workload, _ server: Server, _ r: RowReader) {
        let nodes = workload.nodesByDeadline(on: server)
        let what =
            "needs \(NumberText.plain(nodes)) nodes of server \(server.id) to finish by day "
            + "\(NumberText.plain(workload.deadlineDays)), above the \(WorkScale.text(ModelLimits.maxCoefficient)) "
            + "nodes planctl can solve"
        let perNodeDay = 86_400 * server.flopsPerSecond * server.availability
        if r.cell("deadline_days") != nil {
            let least = workload.nodeDaysNeeded(on: server) / (server.availability * ModelLimits.maxCoefficient)
            r.error(
                "deadline_days",
                "\(r.given("deadline_days")) \(what); on \(server.id) it must be at least "
                    + WorkScale.bound(least, up: true))
        } else {
            let most = ModelLimits.maxCoefficient * perNodeDay * workload.deadlineDays
            flopsError(
                r,
                what + "; on \(server.id) by day \(NumberText.plain(workload.deadlineDays)) a run must be at most "
                    + "\(WorkScale.bound(most, up: false)) FLOP")
        }
    }

    /// An error about the run's compute: at `flops`, or at `params_b` when flops is derived.
    private func flopsError(_ r: RowReader, _ message: String) {
        let column = r.cell("flops") != nil ? "flops" : "params_b"
        let given =
            r.cell("flops") != nil
            ? r.given("flops")
            : "6 · params_b · tokens_b = \(NumberText.plain(6 * r.number("params_b") * 1e9 * r.number("tokens_b") * 1e9))"
        let scenario = r.cell(column)?.scenario.map { " (after scenario \($0))" } ?? ""
        r.sink.error(r.file, r.position(column), "flops: \(given) \(message)\(scenario)")
    }
}

extension RowReader {
    /// A cell's text as the user wrote it (shortened), for messages that quote it.
    fileprivate func given(_ column: String) -> String {
        cell(column).map { CellParsing.excerpt($0.text) } ?? ""
    }
}

/// Numbers of the work-scale messages.
private enum WorkScale {
    static func isCoefficient(_ value: Double) -> Bool {
        value.isFinite && value >= ModelLimits.minNonzeroCoefficient && value <= ModelLimits.maxCoefficient
    }

    /// A limit of `ModelLimits` (a power of ten) as `1e12`.
    static func text(_ limit: Double) -> String { "1e\(Int(log10(limit).rounded()))" }

    /// `value` to 3 significant digits, rounded away from the forbidden side, so that the number
    /// printed as the least (`up`) or most allowed value is allowed.
    static func bound(_ value: Double, up: Bool) -> String {
        guard value.isFinite, value > 0 else { return NumberText.plain(value) }
        let step = pow(10, floor(log10(value)) - 2)
        let steps = (value / step).rounded(up ? .up : .down)
        return String(format: "%.3g", steps * step)
    }
}
