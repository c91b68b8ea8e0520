"""Shared measuring helpers: medians of repeated runs, with min and max."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass(frozen=True)
class Row:
    """One line of the results table (times in ms unless `unit` says otherwise)."""

    name: str
    median: float
    low: float
    high: float
    unit: str = "ms"
    p99: float | None = None
    ratio: float | None = None
    ratio_of: str = ""
    target: str = ""
    met: bool | None = None
    note: str = ""


def timings_ms(func: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    """Wall-clock times of `repeat` calls, after `warmup` unmeasured calls."""
    for _ in range(warmup):
        func()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        out.append((time.perf_counter() - start) * 1000)
    return out


def row(name: str, samples: list[float], **extra: object) -> Row:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return Row(
        name=name,
        median=statistics.median(samples),
        low=ordered[0],
        high=ordered[-1],
        p99=p99 if len(samples) >= 50 else None,
        **extra,  # type: ignore[arg-type]
    )
