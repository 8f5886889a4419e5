#!/usr/bin/env python3
"""Solve an MPS file exported by `planctl export --mps` with HiGHS (pip highspy),
the peer solver of docs/performance.md. Prints one JSON line: seconds, status,
objective, bound and gap, for scripts/bench to put beside planctl's figures."""
import json
import math
import sys
import time

import highspy


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit("usage: highs_solve.py MODEL.mps [TIME_LIMIT_S] [MIP_GAP] [THREADS]")
    path = sys.argv[1]
    limit = float(sys.argv[2]) if len(sys.argv) > 2 else 300.0
    gap = float(sys.argv[3]) if len(sys.argv) > 3 else 0.01
    threads = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("time_limit", limit)
    highs.setOptionValue("mip_rel_gap", gap)
    # One thread by default: GLPK is single-threaded, so the ratio compares search, not cores.
    highs.setOptionValue("threads", threads)
    started = time.perf_counter()
    highs.readModel(path)
    read_s = time.perf_counter() - started
    highs.run()
    total_s = time.perf_counter() - started
    info = highs.getInfo()
    status = highs.modelStatusToString(highs.getModelStatus())
    # Without a plan HiGHS reports infinities (which round() refuses) and, when it
    # stopped before searching, a bound of 0 that proves nothing: null for all three.
    has_plan = info.primal_solution_status == 2  # kSolutionStatusFeasible

    def finite(value, digits=None):
        return round(value, digits) if math.isfinite(value) else None

    print(json.dumps({
        "highs_read_s": round(read_s, 4),
        "highs_s": round(total_s, 3),
        "highs_status": status,
        "highs_objective": finite(info.objective_function_value) if has_plan else None,
        "highs_bound": finite(info.mip_dual_bound) if has_plan else None,
        "highs_gap": finite(info.mip_gap, 5) if has_plan else None,
    }))


if __name__ == "__main__":
    main()
