import Foundation
import Testing

@testable import Planner

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Chart building blocks")
struct ChartTests {
    @Test(arguments: [
        (value: 0.0, expected: "0"),
        (value: -0.001, expected: "0"),
        (value: 12.5, expected: "12.5"),
        (value: 1.0 / 3.0, expected: "0.33"),
        (value: -7.999, expected: "-8"),
        (value: Double.nan, expected: "0"),
    ])
    func svgNumbers(value: Double, expected: String) {
        #expect(SVG.num(value) == expected)
    }

    @Test func svgEscapesText() {
        #expect(SVG.escape(#"a<b & "c" 'd'>"#) == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;")
    }

    @Test(arguments: [
        // 0…81.7 M in ~5 steps: raw step 16.3 M → 20 M, top tick 100 M, labelled in M USD.
        (values: [0, 81.7e6], ticks: [0.0, 20e6, 40e6, 60e6, 80e6, 100e6], unit: "M USD/yr", low: 0.0),
        // A revenue of −0.04 M beside 81.7 M gets a sliver below zero, not a −20 M band.
        (values: [-0.04e6, 81.7e6], ticks: [0, 20e6, 40e6, 60e6, 80e6, 100e6], unit: "M USD/yr", low: -1.64e6),
        // −120…300 in steps of 100 (raw 84 → 100).
        (values: [-120, 300], ticks: [-200, -100, 0, 100, 200, 300], unit: "USD/yr", low: -200),
    ])
    func axisTicks(values: [Double], ticks: [Double], unit: String, low: Double) {
        let axis = Axis(covering: values, unit: "USD/yr")
        #expect(axis.ticks == ticks)
        #expect(axis.unit == unit)
        #expect(abs(axis.low - low) < 1e-6)
    }

    @Test(arguments: [
        (site: "fi-hamina", file: "dispatch-fi-hamina.svg"),
        (site: "us west/2", file: "dispatch-us_west_2.svg"),
        (site: "..", file: "dispatch-_..svg"),
        (site: "zürich", file: "dispatch-z_rich.svg"),
    ])
    func dispatchFileNamesStayPlain(site: String, file: String) {
        #expect(PlanCharts.dispatchFile(site: site) == file)
        #expect(OutputFolder.isSafeName(PlanCharts.dispatchFile(site: site)))
    }

    @Test func hostileNamesStayWellFormed() {
        let bars = StackedBarChart(
            title: "A <b> & \"c\"", unit: "USD/yr", categories: ["x<y", "a&b"],
            series: [.init(name: "</svg>", values: [3, -1])]
        ).svg()
        let curve = CostCarbonChart(
            title: "t",
            points: [
                .init(costUSDPerYr: 2e6, carbonTPerYr: 10, label: "<base>"),
                .init(costUSDPerYr: 3e6, carbonTPerYr: 5, label: "b&"),
            ]
        ).svg()
        for svg in [bars, curve] {
            #expect(XMLParser(data: Data(svg.utf8)).parse())
        }
        #expect(bars.contains("x&lt;y") && !bars.contains("x<y"))
    }

    @Test func costCarbonCurveJoinsPointsInCarbonOrder() {
        let svg = CostCarbonChart(
            title: "Trade-off",
            costCarbon: [(costUSD: 3e6, carbonT: 100), (costUSD: 4e6, carbonT: 50), (costUSD: 2e6, carbonT: 200)]
        ).svg()
        // The curve's path visits carbon 50, 100, 200: x grows along it.
        let path =
            svg.components(separatedBy: "<path d=\"M").dropFirst().first.map { String($0.prefix { $0 != "\"" }) } ?? ""
        let xs = path.split(separator: "L").compactMap { Double($0.split(separator: " ")[0]) }
        #expect(xs.count == 3 && xs == xs.sorted())
        #expect(svg.contains("50 tCO2e/yr at 4.00 M USD/yr"))
    }
}
