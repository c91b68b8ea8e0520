"""Random valid requests through `build_plan`, each plan checked against design.md's invariants.

`python -m benchmarks.fuzz --requests 1000000` (or `make fuzz`) prints one line
`fuzz: N requests, V violations, T s` and, for each violation, the request as JSON
and the invariant it broke. Requests the models refuse are drawn again: only valid
requests count. The work is split over every core (one process each, fixed seeds),
so a run is reproducible with the same `--seed` and `--workers`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from fractions import Fraction
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from baclofen_desk.core.models import CONDITIONS, INDICATIONS, PRODUCT_IDS, Patient, PlanRequest

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan

#: Typed medication lines: known names, brands, combinations and words no dictionary has.
MEDICATIONS = (
    "oxycodone 5 mg q6h",
    "Percocet",
    "gabapentin 300 mg tid",
    "diazepam",
    "sertraline 50 mg",
    "baclofen 10 mg",
    "metformin",
    "xyzzy",
    "tizanidine 4 mg",
    "lisinopril 10 mg daily",
    "zolpidem",
    "",
)
TIMES = tuple(f"{hour:02d}:{minute:02d}" for hour in range(24) for minute in (0, 30))
START_RANGE = (dt.date(2000, 1, 1), dt.date(2100, 12, 31))
#: Worse kidney function for the comparison of invariant 4: a lower CrCl, or dialysis.
SEVERE_CRCL = 20.0


@dataclass(frozen=True)
class Violation:
    """The invariants one request broke, with the request (as JSON)."""

    invariant: str
    request: str


def _maybe(rng: random.Random, value: object, chance: float = 0.5) -> object:
    return value if rng.random() < chance else None


def random_patient(rng: random.Random) -> Patient:
    """A patient within every field's bounds (the models refuse the rest)."""
    return Patient.model_validate(
        {
            "age_years": round(rng.uniform(1, 110), rng.choice((0, 1))),
            "weight_kg": _maybe(rng, round(rng.uniform(8, 250), 1)),
            "height_cm": _maybe(rng, round(rng.uniform(60, 210))),
            "sex": _maybe(rng, rng.choice(("female", "male"))),
            "scr": _maybe(rng, round(rng.uniform(0.2, 12), 2)),
            "crcl_ml_min": _maybe(rng, round(rng.uniform(3, 200), 1), 0.3),
            "egfr": _maybe(rng, round(rng.uniform(3, 150), 1), 0.2),
            "dialysis": rng.random() < 0.15,
            "conditions": tuple(rng.sample(CONDITIONS, rng.choice((0, 0, 1, 2)))),
            "indication": _maybe(rng, rng.choice(INDICATIONS), 0.3),
        }
    )


def random_request(rng: random.Random) -> PlanRequest:
    """A valid request of any mode; drawn again until the models accept it."""
    while True:
        try:
            return _draw_request(rng)
        except ValidationError:
            continue


def _draw_request(rng: random.Random) -> PlanRequest:
    mode = rng.choice(("titrate", "taper"))
    current = round(rng.uniform(0.5, 200), rng.choice((0, 1)))
    times = tuple(sorted(rng.sample(TIMES, rng.randint(1, 8)))) if rng.random() < 0.2 else None
    days = (START_RANGE[1] - START_RANGE[0]).days
    return PlanRequest.model_validate(
        {
            "patient": random_patient(rng),
            "mode": mode,
            "product": _maybe(rng, rng.choice(PRODUCT_IDS), 0.7),
            "allow_half_tablets": rng.random() < 0.3,
            "doses_per_day": _maybe(rng, rng.randint(1, 4), 0.4) if times is None else None,
            "dose_times": times,
            "start": START_RANGE[0] + dt.timedelta(days=rng.randint(0, days)),
            "current_daily_mg": current if mode == "taper" or rng.random() < 0.3 else None,
            "target_daily_mg": _maybe(rng, round(rng.uniform(1, 200)), 0.4)
            if mode == "titrate"
            else None,
            "medications": tuple(rng.sample(MEDICATIONS, rng.choice((0, 0, 1, 3)))),
        }
    )


def plan_violations(plan: Plan, knowledge: Knowledge) -> list[str]:
    """The invariants (1, 2, 3, 5 of design.md) that this plan breaks."""
    if plan.refused:
        return [] if not plan.steps and plan.blocked else ["a refused plan has steps"]
    if not plan.steps:
        return ["a plan that is not refused has no steps"]
    found = _maximum(plan, knowledge) + _dispensable(plan) + _medications(plan)
    if plan.mode == "titrate":
        return found + _titration(plan, knowledge)
    return found + _taper(plan, knowledge)


def _maximum(plan: Plan, knowledge: Knowledge) -> list[str]:
    profile = knowledge.profile_for(plan.request.patient.age_years)
    found = []
    if plan.max_daily_mg is None or profile is None:
        return ["a plan without a maximum"]
    if plan.max_daily_mg > profile.max_daily_mg:
        found.append(f"1: maximum {plan.max_daily_mg} above the profile's {profile.max_daily_mg}")
    # A taper starts from what the patient takes (which may be above today's maximum, with
    # an alert saying so) and only falls from there.
    titration = plan.mode == "titrate"
    cap = plan.max_daily_mg if titration else plan.request.current_daily_mg or 0
    single = plan.max_single_dose_mg if titration else None
    for step in plan.steps:
        if step.daily_mg > cap:
            found.append(f"1: {step.daily_mg} mg/day above the maximum {cap}")
        if single is not None and step.doses_mg and max(step.doses_mg) > single:
            found.append(f"1: a single dose {max(step.doses_mg)} above {single}")
    return found


def _dispensable(plan: Plan) -> list[str]:
    unit = Fraction(str(plan.unit_mg))
    found = []
    for step in plan.steps:
        if len(step.doses_mg) != len(step.times) or len(step.doses_mg) > 4:
            found.append(f"2: {len(step.doses_mg)} doses a day at {len(step.times)} times")
        if abs(sum(step.doses_mg) - step.daily_mg) > 1e-9:
            found.append(f"2: doses {step.doses_mg} do not add up to {step.daily_mg}")
        for dose in step.doses_mg:
            if dose <= 0 or Fraction(str(dose)) % unit != 0:
                found.append(f"2: dose {dose} mg not dispensable in units of {plan.unit_mg}")
    return found


def _titration(plan: Plan, knowledge: Knowledge) -> list[str]:
    profile = knowledge.profile_for(plan.request.patient.age_years)
    assert profile is not None  # _maximum reported it otherwise
    if plan.steps[-1].end is not None:
        return ["3: a titration's last step is not open-ended"]
    found = []
    for a, b in pairwise(plan.steps):
        rise = Fraction(str(b.daily_mg)) - Fraction(str(a.daily_mg))
        allowed = Fraction(str(profile.increment_daily_mg)) * (a.days or 0) / profile.step_days
        if rise > allowed:
            found.append(f"3: rises {rise} mg/day after {a.days} days (allowed {allowed})")
    return found


def _taper(plan: Plan, knowledge: Knowledge) -> list[str]:
    rule = knowledge.rules.taper
    steps = plan.steps
    found = []
    if steps[-1].daily_mg != 0 or steps[-1].end is not None:
        found.append("3: a taper does not end at 0 mg/day")
    previous = plan.request.current_daily_mg or 0.0
    for step in steps:
        fall = previous - step.daily_mg
        if fall > rule.max_decrease_daily_mg or (step.daily_mg and fall > previous / 2):
            found.append(f"3: falls from {previous} to {step.daily_mg} mg/day in one step")
        previous = step.daily_mg
    if sum(step.days or 0 for step in steps[:-1]) < rule.min_total_days:
        found.append(f"3: a taper shorter than {rule.min_total_days} days")
    return found


def _medications(plan: Plan) -> list[str]:
    understood = {m.input for m in plan.medications if m.status != "unrecognized"}
    listed = understood | set(plan.unrecognized_medications)
    missing = [line for line in plan.request.medications if line not in listed]
    return [f"5: {line!r} neither matched nor listed" for line in missing]


def worse_kidney(request: PlanRequest, rng: random.Random) -> PlanRequest | None:
    """The same request with worse kidney function (lower CrCl, severe, or dialysis)."""
    patient = request.patient
    if patient.dialysis:
        return None
    better = patient.crcl_ml_min
    choice = rng.random()
    if choice < 0.4 and better is not None:
        update: dict[str, object] = {"crcl_ml_min": round(rng.uniform(3, better), 1)}
    elif choice < 0.7:
        update = {"dialysis": True}
    else:
        update = {"crcl_ml_min": SEVERE_CRCL, "egfr": None, "scr": None}
    return request.model_copy(update={"patient": patient.model_copy(update=update)})


def kidney_violations(good: Plan, bad: Plan) -> list[str]:
    """Invariant 4: worse kidney function never yields a higher dose at any step."""
    if bad.refused or good.refused:
        return []
    found = []
    if (bad.max_daily_mg or 0) > (good.max_daily_mg or 0):
        found.append(f"4: worse kidney, maximum {bad.max_daily_mg} > {good.max_daily_mg}")
    top_bad = max(s.daily_mg for s in bad.steps)
    top_good = max(s.daily_mg for s in good.steps)
    if top_bad > top_good:
        found.append(f"4: worse kidney ({bad.kidney.band}) reaches {top_bad} > {top_good} mg/day")
    return found


@dataclass(frozen=True)
class ChunkResult:
    """Requests planned, how many broke an invariant, per invariant how many, a few examples."""

    requests: int
    violations: int
    kinds: Counter[str]
    examples: tuple[Violation, ...]


def run_chunk(seed: int, count: int, keep: int = 3) -> ChunkResult:
    """Plan `count` random requests from `seed`; count the violations, keep the first few."""
    from baclofen_desk.core.planner import build_plan
    from baclofen_desk.resources import default_knowledge

    knowledge = default_knowledge()
    rng = random.Random(seed)
    broken, kinds, examples = 0, Counter[str](), []
    for _ in range(count):
        request = random_request(rng)
        plan = build_plan(request, knowledge)
        found = plan_violations(plan, knowledge)
        worse = worse_kidney(request, rng)
        if worse is not None:
            found += kidney_violations(plan, build_plan(worse, knowledge))
        if not found:
            continue
        broken += 1  # one violation per request, naming every invariant it broke
        kinds.update({text.split(":")[0] for text in found})
        if len(examples) < keep:
            text = "; ".join(dict.fromkeys(found))
            examples.append(Violation(text, request.model_dump_json()))
    return ChunkResult(count, broken, kinds, tuple(examples))


def fuzz(total: int, workers: int, seed: int, chunk: int = 5000) -> ChunkResult:
    """Run `total` requests in chunks over `workers` processes (progress on standard error)."""
    sizes = [min(chunk, total - start) for start in range(0, total, chunk)]
    seeds = [seed + index for index in range(len(sizes))]
    done, broken, kinds, examples = 0, 0, Counter[str](), []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for index, result in enumerate(pool.map(run_chunk, seeds, sizes), start=1):
            done += result.requests
            broken += result.violations
            kinds.update(result.kinds)
            examples += result.examples
            if index % max(1, len(sizes) // 10) == 0:
                print(f"fuzz: {done} of {total} requests planned", file=sys.stderr, flush=True)
    return ChunkResult(done, broken, kinds, tuple(examples))


RESULTS = Path(__file__).with_name("results.md")
FUZZ_HEADING = "## Fuzz run"


def _fuzz_lines(lines: list[str]) -> tuple[int, int] | None:
    """Where the fuzz section starts and ends (exclusive) in the results file's lines."""
    if FUZZ_HEADING not in lines:
        return None
    start = lines.index(FUZZ_HEADING)
    after = (i for i in range(start + 1, len(lines)) if lines[i].startswith("## "))
    return start, next(after, len(lines))


def kept_fuzz_section(results: Path = RESULTS) -> list[str]:
    """The fuzz section of the results file, for `make bench` to keep when it rewrites it."""
    lines = results.read_text(encoding="utf-8").splitlines() if results.exists() else []
    where = _fuzz_lines(lines)
    return [] if where is None else ["", *lines[where[0] : where[1]]]


def record(line: str, command: str, results: Path = RESULTS) -> None:
    """Put this run's line into the results file's fuzz section (replacing the last one)."""
    text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
    lines = text.splitlines()
    where = _fuzz_lines(lines)
    if where is not None:
        lines = lines[: where[0]] + lines[where[1] :]
    while lines and not lines[-1].strip():
        lines.pop()
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines += ["", FUZZ_HEADING, "", f"`{command}`, {stamp}:", "", line]
    results.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--show", type=int, default=20, help="violations printed in full")
    parser.add_argument("--record", action="store_true", help="write the line to results.md")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    result = fuzz(args.requests, args.workers, args.seed)
    elapsed = time.perf_counter() - began
    for violation in result.examples[: args.show]:
        print(f"violation: {violation.invariant}\n  request: {violation.request}")
    line = f"fuzz: {result.requests} requests, {result.violations} violations, {elapsed:.0f} s"
    kinds = ", ".join(f"{kind}: {result.kinds[kind]}" for kind in sorted(result.kinds))
    line = f"{line} (requests breaking invariant {kinds})" if kinds else line
    print(line)
    if args.record:
        record(line, f"python -m benchmarks.fuzz --requests {args.requests} --seed {args.seed}")
    return 1 if result.violations else 0


if __name__ == "__main__":
    sys.exit(main())
