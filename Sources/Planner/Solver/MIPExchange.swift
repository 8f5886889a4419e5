import Foundation

/// Branch and bounds of the same program on threads of their own that meet
/// in rounds: each hands in its plan and bound, takes the cheapest plan
/// any of them holds, and all stop together once the best plan is within
/// the gap of the highest bound, or once one of them has proved its gap.
///
/// A round is reached by simplex iterations, not by the clock (the n-th
/// meeting after n · `roundIterations`), and a search goes on only once
/// every other has met that round or ended. So what each search knows at
/// each round, and the round at which they stop, does not depend on the
/// clock: runs that end by proof end the same way every time.
public final class MIPExchange: @unchecked Sendable {
    // @unchecked: every stored property below `roundIterations` is guarded by `condition`.

    /// What one search hands in at a round: its plan (1-based, as
    /// glp_ios_heur_sol takes it) and objective, and its best bound.
    struct Offer {
        var objective: Double?
        var values: [Double]?
        var bound: Double?
    }

    /// What a round settled, the same for every search that met it.
    struct Verdict: Equatable {
        /// The cheapest plan handed in (the lowest seat on a tie) and its objective.
        var objective: Double?
        var values: [Double]?
        /// The highest bound handed in.
        var bound: Double?
        /// Whether the searches stop: the gap is proven by the round, or a search ended by proof.
        var stop: Bool
    }

    /// Simplex iterations between two meetings of one search.
    let roundIterations: Int
    private let mipGap: Double
    private let condition = NSCondition()
    private var round = 0
    private var offers: [Offer?]
    /// Per seat: nil while it searches; whether it ended by proof once it has.
    private var ended: [Bool?]
    /// The last round's verdict. A search waiting on it reads it before the
    /// next round can settle, as that round needs the waiting search's offer.
    private var settled: Verdict?

    /// An exchange for `seats` searches with `mipGap` as their common tolerance.
    init(seats: Int, roundIterations: Int, mipGap: Double) {
        self.roundIterations = roundIterations
        self.mipGap = mipGap
        offers = Array(repeating: nil, count: seats)
        ended = Array(repeating: nil, count: seats)
    }

    /// One search's place at the exchange, for `SolveOptions.exchange`.
    public struct Seat: Sendable {
        let exchange: MIPExchange
        let index: Int
    }

    /// The seats of a new exchange for `seats` searches.
    static func seats(_ seats: Int, roundIterations: Int, mipGap: Double) -> [Seat] {
        let exchange = MIPExchange(seats: seats, roundIterations: roundIterations, mipGap: mipGap)
        return (0..<seats).map { Seat(exchange: exchange, index: $0) }
    }

    /// Hands in `offer` for the seat's next round and waits until every other
    /// search has met it or ended; nil when `givingUp` turns true first (time
    /// out, cancelled), after which the seat counts as ended without proof.
    func meet(_ seat: Int, offer: Offer, givingUp: () -> Bool) -> Verdict? {
        condition.lock()
        defer { condition.unlock() }
        let mine = round
        offers[seat] = offer
        while round == mine {
            if isComplete {
                settle()
                break
            }
            if givingUp() {
                ended[seat] = false
                condition.broadcast()
                return nil
            }
            _ = condition.wait(until: Date(timeIntervalSinceNow: 0.05))
        }
        return settled
    }

    /// Records that the seat's search has ended, by proof or not, with its last offer.
    func end(_ seat: Int, proven: Bool, offer: Offer) {
        condition.lock()
        defer { condition.unlock() }
        ended[seat] = proven
        offers[seat] = offer
        if isComplete { settle() }
        condition.broadcast()
    }

    /// Whether every seat has met the current round or ended.
    private var isComplete: Bool {
        zip(offers, ended).allSatisfy { $0 != nil || $1 != nil }
    }

    /// Settles the current round from the offers in seat order and opens the next.
    private func settle() {
        var verdict = Verdict(objective: nil, values: nil, bound: nil, stop: ended.contains(true))
        for offer in offers.compactMap({ $0 }) {
            if let objective = offer.objective, let values = offer.values,
                verdict.objective.map({ objective < $0 }) ?? true
            {
                verdict.objective = objective
                verdict.values = values
            }
            if let bound = offer.bound { verdict.bound = max(verdict.bound ?? bound, bound) }
        }
        if let gap = MIPSearchMonitor.gap(objective: verdict.objective, bound: verdict.bound), gap <= mipGap {
            verdict.stop = true
        }
        settled = verdict
        round += 1
        for seat in offers.indices where ended[seat] == nil { offers[seat] = nil }
        condition.broadcast()
    }
}

extension MIPExchange.Seat {
    /// Ends this seat with the search's result: proven when it is optimal.
    func leave(after result: SolveResult) {
        let values = result.columnValues.isEmpty ? nil : [0] + result.columnValues
        exchange.end(
            index, proven: result.status == .optimal,
            offer: MIPExchange.Offer(
                objective: values == nil ? nil : result.objective, values: values, bound: result.bestBound))
    }
}
