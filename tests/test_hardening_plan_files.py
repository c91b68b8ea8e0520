"""Hostile plan files: each is refused with one sentence naming the file, never a crash or hang."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from typing import TYPE_CHECKING, Any

import pytest

from baclofen_desk.core.models import MAX_MEDICATIONS, MAX_OVERRIDES, Patient, PlanRequest
from baclofen_desk.fileio import MAX_JSON_DEPTH
from baclofen_desk.storage import (
    MAX_FILE_BYTES,
    HandoutChoices,
    PlanFileError,
    load_plan_file,
    save_plan_file,
)

if TYPE_CHECKING:
    from pathlib import Path

REQUEST = PlanRequest(
    patient=Patient(age_years=45, dialysis=False), start=dt.date(2026, 12, 1), current_daily_mg=30
)
NAME = "p.baclofen.json"


def saved_data(tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / NAME
    save_plan_file(path, REQUEST, HandoutChoices(), rules_version="r1")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / NAME
    path.write_text(text, encoding="utf-8")
    return path


def refused(path: Path) -> str:
    with pytest.raises(PlanFileError) as caught:
        load_plan_file(path)
    message = str(caught.value)
    assert message.startswith(path.name) and "\n" not in message
    return message


def test_deep_nesting_is_refused_without_a_recursion_error(tmp_path: Path) -> None:
    path = write(tmp_path, "[" * 100_000 + "]" * 100_000)
    assert refused(path) == (
        f"{NAME} is damaged or not a plan file: "
        f"it is nested 100000 levels deep (at most {MAX_JSON_DEPTH})."
    )


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path: Path) -> None:
    data = saved_data(tmp_path)
    line = "[[[[" * 20 + '"{'  # stored as \" inside the string
    data["request"]["medications"] = [line] * 3
    path = write(tmp_path, json.dumps(data))
    assert load_plan_file(path).request.medications == (line,) * 3


def test_a_number_with_5000_digits_is_refused(tmp_path: Path) -> None:
    text = json.dumps(saved_data(tmp_path)).replace(
        '"age_years": 45.0', '"age_years": ' + "9" * 5000
    )
    assert refused(write(tmp_path, text)) == (
        f"{NAME} is damaged or not a plan file: it holds a number 5000 characters long."
    )


def test_nan_is_refused(tmp_path: Path) -> None:
    text = json.dumps(saved_data(tmp_path)).replace('"age_years": 45.0', '"age_years": NaN')
    assert refused(write(tmp_path, text)).endswith("it holds NaN, which is not a number.")


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    text = json.dumps(saved_data(tmp_path)).replace(
        '"current_daily_mg": 30.0', '"current_daily_mg": 30, "current_daily_mg": 190'
    )
    assert refused(write(tmp_path, text)) == (
        f"{NAME} is damaged or not a plan file: the entry 'current_daily_mg' appears twice."
    )


@pytest.mark.parametrize(
    ("where", "value", "expected"),
    [
        ("dialysis", "yes", "Dialysis: Input should be a valid boolean."),
        ("dialysis", "off", "Dialysis: Input should be a valid boolean."),
        ("dialysis", 1, "Dialysis: Input should be a valid boolean."),
        ("age_years", "45", "Age: Input should be a valid number."),
        ("start", 0, "Start date: Input should be a valid date."),
    ],
)
def test_values_are_not_coerced(tmp_path: Path, where: str, value: object, expected: str) -> None:
    data = saved_data(tmp_path)
    holder = data["request"]["patient"] if where in data["request"]["patient"] else data["request"]
    holder[where] = value
    assert refused(write(tmp_path, json.dumps(data))) == f"{NAME} contains invalid data: {expected}"


def test_messages_never_name_the_model_fields(tmp_path: Path) -> None:
    data = saved_data(tmp_path)
    data["request"]["patient"]["age_years"] = -1
    message = refused(write(tmp_path, json.dumps(data)))
    assert message == (
        f"{NAME} contains invalid data: Age: Input should be greater than or equal to 0."
    )
    assert "request" not in message and "age_years" not in message


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    data = saved_data(tmp_path)
    data["padding"] = " " * MAX_FILE_BYTES
    assert refused(write(tmp_path, json.dumps(data))) == (
        f"{NAME} is larger than 1 MB, too large for a plan."
    )


def test_too_many_medication_lines_are_refused(tmp_path: Path) -> None:
    data = saved_data(tmp_path)
    data["request"]["medications"] = ["gabapentin"] * (MAX_MEDICATIONS + 1)
    assert refused(write(tmp_path, json.dumps(data))) == (
        f"{NAME} contains invalid data: Current medications: "
        f"at most {MAX_MEDICATIONS} medication lines (got {MAX_MEDICATIONS + 1})."
    )


def test_a_hundred_lines_of_200_characters_are_accepted(tmp_path: Path) -> None:
    data = saved_data(tmp_path)
    data["request"]["medications"] = [f"{i:03d}" + "x" * 197 for i in range(MAX_MEDICATIONS)]
    assert len(load_plan_file(write(tmp_path, json.dumps(data))).request.medications) == 100


def test_too_many_overrides_are_refused(tmp_path: Path) -> None:
    data = saved_data(tmp_path)
    data["request"]["overrides"] = [
        {"code": f"code.{i}", "reason": "agreed"} for i in range(MAX_OVERRIDES + 1)
    ]
    assert refused(write(tmp_path, json.dumps(data))) == (
        f"{NAME} contains invalid data: Overrides: "
        f"at most {MAX_OVERRIDES} entries (got {MAX_OVERRIDES + 1})."
    )


def test_control_characters_in_a_medication_line_are_refused(tmp_path: Path) -> None:
    data = saved_data(tmp_path)
    data["request"]["medications"] = ["oxycodone \u202egnp.exe"]
    assert refused(write(tmp_path, json.dumps(data))) == (
        f"{NAME} contains invalid data: Current medications: "
        "contains a control character (U+202E); type plain text on one line."
    )


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / NAME
    folder.mkdir()
    assert refused(folder) == f"{NAME} is a folder, not a file."


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_refused_without_reading_it(tmp_path: Path, device: str) -> None:
    link = tmp_path / NAME
    link.symlink_to(device)
    assert refused(link) == f"{NAME} is not a regular file (a device, pipe or socket)."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_without_a_writer_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / NAME
    os.mkfifo(fifo)
    assert refused(fifo) == f"{NAME} is not a regular file (a device, pipe or socket)."


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")
def test_a_dangling_link_is_not_found(tmp_path: Path) -> None:
    (tmp_path / NAME).symlink_to(tmp_path / "gone.json")
    assert refused(tmp_path / NAME) == f"{NAME} was not found."
