#!/usr/bin/env python3
"""The 1- and 2-core table of docs/performance.md: plans generated instances
with `planctl-bench run --jobs 2`, then `--jobs 1` beside HiGHS on one thread
(the machine's two cores), and prints one Markdown row per instance.

Besides the plan, bound and gap at the limit, each planctl run's GLPK log is
timestamped, so the row also gives the seconds until the search first held a
plan within 1 % of the best known one (docs/best-known.csv): every plan a
stage of the search finds (first plans, neighbourhoods, branch and bound) is
a plan of the whole model, and GLPK logs each one. That time, 1 job over 2
jobs, is the search's speed-up from one core to two at the same limit.

usage: scripts/bench_cores.py SIZE [SIZE ...]   (planctl-bench generate's sizes: medium,
       hard-large, ...; each is generated into $WORK/SIZE-seedSEED and exported for HiGHS)
environment: BIN (release bin path), SEED (1), TIME_LIMIT (120), MIP_GAP (0.01),
             HIGHS (1: run HiGHS beside the 1-job run), WORK (/tmp/planctl-bench-cores)
"""
import csv
import json
import os
import re
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCUMBENT = re.compile(r"mip =\s+([0-9.eE+-]+) |Solution found by heuristic: ([0-9.eE+-]+)")


def best_known() -> dict:
    with open(os.path.join(ROOT, "docs", "best-known.csv")) as file:
        return {(row["instance"], row["seed"]): float(row["objective_usd_per_yr"]) for row in csv.DictReader(file)}


def planctl(binary: str, folder: str, jobs: int, limit: str, gap: str) -> tuple:
    """The run's JSON and its incumbents as (seconds, objective), in log order."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [f"{binary}/planctl-bench", "run", folder, "--out", f"{folder}.reports-{jobs}", "--jobs", str(jobs),
         "--time-limit", limit, "--mip-gap", gap, "--log"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    incumbents = []

    def read_log() -> None:
        for line in process.stderr:
            match = INCUMBENT.search(line)
            if match:
                incumbents.append((time.perf_counter() - started, float(match.group(1) or match.group(2))))

    reader = threading.Thread(target=read_log)
    reader.start()
    output = process.stdout.read()
    process.wait()
    reader.join()
    return json.loads(output.strip().splitlines()[-1]), incumbents


def seconds_to(incumbents: list, target: float):
    return next((round(t, 1) for t, objective in incumbents if objective <= target), None)


def main() -> None:
    binary = os.environ.get("BIN") or subprocess.check_output(
        ["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, text=True).strip()
    limit = os.environ.get("TIME_LIMIT", "120")
    gap = os.environ.get("MIP_GAP", "0.01")
    known = best_known()
    print("| instance | best known | 2 jobs: plan, gap, s | 1 job: plan, gap, s | s to 1 % of best, 2 jobs / 1 job "
          "| speed-up | HiGHS 1 thread: plan, gap, s |")
    print("|---|---:|---|---|---|---:|---|")
    seed = os.environ.get("SEED", "1")
    work = os.environ.get("WORK", "/tmp/planctl-bench-cores")
    for size in sys.argv[1:]:
        folder = os.path.join(work, f"{size}-seed{seed}")
        label = subprocess.check_output(
            [f"{binary}/planctl-bench", "generate", "--size", size, "--seed", seed, "--out", folder], text=True).strip()
        subprocess.run([f"{binary}/planctl", "export", folder, "--mps", folder + ".mps"], check=True,
                       stderr=subprocess.DEVNULL)
        best = known.get((label, seed))
        two, two_log = planctl(binary, folder, 2, limit, gap)
        highs = {}
        if os.environ.get("HIGHS", "1") == "1" and os.path.exists(folder + ".mps"):
            child = subprocess.Popen([sys.executable, os.path.join(ROOT, "scripts", "highs_solve.py"),
                                      folder + ".mps", limit, gap], stdout=subprocess.PIPE, text=True)
        else:
            child = None
        one, one_log = planctl(binary, folder, 1, limit, gap)
        if child:
            highs = json.loads(child.communicate()[0].strip().splitlines()[-1])
        target = best * 1.01 if best else None
        t2 = seconds_to(two_log, target) if target else None
        t1 = seconds_to(one_log, target) if target else None
        speedup = f"{t1 / t2:.2f}" if t1 and t2 else "—"

        def plan(run: dict) -> str:
            if run.get("objective") is None:
                return "no plan"
            seconds = f", {run['solve_s']:.0f} s" if run.get("solve_s") is not None else ""
            return f"{run['objective']:,.0f}, {100 * run['gap']:.2f} %{seconds}" if run.get("gap") is not None else \
                f"{run['objective']:,.0f}, no bound{seconds}"

        hs = "—"
        if highs.get("highs_objective") is not None:
            hs = f"{highs['highs_objective']:,.0f}, {100 * highs['highs_gap']:.2f} %, {highs['highs_s']:.0f}"
        print(f"| {label} | {best:,.0f} | {plan(two)} | {plan(one)} | {t2 or '—'} / {t1 or '—'} | {speedup} | {hs} |"
              if best else f"| {label} | — | {plan(two)} | {plan(one)} | — | — | {hs} |", flush=True)


if __name__ == "__main__":
    main()
