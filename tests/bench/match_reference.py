#!/usr/bin/env python3
"""The reference optimum for a problem written by turnabout_match_bench --write.

Dense (MaxTotalScore): scipy.optimize.linear_sum_assignment(maximize=True) on the
mentees x slots matrix, each mentor expanded into as many slots as its capacity and an
ineligible pair scoring 0 (as good as leaving the mentee out).
Sparse (MaxPairsThenScore, capacities 1, a full matching exists):
scipy.sparse.csgraph.min_weight_full_bipartite_matching(maximize=True) on the CSR
biadjacency matrix, every weight raised by 1 because that function drops zeros.
Prints one line of JSON: time of the solver call (best of --runs), total and pairs.
"""
import argparse
import json
import sys
import time

import numpy as np
import scipy
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

MAGIC = 0x504D4154


def read_problem(path):
    with open(path, "rb") as f:
        data = f.read()
    header = np.frombuffer(data, dtype="<i4", count=6)
    if header[0] != MAGIC or header[1] != 1:
        sys.exit(f"{path}: not a version 1 problem file")
    objective, mentees, mentors, pairs = (int(v) for v in header[2:6])
    at = 24

    def take(dtype, count):
        nonlocal at
        array = np.frombuffer(data, dtype=dtype, count=count, offset=at)
        at += 4 * count
        return array

    return {
        "objective": objective,
        "mentee_capacity": take("<i4", mentees),
        "mentor_capacity": take("<i4", mentors),
        "first": take("<u4", mentees + 1),
        "mentor": take("<u4", pairs),
        "score": take("<i4", pairs),
    }


def best_time(call, runs):
    best, result = None, None
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        elapsed = (time.perf_counter() - start) * 1000.0
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def dense(problem, runs):
    if np.any(problem["mentee_capacity"] != 1):
        sys.exit("dense reference: mentee capacities must be 1")
    mentees = len(problem["mentee_capacity"])
    mentors = len(problem["mentor_capacity"])
    scores = np.zeros((mentees, mentors), dtype=np.float64)
    rows = np.repeat(np.arange(mentees), np.diff(problem["first"]).astype(np.int64))
    scores[rows, problem["mentor"]] = problem["score"]
    slot_mentor = np.repeat(np.arange(mentors), problem["mentor_capacity"])
    matrix = np.ascontiguousarray(scores[:, slot_mentor])
    elapsed, (row, col) = best_time(lambda: linear_sum_assignment(matrix, maximize=True), runs)
    chosen = matrix[row, col]
    return elapsed, int(chosen.sum()), int(np.count_nonzero(chosen)), list(matrix.shape)


def sparse(problem, runs):
    if np.any(problem["mentee_capacity"] != 1) or np.any(problem["mentor_capacity"] != 1):
        sys.exit("sparse reference: capacities must be 1")
    mentees = len(problem["mentee_capacity"])
    mentors = len(problem["mentor_capacity"])
    weights = problem["score"].astype(np.float64) + 1.0
    graph = csr_matrix((weights, problem["mentor"].astype(np.int32), problem["first"].astype(np.int32)),
                       shape=(mentees, mentors))
    elapsed, (row, col) = best_time(lambda: min_weight_full_bipartite_matching(graph, maximize=True), runs)
    total = int(round(float(np.asarray(graph[row, col]).sum()))) - len(row)
    return elapsed, total, len(row), [mentees, mentors]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("problem")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    problem = read_problem(args.problem)
    if problem["objective"] == 0:
        name = "scipy.optimize.linear_sum_assignment"
        elapsed, total, pairs, shape = dense(problem, args.runs)
    else:
        name = "scipy.sparse.csgraph.min_weight_full_bipartite_matching"
        elapsed, total, pairs, shape = sparse(problem, args.runs)
    print(json.dumps({"solver": name, "scipy": scipy.__version__, "shape": shape,
                      "time_ms": round(elapsed, 3), "total": total, "pairs": pairs}))


if __name__ == "__main__":
    main()
