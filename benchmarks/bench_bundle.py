"""The one-folder bundle in dist/: its size, and its start-up against the venv's.

Each launch is a fresh process timed from spawn to exit (interpreter shutdown
included, the bundle cannot be instrumented from inside), with the CPU time the
child used (all threads). `python -c pass` is the floor any Python program
sets; the same window started from the venv shows what the bundle adds or saves.
Runs only when `make bundle` has built the bundle.

    .venv/bin/python -m benchmarks.bench_bundle
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.bench_ui import headless_env
from benchmarks.common import Row, Samples, against, judged, row, table

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "dist" / "baclofen-desk"
PROGRAM = FOLDER / ("baclofen-desk.exe" if sys.platform == "win32" else "baclofen-desk")
LAUNCHES = 10
SIZE_TARGET_MIB = 150.0


def children_cpu_ms() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall ms from spawn to exit, CPU ms of the child)."""
    cpu, start = children_cpu_ms(), time.perf_counter()
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, check=False)
    wall = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({result.returncode}): {result.stderr[-500:]!r}")
    return wall, children_cpu_ms() - cpu


def folder_mib(path: Path) -> float:
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.lstat().st_size for p in files) / 2**20


def measure() -> list[Row]:
    if not PROGRAM.is_file():
        return []
    commands = {
        "pass": [sys.executable, "-c", "pass"],
        "venv": [sys.executable, "-m", "baclofen_desk", "--quit-after-show"],
        "bundle": [str(PROGRAM), "--quit-after-show"],
    }
    # a home each, so that neither launch finds settings or files the other one left
    envs = {kind: headless_env() for kind in commands}
    samples = {kind: Samples([], []) for kind in commands}
    for kind, command in commands.items():
        run_once(command, envs[kind])  # bytecode compiled, files cached
    for _ in range(LAUNCHES):
        for kind, command in commands.items():
            wall, cpu = run_once(command, envs[kind])
            samples[kind].wall.append(wall)
            samples[kind].cpu.append(cpu)
    floor = row("`python -c pass` (the venv's interpreter), spawn to exit", samples["pass"])
    venv = row("window from the venv, spawn to exit (--quit-after-show)", samples["venv"])
    bundle = row("window from the bundle, spawn to exit (--quit-after-show)", samples["bundle"])
    size = folder_mib(FOLDER)
    return [
        floor,
        against(venv, floor, "`python -c pass`"),
        against(bundle, floor, "`python -c pass`"),
        replace(against(bundle, venv, "venv"), name="window from the bundle against the venv"),
        judged(
            Row(
                name="bundle size (dist/baclofen-desk, unpacked)",
                median=size,
                low=size,
                high=size,
                unit="MiB",
                target=f"≤ {SIZE_TARGET_MIB:g} MiB",
            ),
            size <= SIZE_TARGET_MIB,
        ),
    ]


if __name__ == "__main__":
    print("\n".join(table(measure())))
