"""Checks `turnabout match` against an independent solver: scipy's
linear_sum_assignment on the scores `turnabout scores` wrote, with each mentor's
places expanded into slots. Exit 1 when the totals differ."""
import csv
import json
import sys

import numpy as np
from scipy.optimize import linear_sum_assignment


def main(scores_path, draft_path):
    with open(scores_path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    mentees = sorted({r["mentee_id"] for r in rows if int(r["mentee_places"]) > 0})
    mentor_places = {r["mentor_id"]: int(r["mentor_places"]) for r in rows}
    slots = [m for m, places in sorted(mentor_places.items()) for _ in range(places)]
    row_of = {m: i for i, m in enumerate(mentees)}
    scores = np.zeros((len(mentees), len(slots)), dtype=np.int64)
    for r in rows:
        if r["score"] == "" or r["mentee_id"] not in row_of:
            continue
        for k, mentor in enumerate(slots):
            if mentor == r["mentor_id"]:
                scores[row_of[r["mentee_id"]], k] = int(r["score"])
    picked_rows, picked_cols = linear_sum_assignment(scores, maximize=True)
    reference = int(scores[picked_rows, picked_cols].sum())
    with open(draft_path, encoding="utf-8") as f:
        draft = json.load(f)
    ours = draft["total_score"]
    print(f"turnabout total {ours}, scipy total {reference}, {len(mentees)} mentees x {len(slots)} mentor places")
    return 0 if ours == reference else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
