"""Saving safely: through links, never over a read-only file, private temporary files, cleanup."""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
import time
from typing import TYPE_CHECKING

import pytest

from baclofen_desk import fileio
from baclofen_desk.core.models import Patient, PlanRequest
from baclofen_desk.fileio import (
    STALE_TEMP_SECONDS,
    TEMP_SUFFIX,
    FileRefused,
    WriteFailed,
    atomic_write_bytes,
    write_all_or_nothing,
)
from baclofen_desk.storage import HandoutChoices, load_plan_file, save_plan_file

if TYPE_CHECKING:
    from pathlib import Path

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and modes")
OLD = PlanRequest(patient=Patient(age_years=40), start=dt.date(2026, 12, 1))
NEW = PlanRequest(patient=Patient(age_years=41), start=dt.date(2026, 12, 1))


def save(path: Path, request: PlanRequest) -> None:
    save_plan_file(path, request, HandoutChoices(), rules_version="r1")


@posix_only
def test_saving_through_a_link_replaces_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.baclofen.json"
    save(real, OLD)
    link = tmp_path / "link.baclofen.json"
    link.symlink_to(real)
    save(link, NEW)
    assert link.is_symlink() and link.resolve() == real
    assert load_plan_file(real).request == NEW


@posix_only
def test_a_dangling_link_gets_its_target_created(tmp_path: Path) -> None:
    link = tmp_path / "link.baclofen.json"
    link.symlink_to(tmp_path / "target.baclofen.json")
    save(link, NEW)
    assert link.is_symlink()
    assert load_plan_file(tmp_path / "target.baclofen.json").request == NEW


@posix_only
def test_a_read_only_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "p.baclofen.json"
    save(path, OLD)
    path.chmod(0o444)
    before = path.read_bytes()
    with pytest.raises(FileRefused, match=r"^p\.baclofen\.json is read-only; save under another"):
        save(path, NEW)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.baclofen.json"]


@posix_only
def test_the_temporary_file_is_private_while_it_is_written(tmp_path: Path, monkeypatch) -> None:
    seen: list[int] = []

    def record(fd: int) -> None:
        seen.append(stat.S_IMODE(os.fstat(fd).st_mode))
        temp = [p for p in tmp_path.iterdir() if p.name.endswith(TEMP_SUFFIX)]
        assert len(temp) == 1 and temp[0].name.startswith(".p.baclofen.json.")

    monkeypatch.setattr(fileio.os, "fsync", record)
    atomic_write_bytes(tmp_path / "p.baclofen.json", b"{}")
    assert seen == [0o600]


@posix_only
def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "p.baclofen.json"
    path.write_bytes(b"old")
    path.chmod(0o640)
    atomic_write_bytes(path, b"new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_stale_temporary_files_are_removed_on_the_next_save(tmp_path: Path) -> None:
    stale = tmp_path / f".p.baclofen.json.abc123{TEMP_SUFFIX}"
    fresh = tmp_path / f".q.baclofen.json.def456{TEMP_SUFFIX}"
    other = tmp_path / ".someone-elses.tmp"
    for path in (stale, fresh, other):
        path.write_bytes(b"partial plan")
    old = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    atomic_write_bytes(tmp_path / "r.pdf", b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, other.name, "r.pdf"])


def test_a_failed_batch_leaves_no_new_file(tmp_path: Path, monkeypatch) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.pdf"
    real_replace = os.replace

    def fail_second(source: str, target: object) -> None:
        if str(target).endswith("b.pdf"):
            raise OSError(28, "No space left on device")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(fileio.os, "replace", fail_second)
    with pytest.raises(WriteFailed) as caught:
        write_all_or_nothing([(first, b"1"), (second, b"2")])
    assert caught.value.path == second
    assert list(tmp_path.iterdir()) == []


def test_a_batch_that_cannot_prepare_a_file_renames_none(tmp_path: Path) -> None:
    first = tmp_path / "a.json"
    with pytest.raises(WriteFailed) as caught:
        write_all_or_nothing([(first, b"1"), (tmp_path / "missing" / "b.pdf", b"2")])
    assert caught.value.path == tmp_path / "missing" / "b.pdf"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_or_device_is_never_replaced_by_a_file(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.baclofen.json"
    os.mkfifo(pipe)
    with pytest.raises(FileRefused, match="is not a regular file"):
        atomic_write_bytes(pipe, b"{}")
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
