import Testing

@testable import Planner

/// PAM on points of a line, distance |a − b|, where every swap can be priced by hand.
@Suite struct KMedoidsTests {
    static let points: [Double] = [0, 1, 2, 10, 11, 30]

    static func clustering(weights: [Double]) -> KMedoids {
        let n = points.count
        let distances = (0..<(n * n)).map { abs(points[$0 / n] - points[$0 % n]) }
        return KMedoids(distances: distances, weights: weights)
    }

    /// Equal weights, k = 2. Costs Σ_i |x_i − nearest medoid|:
    /// {2, 30}: 2 + 1 + 0 + 8 + 9 + 0 = 20; {1, 30}: 21; {1, 11}: 2 + 1 + 0 + 19 = 22;
    /// {2, 11}: 23; {2, 10}: 24; {0, 30}: 24 — the outlier gets its own medoid.
    @Test func outlierGetsItsOwnMedoidWhenItWeighsAsMuch() {
        let clustering = Self.clustering(weights: [1, 1, 1, 1, 1, 1])
        let medoids = clustering.medoids(2)
        #expect(medoids == [2, 5])
        #expect(clustering.cost(medoids, candidates: Array(0..<6)) == 20)
        #expect(clustering.assignment(to: medoids) == [0, 0, 0, 0, 0, 1])
    }

    /// The point 30 stands for a hundredth: {1, 11} costs 1 + 0 + 1 + 1 + 0 + 0.19 = 3.19,
    /// {1, 10} 3.20, {2, 11} 4.19, {2, 30} 20 — now the two groups get one medoid each.
    @Test func weightsDecideWhichPointsMatter() {
        let clustering = Self.clustering(weights: [1, 1, 1, 1, 1, 0.01])
        #expect(clustering.medoids(2) == [1, 4])
    }

    /// Excluded points (the extreme days) are neither medoids nor priced.
    @Test func excludedPointsAreLeftOut() {
        let clustering = Self.clustering(weights: [1, 1, 1, 1, 1, 1])
        // Without 30, the best pair is {1, 10} or {1, 11} (cost 3); the lower index wins.
        #expect(clustering.medoids(2, excluding: [5]) == [1, 3])
        #expect(clustering.medoids(9, excluding: [5]) == [0, 1, 2, 3, 4])
        #expect(clustering.medoids(0).isEmpty)
    }
}
