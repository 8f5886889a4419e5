/// Which kind of instance the generator draws. Families differ only in a few
/// figures; every other number (sites, servers, runs, profiles) is the same
/// for the same seed.
public enum InstanceFamily: String, Sendable, CaseIterable {
    /// The published instances: PPA strikes at a premium to the grid price and
    /// site fixed costs of 30–70 M USD, so few sites are worth opening.
    case base
    /// A harder search: PPA strikes both below and above the site's grid
    /// price, and site fixed costs a small fraction of the base's, so that
    /// equipment dominates the cost, many sites are worth opening and the
    /// choice among them is close.
    case hard
}

/// The draws in which a family departs from the base one. They come from a
/// stream of their own, so the base family's stream (and hence every other
/// figure of the instance) is the same whichever family is generated.
struct FamilyDraws {
    let family: InstanceFamily
    private var random: SplitMix64

    /// Draws for `family` of the instance seeded with `seed`.
    init(family: InstanceFamily, seed: UInt64) {
        self.family = family
        // Seeded from a mixed value rather than `seed` plus a constant: the main
        // stream walks seed + k × SplitMix64's increment, and a shifted copy of it
        // could overlap this one.
        var mixer = SplitMix64(seed: seed ^ 0x6861_7264_2D66_616D)
        self.random = SplitMix64(seed: mixer.next())
    }

    /// Hard: fixed costs 5–15 % of the base's, so equipment (servers, cooling,
    /// electrical) dominates and opening another site is cheap. Base: 1.
    mutating func siteFixedCostScale() -> Double {
        switch family {
        case .base: 1
        case .hard: random.uniform(0.05, 0.15)
        }
    }

    /// The PPA strike over the site's annual grid price. Base: the premium the
    /// main stream drew (0.95–1.25). Hard: 0.80–1.25, so some PPAs are worth
    /// signing for their settlement alone and others only for clean energy.
    mutating func ppaStrikeFactor(basePremium: Double) -> Double {
        switch family {
        case .base: basePremium
        case .hard: random.uniform(0.80, 1.25)
        }
    }
}
