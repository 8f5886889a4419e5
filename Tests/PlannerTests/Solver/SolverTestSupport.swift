import Foundation
import PlanBench
import Planner

/// Whether `value` is within `tolerance` of `expected`; false when nil.
func approx(_ value: Double?, _ expected: Double, tolerance: Double = 1e-6) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= tolerance
}

/// A random multi-dimensional 0/1 knapsack written as a minimisation:
/// min −Σ value·x  s.t. Σ weight_d·x ≤ half the total weight in each dimension.
/// Values correlated with weights make the LP bound weak and branching long.
func multidimensionalKnapsack(items: Int, dimensions: Int, seed: UInt64) -> LinearProgram {
    var random = SplitMix64(seed: seed)
    var program = LinearProgram()
    var weights: [[Int]] = []
    for _ in 0..<dimensions {
        weights.append((0..<items).map { _ in random.int(in: 100...1000) })
    }
    let columns = (0..<items).map { i in
        let value = weights.map { $0[i] }.reduce(0, +) / dimensions + random.int(in: 0...100)
        return program.addColumn("take[\(i)]", lower: 0, upper: 1, cost: -Double(value), isInteger: true)
    }
    for (d, row) in weights.enumerated() {
        let capacity = Double(row.reduce(0, +)) / 2
        program.addRow("capacity[\(d)]", upper: capacity, terms: zip(columns, row.map(Double.init)).map { ($0, $1) })
    }
    return program
}

/// The 4-item knapsack of the MIP tests: max 8a + 11b + 6c + 4d with
/// weights 5, 7, 4, 3 and capacity 14, as a minimisation.
func smallKnapsack(objectiveConstant: Double = 0) -> LinearProgram {
    var program = LinearProgram()
    let items: [(String, Double, Double)] = [("a", 8, 5), ("b", 11, 7), ("c", 6, 4), ("d", 4, 3)]
    let columns = items.map { program.addColumn($0.0, lower: 0, upper: 1, cost: -$0.1, isInteger: true) }
    program.addRow("weight", upper: 14, terms: zip(columns, items.map(\.2)).map { ($0, $1) })
    program.objectiveConstant = objectiveConstant
    return program
}

/// Collects values from several threads (progress callbacks, parallel solves).
final class LockedList<Element>: @unchecked Sendable {
    // @unchecked: `items` is only touched under `lock`.
    private let lock = NSLock()
    private var items: [Element] = []

    func append(_ item: Element) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    var all: [Element] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
