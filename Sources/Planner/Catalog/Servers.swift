/// An accelerator node type (servers.csv).
public struct Server: Sendable, Equatable {
    public var id: String
    public var acceleratorsPerNode: Int
    public var tflopsPerAccelerator: Double
    public var mfu: Double
    public var availability: Double
    public var avgPowerKW: Double
    public var peakPowerKW: Double
    public var capexUSD: Double
    public var opexUSDPerYr: Double
    public var lifetimeYears: Double
    public var embodiedKg: Double
    public var storageGbps: Double
    public var coolingKinds: [String]
    /// nil: no supply limit.
    public var maxNodes: Int?
    public var line: Int

    /// Sustained training throughput of one node (FLOP/s): accelerators · peak · MFU.
    public var flopsPerSecond: Double {
        Double(acceleratorsPerNode) * tflopsPerAccelerator * 1e12 * mfu
    }
}

/// A training run that must finish this year (workloads.csv).
public struct Workload: Sendable, Equatable {
    public var id: String
    /// Total training compute; given, or 6 · params · tokens.
    public var flops: Double
    public var deadlineDays: Double
    public var minAccelerators: Int
    public var storageTB: Double
    /// Empty: any region.
    public var allowedRegions: [String]
    /// Empty: any server.
    public var allowedServers: [String]
    public var line: Int

    /// Node-days this run needs on `server`: F / (86400 · throughput).
    public func nodeDaysNeeded(on server: Server) -> Double {
        flops / (86_400 * server.flopsPerSecond)
    }

    /// Nodes of `server` that hold the model: ⌈min_accelerators / accelerators_per_node⌉.
    public func nodesToHoldModel(on server: Server) -> Double {
        (Double(minAccelerators) / Double(server.acceleratorsPerNode)).rounded(.up)
    }

    /// Nodes of `server` this run alone needs to finish by its deadline:
    /// ⌈node-days / (availability · deadline_days)⌉.
    public func nodesByDeadline(on server: Server) -> Double {
        // The 1e-9 keeps a quotient computed a hair above a whole number from rounding up past it.
        (nodeDaysNeeded(on: server) / (server.availability * deadlineDays) - 1e-9).rounded(.up)
    }
}
