#!/usr/bin/env python3
"""The best plans known for generated instances (docs/best-known.csv): the cheapest
plan any method found with 10x scripts/bench's time, and the best proven bound.

    best_known.py lookup INSTANCE SEED
        prints the best-known objective (USD/yr), or "-" when the file has no row
    best_known.py record INSTANCE SEED OBJECTIVE BOUND METHOD SECONDS
        adds the row, or improves it: a cheaper plan replaces the objective, method,
        seconds and date; the bound kept is the higher of the two (both are proven
        lower bounds of the same model). BOUND may be "-" (none proven).

INSTANCE is planctl-bench's label (with "-dK" when planned on K representative
days, as scripts/bench keys it). The file is BEST_KNOWN, default docs/best-known.csv.
"""
import csv
import datetime
import math
import os
import sys

COLUMNS = ["instance", "seed", "objective_usd_per_yr", "bound_usd_per_yr", "method", "seconds", "measured_on"]
PATH = os.environ.get("BEST_KNOWN", os.path.join(os.path.dirname(__file__), "..", "docs", "best-known.csv"))


def read_rows() -> list:
    if not os.path.exists(PATH):
        return []
    with open(PATH, newline="") as file:
        return list(csv.DictReader(file))


def write_rows(rows: list) -> None:
    with open(PATH, "w", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def number(text: str):
    """A finite number, or None for "-", "", "null" and the like."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def find(rows: list, instance: str, seed: str):
    return next((row for row in rows if row["instance"] == instance and row["seed"] == seed), None)


def lookup(instance: str, seed: str) -> None:
    row = find(read_rows(), instance, seed)
    print(row["objective_usd_per_yr"] if row else "-")


def record(instance: str, seed: str, objective: str, bound: str, method: str, seconds: str) -> None:
    cost, proven = number(objective), number(bound)
    if cost is None:
        sys.exit(f"best_known.py: no plan to record for {instance} seed {seed}")
    rows = read_rows()
    row = find(rows, instance, seed)
    if row is None:
        row = {"instance": instance, "seed": seed, "objective_usd_per_yr": "", "bound_usd_per_yr": ""}
        rows.append(row)
    known = number(row["objective_usd_per_yr"])
    if known is None or cost < known:
        row.update({
            "objective_usd_per_yr": f"{cost:.0f}",
            "method": method,
            "seconds": seconds,
            "measured_on": datetime.date.today().isoformat(),
        })
    bounds = [b for b in (number(row["bound_usd_per_yr"]), proven) if b is not None]
    # A bound above the plan can only be the solvers' tolerances; the plan caps it.
    best = min(max(bounds), float(row["objective_usd_per_yr"])) if bounds else None
    row["bound_usd_per_yr"] = "" if best is None else f"{best:.0f}"
    write_rows(rows)
    print(",".join(row[column] for column in COLUMNS))


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "lookup":
        lookup(*sys.argv[2:])
    elif len(sys.argv) == 8 and sys.argv[1] == "record":
        record(*sys.argv[2:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
