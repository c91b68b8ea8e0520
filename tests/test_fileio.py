"""Atomic writes: whole file or old file, and ordinary permissions."""

from __future__ import annotations

import os
import stat

import pytest

from baclofen_desk.fileio import atomic_write_bytes, atomic_write_text


def test_new_file_gets_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "plan.json", "{}")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "plan.json").stat().st_mode) == 0o644


def test_replacing_keeps_the_files_permissions(tmp_path):
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "plan.json"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]
