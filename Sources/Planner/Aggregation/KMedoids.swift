/// Weighted k-medoids by PAM (Kaufman & Rousseeuw's BUILD then SWAP):
/// deterministic, exact in its local search, and small enough for the
/// few hundred days of a year.
///
/// Points are given by a symmetric distance matrix; `weights[i]` counts how
/// much of the year point i stands for. The cost minimised is
/// Σ_i weights[i] · distance(i, medoid(i)).
struct KMedoids {
    /// Distances between points, row-major `count × count`.
    let distances: [Double]
    let weights: [Double]
    var count: Int { weights.count }

    init(distances: [Double], weights: [Double]) {
        precondition(distances.count == weights.count * weights.count, "distance matrix must be n × n")
        self.distances = distances
        self.weights = weights
    }

    func distance(_ i: Int, _ j: Int) -> Double { distances[i * count + j] }

    /// `k` medoids (point indices, ascending) among the points not in
    /// `excluded`; ties go to the lower index so the result is reproducible.
    func medoids(_ k: Int, excluding excluded: Set<Int> = []) -> [Int] {
        let candidates = (0..<count).filter { !excluded.contains($0) }
        guard k < candidates.count else { return candidates }
        guard k > 0 else { return [] }
        var chosen = build(k, candidates: candidates)
        swap(&chosen, candidates: candidates)
        return chosen.sorted()
    }

    /// Which of `medoids` each point is nearest to (its index in `medoids`).
    func assignment(to medoids: [Int]) -> [Int] {
        (0..<count).map { i in
            var best = 0
            for m in medoids.indices where distance(i, medoids[m]) < distance(i, medoids[best]) { best = m }
            return best
        }
    }

    /// Total weighted distance of `candidates` to their nearest of `medoids`.
    func cost(_ medoids: [Int], candidates: [Int]) -> Double {
        candidates.reduce(0) { sum, i in
            sum + weights[i] * medoids.map { distance(i, $0) }.min()!
        }
    }

    /// Greedy start: each new medoid is the point that lowers the cost most.
    private func build(_ k: Int, candidates: [Int]) -> [Int] {
        var chosen: [Int] = []
        var nearest = [Double](repeating: .infinity, count: count)
        for _ in 0..<k {
            var best = -1
            var bestCost = Double.infinity
            for m in candidates where !chosen.contains(m) {
                var total = 0.0
                for i in candidates { total += weights[i] * min(nearest[i], distance(i, m)) }
                if total < bestCost {
                    best = m
                    bestCost = total
                }
            }
            chosen.append(best)
            for i in candidates { nearest[i] = min(nearest[i], distance(i, best)) }
        }
        return chosen
    }

    /// Best-improvement swaps of a medoid with a non-medoid until none lowers
    /// the cost. Each trial is priced in O(n) from every point's nearest and
    /// second-nearest medoid distance, so a round costs O(k·n²).
    private func swap(_ chosen: inout [Int], candidates: [Int]) {
        // PAM converges in a few rounds; the cap only guards against float ping-pong.
        for _ in 0..<100 {
            var nearestSlot = [Int](repeating: 0, count: count)
            var nearest = [Double](repeating: .infinity, count: count)
            var second = [Double](repeating: .infinity, count: count)
            for i in candidates {
                for (slot, m) in chosen.enumerated() {
                    let d = distance(i, m)
                    if d < nearest[i] {
                        second[i] = nearest[i]
                        nearest[i] = d
                        nearestSlot[i] = slot
                    } else if d < second[i] {
                        second[i] = d
                    }
                }
            }
            let isMedoid = Set(chosen)
            var bestDelta = 0.0
            var bestSwap: (slot: Int, point: Int)?
            for slot in chosen.indices {
                for point in candidates where !isMedoid.contains(point) {
                    var delta = 0.0
                    for i in candidates {
                        let kept = nearestSlot[i] == slot ? second[i] : nearest[i]
                        delta += weights[i] * (min(kept, distance(i, point)) - nearest[i])
                    }
                    if delta < bestDelta - 1e-12 {
                        bestDelta = delta
                        bestSwap = (slot, point)
                    }
                }
            }
            guard let bestSwap else { return }
            chosen[bestSwap.slot] = bestSwap.point
        }
    }
}
