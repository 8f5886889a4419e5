#!/usr/bin/env python3
"""Solve an MPS file exported by `planctl export --mps` with HiGHS (pip highspy),
the peer solver of docs/performance.md. Prints one JSON line: seconds, status,
objective, bound and gap, for scripts/bench to put beside planctl's figures.

HiGHS 1.16.0 can overrun its own time limit on large models (still running at
300 s of a 120 s limit, docs/performance.md), so the solve runs in a child
process that is stopped at twice the limit and a minute; the line then says
"no answer" with null figures."""
import json
import math
import subprocess
import sys
import time

import highspy


CHILD = "--child"


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit("usage: highs_solve.py MODEL.mps [TIME_LIMIT_S] [MIP_GAP] [THREADS]")
    if sys.argv[-1] == CHILD:
        solve(sys.argv[1:-1])
        return
    limit = float(sys.argv[2]) if len(sys.argv) > 2 else 300.0
    started = time.perf_counter()
    try:
        child = subprocess.run([sys.executable, __file__, *sys.argv[1:], CHILD], timeout=limit * 2 + 60)
        sys.exit(child.returncode)
    except subprocess.TimeoutExpired:
        print(json.dumps({
            "highs_read_s": None,
            "highs_s": round(time.perf_counter() - started, 3),
            "highs_status": "no answer",
            "highs_objective": None,
            "highs_bound": None,
            "highs_gap": None,
        }))


def solve(args: list) -> None:
    path = args[0]
    limit = float(args[1]) if len(args) > 1 else 300.0
    gap = float(args[2]) if len(args) > 2 else 0.01
    threads = int(args[3]) if len(args) > 3 else 1
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
