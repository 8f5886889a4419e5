import CGLPK
import Foundation
import Testing

@testable import Planner

/// `planctl export` writes the model `plan` solves: GLPK reading the file back
/// must find the plan's optimum (598 000 USD/yr on WhatIfFixture's two sites).
@Suite("Planning model export")
struct PlanExportTests {
    @Test("MPS and LP files of the planning model re-read by GLPK give the plan's optimum", arguments: ["mps", "lp"])
    func sameOptimum(format: String) throws {
        let fixture = try WhatIfFixture(scenarios: nil)
        let catalog = try WhatIfFixture.twoSites.catalog()
        let model = PlanModel(catalog: catalog)
        #expect(model.program.objectiveConstant == 0, "the LP writer would drop a constant")
        let path = fixture.path + "/model." + format
        if format == "mps" {
            try GLPKSolver.writeMPS(model.program, to: path)
        } else {
            try GLPKSolver.writeLP(model.program, to: path)
        }
        let reread = GLPKTerminal.withOutput(log: false) { () -> Double? in
            guard let problem = glp_create_prob() else { return nil }
            defer { glp_delete_prob(problem) }
            let read =
                format == "mps" ? glp_read_mps(problem, GLP_MPS_FILE, nil, path) : glp_read_lp(problem, nil, path)
            var parameters = glp_iocp()
            glp_init_iocp(&parameters)
            parameters.presolve = GLP_ON
            parameters.msg_lev = GLP_MSG_OFF
            guard read == 0, glp_intopt(problem, &parameters) == 0, glp_mip_status(problem) == GLP_OPT else {
                return nil
            }
            return glp_mip_obj_val(problem)
        }
        let plan = try #require(Planning.plan(catalog).plan)
        expectClose(plan.objectiveUSDPerYr, 598_000, "plan")
        let value = try #require(reread)
        #expect(abs(value - 598_000) < 1e-6 * 598_000, "\(format) read back to \(value)")
    }
}
