"""The drug dictionary: loading it, and checking 20 medication lines as typed."""

from __future__ import annotations

from baclofen_desk.core.drug_dictionary import (
    MedicationContext,
    check_medications,
    load_drug_knowledge,
)
from baclofen_desk.resources import default_knowledge, resource
from benchmarks.common import Row, judged, row, timings

LOAD_TARGET_MS = 50.0
MATCH_TARGET_MS = 5.0

#: A realistic list: brands, generics with doses, combinations, misspellings, unknowns.
MEDICATIONS = (
    "Percocet 5/325 q6h prn",
    "lisinopril 10 mg daily",
    "Oxycodone HCl 5mg tab PO q6h PRN",
    "gabapentin 300 mg tid",
    "atorvastatin 40 mg",
    "metformin 500 mg bid",
    "sertraline 50 mg",
    "omeprazole 20 mg",
    "Xanax XR 0.5",
    "tizanadine 4 mg",
    "tylenol #3",
    "Tylenol PM",
    "amlodipine/benazepril 5-20",
    "furosemide 40 mg qam",
    "Sinemet 25/100 tid",
    "levothyroxine 75 mcg",
    "Eliquis 5 mg bid",
    "oxycodon",
    "baclofen 10 mg tid",
    "xyzzy",
)


def measure() -> list[Row]:
    directory = resource("knowledge")
    load = timings(lambda: load_drug_knowledge(directory), repeat=30)
    knowledge = default_knowledge()
    context = MedicationContext(age_years=72, crcl_ml_min=45)

    def match() -> object:
        return check_medications(MEDICATIONS, knowledge.drugs, context, knowledge.cite)

    matching = timings(match, repeat=300)
    load_row = row(
        "drug dictionary: load and index",
        load,
        target=f"< {LOAD_TARGET_MS:g} ms",
        note=f"{len(knowledge.drugs.names())} names",
    )
    match_row = row(
        f"drug check: {len(MEDICATIONS)} medications",
        matching,
        target=f"< {MATCH_TARGET_MS:g} ms",
    )
    return [
        judged(load_row, load_row.median < LOAD_TARGET_MS),
        judged(match_row, match_row.median < MATCH_TARGET_MS),
    ]


if __name__ == "__main__":
    for r in measure():
        met = "met" if r.met else "NOT met"
        print(
            f"{r.name}: median {r.median:.2f} ms (min {r.low:.2f}, max {r.high:.2f}); "
            f"target {r.target}: {met}"
        )
