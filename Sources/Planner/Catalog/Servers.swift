/// An accelerator node type (servers.csv).
public struct Server: Sendable, Equatable {
    /// Name of the node type, e.g. `h100-sxm-8`.
    public var id: String
    /// GPUs (or other accelerators) in one node.
    public var acceleratorsPerNode: Int
    /// Dense peak of one accelerator at training precision, in TFLOP/s.
    public var tflopsPerAccelerator: Double
    /// Model FLOPs utilisation: the share of the peak a training run achieves (0..1).
    public var mfu: Double
    /// Share of the time a node is usable, after failures and maintenance (0..1).
    public var availability: Double
    /// Average draw of one node while training, in kW; drives the energy bill.
    public var avgPowerKW: Double
    /// Largest draw of one node, in kW; sizes cooling, racks and electrical.
    public var peakPowerKW: Double
    /// Purchase price of one node, network share included, in USD.
    public var capexUSD: Double
    /// Yearly support contract per node, in USD/yr.
    public var opexUSDPerYr: Double
    /// Years over which a node's capex is annualised.
    public var lifetimeYears: Double
    /// Manufacturing emissions of one node, in kgCO2e.
    public var embodiedKg: Double
    /// Storage read bandwidth each node needs, in Gb/s.
    public var storageGbps: Double
    /// Cooling `kind`s this node may sit in; never empty.
    public var coolingKinds: [String]
    /// nil: no supply limit.
    public var maxNodes: Int?
    /// Draw of an installed node that is not training, in kW (default a quarter of `avgPowerKW`).
    public var idlePowerKW: Double
    /// 1-based line of this row in servers.csv, for diagnostics.
    public var line: Int
    /// First year of the horizon (1-based) in which nodes of this type can be bought.
    public var firstYear = 1
    /// Last year in which they can be bought; nil: the horizon's last year.
    public var lastYear: Int? = nil
    /// Yearly change of `capexUSD` (−0.15: 15 % cheaper each year); capex in year y is capex · (1 + change)^(y−1).
    public var capexChangePerYr = 0.0
    /// The scenario folder file this row comes from, as diagnostics name it; nil: the base catalog's file.
    public var scenarioFile: String? = nil

    /// Sustained training throughput of one node (FLOP/s): accelerators · peak · MFU.
    public var flopsPerSecond: Double {
        Double(acceleratorsPerNode) * tflopsPerAccelerator * 1e12 * mfu
    }
}

/// A training run that must finish this year (workloads.csv).
public struct Workload: Sendable, Equatable {
    /// Name of the run, e.g. `llama3-70b`.
    public var id: String
    /// Total training compute; given, or 6 · params · tokens.
    public var flops: Double
    /// The run must finish within this many days of the start of the year (at most 365).
    public var deadlineDays: Double
    /// Smallest cluster that can hold the model, in accelerators.
    public var minAccelerators: Int
    /// Dataset plus checkpoints, stored at the run's site, in TB.
    public var storageTB: Double
    /// Empty: any region.
    public var allowedRegions: [String]
    /// Empty: any server.
    public var allowedServers: [String]
    /// 1-based line of this row in workloads.csv, for diagnostics.
    public var line: Int
    /// Year of the horizon (1-based) the run trains in; its deadline counts from that year's start.
    public var year = 1

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
