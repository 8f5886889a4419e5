import Foundation

/// A quantity of the plan whose near-optimal range `alternatives` finds, as
/// named on the command line: a kind, then optional `KEY=VALUE` filters after
/// a colon, comma-separated, each narrowing what is summed:
///
///     accelerators                           every accelerator bought
///     accelerators:site=us-tx-abilene        those at one site
///     accelerators:site=fi-hamina,server=mi300x-8
///     renewable_mw:technology=wind           MW of every wind offer, on-site and PPA
///     renewable_mw:offer=tx-wind-ppa         one offer
///     battery_mwh:site=fi-hamina             battery energy capacity at one site
public struct AlternativeDecision: Sendable, Equatable, Hashable {
    /// What is summed.
    public enum Kind: String, CaseIterable, Sendable {
        /// Accelerators bought: nodes × accelerators_per_node.
        case accelerators
        /// MW built or contracted of renewable offers.
        case renewableMW = "renewable_mw"
        /// Battery energy capacity (MWh).
        case batteryMWh = "battery_mwh"

        /// The filter keys this kind takes, in the order its name lists them.
        public var keys: [String] {
            switch self {
            case .accelerators: return ["site", "server"]
            case .renewableMW: return ["site", "technology", "contract", "offer"]
            case .batteryMWh: return ["site", "battery"]
            }
        }

        /// The unit of the summed quantity, as the reports write it.
        public var unit: String {
            switch self {
            case .accelerators: return "accelerators"
            case .renewableMW: return "MW"
            case .batteryMWh: return "MWh"
            }
        }

        /// Whether the quantity takes whole values only (a sum of whole numbers of nodes).
        var isWhole: Bool { self == .accelerators }
    }

    /// What is summed.
    public var kind: Kind
    /// The filters, in `kind.keys` order whatever order they were written in.
    public var filters: [(key: String, value: String)]

    /// The decision's canonical name: `accelerators:site=us-tx-abilene`.
    public var name: String {
        filters.isEmpty
            ? kind.rawValue : kind.rawValue + ":" + filters.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }

    /// A decision of `kind` with `filters` (sorted into the kind's key order).
    public init(_ kind: Kind, _ filters: [(key: String, value: String)] = []) {
        self.kind = kind
        self.filters = filters.sorted { kind.keys.firstIndex(of: $0.key)! < kind.keys.firstIndex(of: $1.key)! }
    }

    /// Reads `KIND[:KEY=VALUE[,KEY=VALUE…]]`; the ids are checked against a catalog by `check(in:)`.
    public init(parsing text: String) throws(AlternativesError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .emptyDecision }
        let head = trimmed.prefix { $0 != ":" }
        guard let kind = Kind(rawValue: String(head).trimmingCharacters(in: .whitespaces)) else {
            throw .unknownKind(decision: text, kind: String(head))
        }
        var filters: [(key: String, value: String)] = []
        if head.count < trimmed.count {
            for part in trimmed.dropFirst(head.count + 1).split(separator: ",", omittingEmptySubsequences: false) {
                let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = pair[0].trimmingCharacters(in: .whitespaces)
                let value = pair.count == 2 ? pair[1].trimmingCharacters(in: .whitespaces) : ""
                guard pair.count == 2, !key.isEmpty, !value.isEmpty else {
                    throw .notKeyValue(decision: text, part: String(part))
                }
                guard kind.keys.contains(key) else { throw .unknownKey(decision: text, kind: kind, key: key) }
                guard !filters.contains(where: { $0.key == key }) else { throw .repeatedKey(decision: text, key: key) }
                filters.append((key, value))
            }
        }
        self.init(kind, filters)
    }

    /// The value of filter `key`, if given.
    public func filter(_ key: String) -> String? { filters.first { $0.key == key }?.value }

    /// Throws when a filter names an id `catalog` does not have, or a word that is not allowed.
    public func check(in catalog: Catalog) throws(AlternativesError) {
        for (key, value) in filters {
            switch key {
            case "site" where !catalog.sites.contains { $0.id == value }:
                throw .unknownID(decision: name, key: key, value: value, file: "sites.csv")
            case "server" where !catalog.servers.contains { $0.id == value }:
                throw .unknownID(decision: name, key: key, value: value, file: "servers.csv")
            case "offer" where !catalog.renewables.contains { $0.id == value }:
                throw .unknownID(decision: name, key: key, value: value, file: "renewables.csv")
            case "battery" where !catalog.batteries.contains { $0.id == value }:
                throw .unknownID(decision: name, key: key, value: value, file: "batteries.csv")
            case "technology" where RenewableOffer.Technology(rawValue: value) == nil:
                throw .badWord(decision: name, key: key, value: value, allowed: ["solar", "wind"])
            case "contract" where RenewableOffer.Contract(rawValue: value) == nil:
                throw .badWord(decision: name, key: key, value: value, allowed: ["onsite", "ppa"])
            default: continue
            }
        }
    }

    /// Reads every `--decision` and checks it against `catalog` (none given: none,
    /// and `NearOptimalRanges` takes the defaults).
    public static func parse(_ texts: [String], catalog: Catalog) throws(AlternativesError) -> [AlternativeDecision] {
        var decisions: [AlternativeDecision] = []
        for text in texts {
            let decision = try AlternativeDecision(parsing: text)
            try decision.check(in: catalog)
            guard !decisions.contains(decision) else { throw .repeatedDecision(decision.name) }
            decisions.append(decision)
        }
        return decisions
    }

    /// Accelerators per site (sites whose risk the policy allows) and per
    /// server type, renewable MW per technology offered, and battery MWh when
    /// batteries.csv has one: each only where the catalog has something to buy.
    public static func defaults(for catalog: Catalog) -> [AlternativeDecision] {
        var decisions: [AlternativeDecision] = []
        for site in catalog.sites where site.riskScore <= catalog.policy.maxRiskScore {
            decisions.append(AlternativeDecision(.accelerators, [("site", site.id)]))
        }
        for server in catalog.servers { decisions.append(AlternativeDecision(.accelerators, [("server", server.id)])) }
        var technologies: [RenewableOffer.Technology] = []
        for offer in catalog.renewables where !technologies.contains(offer.technology) {
            technologies.append(offer.technology)
        }
        for technology in technologies {
            decisions.append(AlternativeDecision(.renewableMW, [("technology", technology.rawValue)]))
        }
        if !catalog.batteries.isEmpty { decisions.append(AlternativeDecision(.batteryMWh)) }
        return decisions
    }

    /// Two decisions are the same when their canonical names are (filters in any order).
    public static func == (a: AlternativeDecision, b: AlternativeDecision) -> Bool { a.name == b.name }

    /// Hashes the canonical name, as `==` compares it.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
