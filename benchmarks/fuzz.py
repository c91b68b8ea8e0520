"""Random valid requests through `build_plan`, each plan checked against design.md's invariants.

`python -m benchmarks.fuzz --requests 1000000` (or `make fuzz`) prints one line
`fuzz: N requests, V violations, T s` and, for each violation, the request as JSON
and the invariant it broke. Requests the models refuse are drawn again: only valid
requests count (every mode, the clinician's shaping and own steps, children by
weight, dialysis, measured CrCl, unstable kidneys; see fuzz_requests.py); one in
INVALID_EVERY is also made to contradict itself, which the models must refuse.
The checks are in fuzz_checks.py. The work is split over every core (one process each, fixed seeds),
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
from pathlib import Path

from pydantic import ValidationError

from baclofen_desk.core.models import PlanRequest
from benchmarks.fuzz_checks import kidney_violations, plan_violations, worse_kidney
from benchmarks.fuzz_requests import invalid_request, random_request

#: One request in this many is also made to contradict itself: the models must refuse it.
INVALID_EVERY = 20


@dataclass(frozen=True)
class Violation:
    """The invariants one request broke, with the request (as JSON)."""

    invariant: str
    request: str


@dataclass(frozen=True)
class ChunkResult:
    """Requests planned, how many broke an invariant, per invariant how many, a few examples."""

    requests: int
    violations: int
    kinds: Counter[str]
    examples: tuple[Violation, ...]


def refusal_violations(rng: random.Random) -> list[str]:
    """Invariant 7: a request that contradicts itself is refused by the models."""
    what, fields = invalid_request(rng)
    try:
        PlanRequest.model_validate(fields)
    except ValidationError:
        return []
    return [f"7: accepted a request with {what}"]


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
        worse = worse_kidney(request, plan.product, rng)
        if worse is not None:
            found += kidney_violations(plan, build_plan(worse, knowledge))
        if rng.randrange(INVALID_EVERY) == 0:
            found += refusal_violations(rng)
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
