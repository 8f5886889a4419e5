import Foundation
import Testing

@testable import Planner

/// Rounds of `MIPExchange`: what two searches hand in and what each takes back.
@Suite("MIP exchange")
struct MIPExchangeTests {
    private typealias Offer = MIPExchange.Offer

    /// Both seats meet one round on threads of their own; the verdicts each got, in seat order.
    private static func meet(_ first: Offer, _ second: Offer, mipGap: Double) -> [MIPExchange.Verdict?] {
        let exchange = MIPExchange(seats: 2, roundIterations: 1, mipGap: mipGap)
        let other = ThreadedValue { exchange.meet(1, offer: second, givingUp: { false }) }
        let mine = exchange.meet(0, offer: first, givingUp: { false })
        return [mine, other.value]
    }

    /// Plans at 100 (bound 90) and 95 (bound 92): both take the plan at 95
    /// and the bound 92, and go on, as (95 − 92) / 95 = 3.2 % is above 1 %.
    @Test func aRoundTakesTheCheapestPlanAndTheHighestBound() {
        let verdicts = Self.meet(
            Offer(objective: 100, values: [0, 1], bound: 90), Offer(objective: 95, values: [0, 2], bound: 92),
            mipGap: 0.01)

        let expected = MIPExchange.Verdict(objective: 95, values: [0, 2], bound: 92, stop: false)
        #expect(verdicts == [expected, expected])
    }

    /// A plan at 100 under a bound of 98.5 and one at 101 under 99.5: each
    /// search alone is 1.5 % from proof, but the plan at 100 is within
    /// (100 − 99.5) / 100 = 0.5 % of the other's bound, inside the 1 % gap, so both stop.
    @Test func aRoundWithinTheGapStopsBoth() {
        let verdicts = Self.meet(
            Offer(objective: 100, values: [0, 1], bound: 98.5), Offer(objective: 101, values: [0, 2], bound: 99.5),
            mipGap: 0.01)

        let expected = MIPExchange.Verdict(objective: 100, values: [0, 1], bound: 99.5, stop: true)
        #expect(verdicts == [expected, expected])
    }

    /// Equal plans: the lower seat's is taken, so the verdict does not depend on who came first.
    @Test func aTieGoesToTheLowerSeat() {
        let verdicts = Self.meet(
            Offer(objective: 100, values: [0, 1], bound: 50), Offer(objective: 100, values: [0, 2], bound: 60),
            mipGap: 0.01)

        #expect(verdicts.map { $0?.values } == [[0, 1], [0, 1]])
    }

    /// A search that ended by proof stops the other at its next round.
    @Test func aSearchEndedByProofStopsTheOther() {
        let exchange = MIPExchange(seats: 2, roundIterations: 1, mipGap: 0.01)
        exchange.end(1, proven: true, offer: Offer(objective: 100, values: [0, 2], bound: 99.5))

        let verdict = exchange.meet(0, offer: Offer(objective: 120, values: [0, 1], bound: 80), givingUp: { false })

        #expect(verdict == MIPExchange.Verdict(objective: 100, values: [0, 2], bound: 99.5, stop: true))
    }

    /// A search that ended at its limit still hands over its plan and bound,
    /// and the other goes on: (90 − 85) / 90 is above the gap.
    @Test func aSearchEndedWithoutProofLetsTheOtherGoOn() {
        let exchange = MIPExchange(seats: 2, roundIterations: 1, mipGap: 0.01)
        exchange.end(1, proven: false, offer: Offer(objective: 90, values: [0, 2], bound: 80))

        let first = exchange.meet(0, offer: Offer(objective: 100, values: [0, 1], bound: 85), givingUp: { false })
        let second = exchange.meet(0, offer: Offer(objective: 100, values: [0, 1], bound: 86), givingUp: { false })

        #expect(first == MIPExchange.Verdict(objective: 90, values: [0, 2], bound: 85, stop: false))
        #expect(second?.bound == 86)
    }

    /// A search whose partner never comes gives up when told to (its time is out).
    @Test func aSearchAloneGivesUp() {
        let exchange = MIPExchange(seats: 2, roundIterations: 1, mipGap: 0.01)

        let verdict = exchange.meet(0, offer: Offer(objective: 100, values: [0, 1], bound: 85), givingUp: { true })

        #expect(verdict == nil)
    }

    /// GLPK's side of a round, on the knapsack of `MIPSolveTests.knapsack`
    /// (alone it proves 100 − 21 = 79 at b, c, d). The other seat has ended
    /// "proven" with a plan of a and b (100 − 19 = 81, bound 81): at its first
    /// heuristic call (the relaxation, 78, is fractional) the search takes that
    /// plan, as it holds none, and stops with it, optimal under the bound 81.
    /// A search that ignored the exchange would return 79.
    @Test func aSearchTakesTheRoundsPlanAndStopsWhenAnotherHasProved() {
        let seats = MIPExchange.seats(2, roundIterations: 1, mipGap: 0)
        seats[1].exchange.end(1, proven: true, offer: Offer(objective: 81, values: [0, 1, 1, 0, 0], bound: 81))
        var options = SolveOptions()
        options.mipGap = 0
        options.exchange = seats[0]

        let result = GLPKSolver().solveMIP(smallKnapsack(objectiveConstant: 100), options: options)

        #expect(result.status == .optimal, "\(result.message)")
        #expect(result.columnValues == [1, 1, 0, 0])
        #expect(approx(result.objective, 81) && approx(result.bestBound, 81))
    }
}
