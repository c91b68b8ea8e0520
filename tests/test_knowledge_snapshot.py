"""The validated-knowledge snapshot: used only while the files and the validating code match."""

from __future__ import annotations

import shutil
import types
from typing import TYPE_CHECKING

import pytest

from baclofen_desk import knowledge_snapshot
from baclofen_desk.core.kb_io import KnowledgeError
from baclofen_desk.knowledge_snapshot import SNAPSHOT_NAME, fingerprint, snapshot_knowledge
from baclofen_desk.resources import resource

if TYPE_CHECKING:
    from pathlib import Path

    from baclofen_desk.core.knowledge import Knowledge


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the bundled knowledge files that a test may edit."""
    copy = tmp_path / "knowledge"
    shutil.copytree(str(resource("knowledge")), copy)
    return copy


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders validated from their files (not taken from the snapshot), in order."""
    seen: list[Path] = []
    validate = knowledge_snapshot.load_knowledge

    def recording(directory: Path) -> Knowledge:
        seen.append(directory)
        return validate(directory)

    monkeypatch.setattr(knowledge_snapshot, "load_knowledge", recording)
    return seen


def test_the_second_start_takes_the_snapshot_which_equals_the_validated_knowledge(
    folder: Path, tmp_path: Path, validations: list[Path], knowledge: Knowledge
) -> None:
    first = snapshot_knowledge(folder, tmp_path / "cache")
    second = snapshot_knowledge(folder, tmp_path / "cache")
    assert validations == [folder]
    assert (tmp_path / "cache" / SNAPSHOT_NAME).is_file()
    assert second is not first
    assert second.drugs._index is None  # rebuilt at its first use, not unpickled
    assert second.model_dump() == first.model_dump() == knowledge.model_dump()
    assert vars(second.drugs.index()).keys() == vars(first.drugs.index()).keys()
    assert second.drugs.index().exact.keys() == first.drugs.index().exact.keys()


def test_an_edited_knowledge_file_is_validated_again_and_an_invalid_one_refused(
    folder: Path, tmp_path: Path, validations: list[Path]
) -> None:
    snapshot_knowledge(folder, tmp_path / "cache")
    rules = folder / "rules.toml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
    snapshot_knowledge(folder, tmp_path / "cache")
    assert validations == [folder, folder]
    rules.write_text("not = [valid", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"rules\.toml"):
        snapshot_knowledge(folder, tmp_path / "cache")


def test_a_new_drug_file_changes_the_fingerprint(folder: Path) -> None:
    before = fingerprint(folder)
    (folder / "drugs" / "zz-extra.toml").write_text("", encoding="utf-8")
    assert fingerprint(folder) != before


def test_changed_validating_code_is_validated_again(
    folder: Path, tmp_path: Path, validations: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    snapshot_knowledge(folder, tmp_path / "cache")
    before = fingerprint(folder)
    extra = types.ModuleType("baclofen_desk.core.extra_rule")
    monkeypatch.setitem(__import__("sys").modules, extra.__name__, extra)
    monkeypatch.setattr(knowledge_snapshot, "_module_code", lambda module: module.__name__.encode())
    assert fingerprint(folder) != before
    snapshot_knowledge(folder, tmp_path / "cache")
    assert validations == [folder, folder]


def test_code_that_cannot_be_read_means_no_snapshot(
    folder: Path, tmp_path: Path, validations: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(knowledge_snapshot, "_module_code", lambda module: None)
    snapshot_knowledge(folder, tmp_path / "cache")
    snapshot_knowledge(folder, tmp_path / "cache")
    assert validations == [folder, folder]
    assert not (tmp_path / "cache" / SNAPSHOT_NAME).exists()


def test_a_core_module_changed_while_the_program_runs_means_no_snapshot(
    folder: Path, tmp_path: Path, validations: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import baclofen_desk

    monkeypatch.setattr(baclofen_desk, "LOADED_AT", 0.0)  # every source file is newer
    assert fingerprint(folder) is None
    snapshot_knowledge(folder, tmp_path / "cache")
    assert validations == [folder]
    assert not (tmp_path / "cache" / SNAPSHOT_NAME).exists()


def test_a_damaged_snapshot_is_replaced_by_validating_again(
    folder: Path, tmp_path: Path, validations: list[Path]
) -> None:
    snapshot_knowledge(folder, tmp_path / "cache")
    snapshot = tmp_path / "cache" / SNAPSHOT_NAME
    data = snapshot.read_bytes()
    snapshot.write_bytes(data[: len(data) // 2])
    snapshot_knowledge(folder, tmp_path / "cache")
    assert validations == [folder, folder]
    assert snapshot.read_bytes() == data
    snapshot_knowledge(folder, tmp_path / "cache")
    assert validations == [folder, folder]


def test_an_unwritable_cache_folder_still_gives_the_knowledge(
    folder: Path, tmp_path: Path, validations: list[Path], knowledge: Knowledge
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    assert snapshot_knowledge(folder, blocked / "cache").version == knowledge.version
    assert validations == [folder]
