"""Plan files: atomic save, schema version, and refusal of anything that is not a valid plan."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

import pytest

from baclofen_desk import fileio
from baclofen_desk.core.models import Override, Patient, PlanRequest
from baclofen_desk.core.planner import build_plan
from baclofen_desk.core.visit_models import Visit
from baclofen_desk.core.visits import after_visit, history_entry
from baclofen_desk.resources import default_knowledge
from baclofen_desk.storage import (
    SCHEMA_VERSION,
    HandoutChoices,
    PlanFileError,
    load_plan_file,
    migration_note,
    save_plan_file,
    with_suffix,
)

if TYPE_CHECKING:
    from pathlib import Path

REQUEST = PlanRequest(
    patient=Patient(age_years=78, weight_kg=70, sex="male", crcl_ml_min=40),
    start=dt.date(2026, 12, 1),
    medications=("oxycodone 5 mg q6h", "gabapentin"),
    overrides=(Override(code="kidney.severe", reason="specialist agreed"),),
)
HANDOUT = HandoutChoices(lang="es", large_print=True, patient_name="Ana")
#: Request fields a format 1 file never had.
V2_FIELDS = ("step_days", "step_daily_mg", "slow_taper", "schedule", "review_date", "history")


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "p.baclofen.json"
    save_plan_file(path, REQUEST, HANDOUT, rules_version="r1")
    return path


def test_round_trip_gives_an_equal_request(saved: Path) -> None:
    loaded = load_plan_file(saved)
    assert loaded.request == REQUEST
    assert loaded.handout == HANDOUT
    assert loaded.rules_version == "r1"


def test_file_carries_schema_app_and_rules_versions(saved: Path) -> None:
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["rules_version"] == "r1"
    assert data["app_version"]
    assert data["request"]["patient"]["age_years"] == 78


def test_failed_write_leaves_the_old_file_whole(saved: Path, monkeypatch) -> None:
    before = saved.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(fileio.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        save_plan_file(
            saved, REQUEST.model_copy(update={"medications": ()}), HANDOUT, rules_version="r2"
        )
    assert saved.read_bytes() == before
    assert [p.name for p in saved.parent.iterdir()] == [saved.name]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00garbage", "not a text file"),
        (b"{ not json", "not valid JSON"),
        (b"[1, 2]", "not a Baclofen Desk plan file"),
        (b'{"request": {}}', "no schema version"),
        (b'{"schema_version": 99}', "newer version"),
    ],
)
def test_unreadable_files_are_refused_with_a_clear_message(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.baclofen.json"
    path.write_bytes(content)
    with pytest.raises(PlanFileError, match=message):
        load_plan_file(path)


def test_unknown_field_is_refused(saved: Path) -> None:
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["request"]["patient"]["wieght_kg"] = 70
    saved.write_text(json.dumps(data), encoding="utf-8")
    expected = r"contains invalid data: Patient: wieght_kg is not an entry this program knows\.$"
    with pytest.raises(PlanFileError, match=expected):
        load_plan_file(saved)


def test_invalid_value_is_refused_naming_the_field(saved: Path) -> None:
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["request"]["patient"]["age_years"] = 300
    saved.write_text(json.dumps(data), encoding="utf-8")
    expected = r"invalid data: Age: Input should be less than or equal to 120\.$"
    with pytest.raises(PlanFileError, match=expected):
        load_plan_file(saved)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="was not found"):
        load_plan_file(tmp_path / "gone.baclofen.json")


def test_suffix_is_added_once(tmp_path: Path) -> None:
    assert with_suffix(tmp_path / "a").name == "a.baclofen.json"
    assert with_suffix(tmp_path / "a.baclofen.json").name == "a.baclofen.json"


def test_format_1_file_is_migrated_and_saved_as_format_2(tmp_path: Path) -> None:
    path = tmp_path / "old.baclofen.json"
    old = {
        "schema_version": 1,
        "app_version": "1.0.0",
        "rules_version": "2026.11-1",
        "request": json.loads(REQUEST.model_dump_json(exclude=set(V2_FIELDS))),
        "handout": {"lang": "es", "large_print": True, "patient_name": "Ana"},
    }
    path.write_text(json.dumps(old), encoding="utf-8")
    loaded = load_plan_file(path)
    assert (loaded.schema_version, loaded.migrated_from) == (2, 1)
    assert loaded.request == REQUEST and loaded.handout.patient_name == "Ana"
    assert migration_note(loaded, path.name) == (
        "old.baclofen.json was saved in file format 1 and was read as format 2; "
        "saving it writes format 2."
    )
    save_plan_file(path, loaded.request, loaded.handout, rules_version="r2")
    again = load_plan_file(path)
    assert again.migrated_from is None and migration_note(again, path.name) is None
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 2


def test_history_and_steps_are_kept_exactly(tmp_path: Path) -> None:
    earlier = build_plan(REQUEST, default_knowledge())
    visit = Visit(date=REQUEST.start + dt.timedelta(days=14), taking_mg=30, outcome="tolerated")
    entry = history_entry(
        REQUEST, earlier.steps, visit, review_date=earlier.review_date, rules_version="r1"
    )
    later = after_visit(REQUEST, entry)
    path = tmp_path / "p.baclofen.json"
    save_plan_file(path, later, HANDOUT, rules_version="r1", steps=earlier.steps)
    loaded = load_plan_file(path)
    assert loaded.request == later and loaded.steps == earlier.steps
    assert loaded.request.history[0].steps == earlier.steps


def test_a_format_below_1_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "odd.baclofen.json"
    path.write_text('{"schema_version": 0}', encoding="utf-8")
    with pytest.raises(PlanFileError, match="unknown file format"):
        load_plan_file(path)


def _child_file(path: Path, rules_version: str) -> Path:
    content = {
        "schema_version": 1,
        "app_version": "1.0.0",
        "rules_version": rules_version,
        "request": {"patient": {"age_years": 5}, "start": "2026-12-01"},
    }
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def test_a_request_saved_under_rule_base_v1_opens_although_v2_refuses_a_value(
    tmp_path: Path,
) -> None:
    # Weight is required under 12 only since v2: the form asks for it at its field.
    loaded = load_plan_file(_child_file(tmp_path / "v1.baclofen.json", "2026.11-1"))
    assert loaded.request.patient.weight_kg is None


def test_a_request_saved_under_rule_base_v2_must_pass_its_checks(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="weight is required under 12 years"):
        load_plan_file(_child_file(tmp_path / "v2.baclofen.json", "2026.12-1"))
