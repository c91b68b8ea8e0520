"""Coverage of the drug dictionary: reference names per interaction class, everyday medicines.

`python -m benchmarks.bench_drug_coverage` checks every name of
benchmarks/drug_reference.toml on its own line and prints, per class, the share
recognised with that class, and the share of the everyday medicines recognised
with no interaction; it also times loading the dictionary and checking 20 lines,
and writes all of it into its own section of benchmarks/results.md (the rest of
the file is left as it is). A measurement, not a test.
"""

from __future__ import annotations

import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

from baclofen_desk.core.drug_dictionary import (
    MedicationContext,
    check_medications,
    load_drug_knowledge,
)
from baclofen_desk.resources import default_knowledge, resource
from benchmarks.bench_drugs import MEDICATIONS

HERE = Path(__file__).resolve().parent
REFERENCE = HERE / "drug_reference.toml"
RESULTS = HERE / "results.md"
BEGIN = "<!-- drug coverage: begin -->"
END = "<!-- drug coverage: end -->"
TARGET = 0.95
ADULT = MedicationContext(age_years=45, current_daily_mg=30)


@dataclass(frozen=True)
class Share:
    name: str
    found: int
    total: int
    missed: tuple[str, ...]

    @property
    def ratio(self) -> float:
        return self.found / self.total if self.total else 1.0


def _classes_of(line: str) -> tuple[bool, set[str]]:
    knowledge = default_knowledge()
    result = check_medications((line,), knowledge.drugs, ADULT, knowledge.cite)
    [match] = result.matches
    recognised = match.status in {"matched", "duplicate"}
    classes = {c for i in match.ingredients for c in knowledge.drugs.ingredients()[i].classes}
    return recognised, classes


def class_shares(reference: dict[str, list[str]]) -> list[Share]:
    shares = []
    for klass, names in reference.items():
        missed = []
        for name in names:
            recognised, classes = _classes_of(name)
            if not recognised or klass not in classes:
                missed.append(name)
        shares.append(Share(klass, len(names) - len(missed), len(names), tuple(missed)))
    return shares


def everyday_share(names: list[str]) -> Share:
    knowledge = default_knowledge()
    missed = []
    for name in names:
        result = check_medications((name,), knowledge.drugs, ADULT, knowledge.cite)
        [match] = result.matches
        if match.status != "matched" or result.interactions:
            missed.append(name)
    return Share(
        "everyday medicines, no interaction", len(names) - len(missed), len(names), tuple(missed)
    )


def _best_ms(action: object, repeat: int) -> tuple[float, float]:
    """Minimum and median CPU time of `action` in ms (CPU time: the machine is shared)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        action()  # type: ignore[operator]
        times.append((time.process_time() - start) * 1000)
    times.sort()
    return times[0], times[len(times) // 2]


def timings() -> list[str]:
    directory = resource("knowledge")
    knowledge = default_knowledge()
    load = _best_ms(lambda: load_drug_knowledge(directory), 20)
    context = MedicationContext(age_years=72, crcl_ml_min=45)
    check = _best_ms(
        lambda: check_medications(MEDICATIONS, knowledge.drugs, context, knowledge.cite), 200
    )
    drugs = knowledge.drugs
    return [
        f"- Dictionary: {len(drugs.ingredients())} ingredients, {len(drugs.names())} names "
        f"(generic, brand, Spanish, combination products).",
        f"- Load and index: median {load[1]:.1f} ms, min {load[0]:.1f} ms of CPU time "
        f"(target < 50 ms).",
        f"- Checking {len(MEDICATIONS)} lines: median {check[1]:.2f} ms, min {check[0]:.2f} ms "
        f"of CPU time (target < 5 ms).",
    ]


def report() -> str:
    data = tomllib.loads(REFERENCE.read_text(encoding="utf-8"))
    shares = class_shares(data["classes"])
    everyday = everyday_share(data["everyday"]["names"])
    lines = [
        BEGIN,
        "## Drug dictionary coverage",
        "",
        "Produced by `python -m benchmarks.bench_drug_coverage`: each name of the reference",
        "lists in `benchmarks/drug_reference.toml` (written down per ATC group, independently",
        "of the dictionary) is checked on its own line. A class name counts when it is",
        "recognised with that class; an everyday medicine when it is recognised with no",
        f"interaction. Target: at least {TARGET:.0%} everywhere.",
        "",
        "| list | recognised correctly | share | met | missed |",
        "|---|---|---|---|---|",
    ]
    for share in [*shares, everyday]:
        met = "yes" if share.ratio >= TARGET else "**no**"
        lines.append(
            f"| {share.name} | {share.found} of {share.total} | {share.ratio:.0%} | {met} | "
            f"{', '.join(share.missed) or '—'} |"
        )
    lines += ["", *timings(), END]
    return "\n".join(lines) + "\n"


def write(section: str) -> None:
    """Put `section` into results.md in place of the previous one, or at its end."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if BEGIN in text and END in text:
        head, _, rest = text.partition(BEGIN)
        _, _, tail = rest.partition(END)
        text = head + section.rstrip("\n") + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    section = report()
    print(section)
    write(section)
