"""Shared measuring helpers: medians of repeated runs, with min and max, wall and CPU time.

Wall time on a shared machine swings by a third from run to run; the CPU time
the measured thread (or the measured child process) spent swings far less, so
every row carries both.
"""

from __future__ import annotations

import math
import statistics
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass(frozen=True)
class Samples:
    """Wall-clock and CPU times of the same runs, in the same unit."""

    wall: list[float]
    cpu: list[float]


@dataclass(frozen=True)
class Row:
    """One line of the results table (times in ms unless `unit` says otherwise).

    `cpu` is the median CPU time of the same runs (None: not measured); the ratios
    compare wall and CPU medians with a baseline measured in the same run.
    """

    name: str
    median: float
    low: float
    high: float
    unit: str = "ms"
    p99: float | None = None
    cpu: float | None = None
    ratio: float | None = None
    cpu_ratio: float | None = None
    ratio_of: str = ""
    target: str = ""
    met: bool | None = None
    note: str = ""


def timings(func: Callable[[], object], repeat: int, warmup: int = 3) -> Samples:
    """Wall-clock and thread-CPU times (ms) of `repeat` calls, after `warmup` unmeasured calls."""
    for _ in range(warmup):
        func()
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.thread_time()
        func()
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return Samples(wall, cpu)


def row(name: str, samples: Samples | list[float], **extra: object) -> Row:
    """A row of medians; `samples` without CPU times leaves the CPU column empty."""
    wall = samples.wall if isinstance(samples, Samples) else samples
    ordered = sorted(wall)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    cpu = statistics.median(samples.cpu) if isinstance(samples, Samples) else None
    return Row(
        name=name,
        median=statistics.median(wall),
        low=ordered[0],
        high=ordered[-1],
        p99=p99 if len(wall) >= 50 else None,
        cpu=cpu,
        **extra,  # type: ignore[arg-type]
    )


def against(measured: Row, baseline: Row, ratio_of: str) -> Row:
    """`measured` with its wall and CPU ratios to `baseline` (measured in the same run)."""
    cpu_ratio = measured.cpu / baseline.cpu if measured.cpu is not None and baseline.cpu else None
    return replace(
        measured,
        ratio=measured.median / baseline.median,
        cpu_ratio=cpu_ratio,
        ratio_of=ratio_of,
    )


def judged(measured: Row, met: bool) -> Row:
    return replace(measured, met=met)


def fmt(value: float | None, unit: str = "ms") -> str:
    if value is None or math.isnan(value):
        return ""
    return f"{value:.1f} {unit}" if value >= 10 else f"{value:.2f} {unit}"


def ratio_text(r: Row) -> str:
    if r.ratio is None:
        return ""
    cpu = f" (CPU {r.cpu_ratio:.2f}×)" if r.cpu_ratio is not None else ""
    return f"{r.ratio:.2f}×{cpu} {r.ratio_of}"


def table(rows: list[Row]) -> list[str]:
    """The rows as a Markdown table: wall-time median, min, max, p99 and the CPU median."""
    lines = [
        "| measurement | median | CPU | min | max | p99 | ratio | target | met |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        met = {True: "yes", False: "**no**", None: ""}[r.met]
        lines.append(
            f"| {r.name} | {fmt(r.median, r.unit)} | {fmt(r.cpu, r.unit)} | "
            f"{fmt(r.low, r.unit)} | {fmt(r.high, r.unit)} | {fmt(r.p99, r.unit)} | "
            f"{ratio_text(r)} | {r.target} | {met} |"
        )
    return lines
