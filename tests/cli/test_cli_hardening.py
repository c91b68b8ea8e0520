"""Hostile command lines: one line on standard error naming the option, exit 2, nothing written."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING

import pytest

from baclofen_desk import fileio
from baclofen_desk.cli import EXIT_INVALID, EXIT_OK, run
from tests.cli.test_cli import ADULT, TODAY

if TYPE_CHECKING:
    from pathlib import Path

PREFIX = "baclofen-desk plan: error: "


def refused(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run, expect exit 2 with nothing on standard output; the one error line."""
    assert run(args, today=TODAY) == EXIT_INVALID
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(PREFIX) and err.count("\n") == 1
    return err.removeprefix(PREFIX).rstrip("\n")


def test_a_start_date_beyond_the_range_is_refused(capsys) -> None:
    assert refused(["--age", "45", "--start", "9999-12-31"], capsys) == (
        "--start: Input should be less than or equal to 2100-12-31 (got 9999-12-31)"
    )


def test_a_review_date_beyond_the_range_is_refused(capsys) -> None:
    assert refused(["--age", "45", "--review", "2200-01-01"], capsys) == (
        "--review: Input should be less than or equal to 2100-12-31 (got 2200-01-01)"
    )


def test_a_start_date_before_the_range_is_refused(capsys) -> None:
    assert refused(["--age", "45", "--start", "1999-12-31"], capsys) == (
        "--start: Input should be greater than or equal to 2000-01-01 (got 1999-12-31)"
    )


def test_a_taper_starting_on_the_last_day_of_the_range_is_planned(capsys) -> None:
    args = ["--age", "45", "--mode", "taper", "--current-mg", "80", "--start", "2100-12-31"]
    assert run([*args, "--json", "-"], today=TODAY) == EXIT_OK
    steps = json.loads(capsys.readouterr().out)["steps"]
    assert steps[0]["start"] == "2100-12-31" and steps[-1]["start"] > "2101-01-01"


@pytest.mark.parametrize(
    "value", ["\u0661\u0662", "\uff14\uff15", "1_0", "\u00a045", "45\u00a0", "inf", "nan", "1e400"]
)
def test_numbers_are_ascii_digits_only(value: str, capsys) -> None:
    assert refused(["--age", value], capsys) == f"argument --age: not a number: {value!r}"


def test_doses_per_day_takes_ascii_digits_only(capsys) -> None:
    assert refused([*ADULT, "--doses-per-day", "\uff13"], capsys) == (
        "argument --doses-per-day: not a whole number: '\uff13'"
    )


def test_dates_are_written_as_yyyy_mm_dd(capsys) -> None:
    assert refused(["--age", "45", "--start", "20261201"], capsys) == (
        "argument --start: not a date (YYYY-MM-DD): '20261201'"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["--age", "45", "--age", "90"],
        ["--age", "45", "--mode", "taper", "--mode", "titrate", "--current-mg", "30"],
        ["--age", "45", "--json", "-", "--json", "-"],
        ["--age", "45", "--pdf", "a.pdf", "--pdf", "b.pdf"],
    ],
)
def test_a_single_value_option_given_twice_is_refused(args: list[str], capsys) -> None:
    option = next(a for a in args if args.count(a) == 2)
    assert refused(args, capsys) == f"argument {option}: given more than once; give it once"


def test_an_abbreviated_option_is_not_guessed(capsys) -> None:
    assert refused(["--ag", "45"], capsys) == "unrecognized arguments: --ag 45"


@pytest.mark.parametrize(
    ("option", "value", "code"),
    [
        ("--med", "oxycodone\x1b[2J", "001B"),
        ("--med", "baclofen\r10 mg", "000D"),
        ("--med", "oxy\u202ecodone", "202E"),
        ("--dose-time", "08:00\n14:00", "000A"),
        ("--override", "kidney.severe=agreed\nrm -rf", "000A"),
    ],
)
def test_control_characters_in_typed_text_are_refused(option, value, code, capsys) -> None:
    message = refused([*ADULT, option, value], capsys)
    assert message == (
        f"argument {option}: contains a control character (U+{code}); type plain text on one line"
    )


def test_a_control_character_in_an_output_path_is_refused(tmp_path: Path, capsys) -> None:
    path = str(tmp_path / "a\nb.pdf")
    assert refused([*ADULT, "--pdf", path], capsys) == (
        f"--pdf: the path contains a control character: {tmp_path}/a<U+000A>b.pdf"
    )
    assert list(tmp_path.iterdir()) == []


def test_an_over_long_file_name_is_refused(tmp_path: Path, capsys) -> None:
    path = str(tmp_path / ("x" * 300 + ".pdf"))
    assert refused([*ADULT, "--json", str(tmp_path / "p.json"), "--pdf", path], capsys) == (
        "--pdf: the file name is empty or longer than 255"
    )
    assert list(tmp_path.iterdir()) == []


def test_two_outputs_to_the_same_file_are_refused(tmp_path: Path, capsys) -> None:
    path = str(tmp_path / "x")
    assert refused([*ADULT, "--pdf", path, "--ics", path], capsys) == (
        f"--ics: the same file as --pdf: {path}"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")
def test_two_outputs_to_one_file_through_a_link_are_refused(tmp_path: Path, capsys) -> None:
    (tmp_path / "link.json").symlink_to(tmp_path / "plan.json")
    args = [*ADULT, "--json", str(tmp_path / "plan.json"), "--fhir", str(tmp_path / "link.json")]
    assert refused(args, capsys).startswith("--fhir: the same file as --json: ")


def test_standard_output_is_only_for_the_json(capsys) -> None:
    assert refused([*ADULT, "--ics", "-"], capsys) == (
        "--ics: '-' (standard output) is not offered for it"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_a_read_only_output_file_is_refused_before_anything_is_written(
    tmp_path: Path, capsys
) -> None:
    locked = tmp_path / "x.pdf"
    locked.write_bytes(b"old")
    locked.chmod(0o444)
    args = [*ADULT, "--json", str(tmp_path / "plan.json"), "--pdf", str(locked)]
    assert refused(args, capsys) == f"--pdf: the file is read-only: {locked}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.pdf"]
    assert locked.read_bytes() == b"old"


def test_a_missing_folder_for_a_later_output_leaves_no_json(tmp_path: Path, capsys) -> None:
    args = [*ADULT, "--json", str(tmp_path / "plan.json"), "--pdf", str(tmp_path / "no" / "x.pdf")]
    assert refused(args, capsys) == f"--pdf: folder does not exist: {tmp_path / 'no'}"
    assert list(tmp_path.iterdir()) == []


def test_a_write_that_fails_late_removes_what_was_written(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    real_replace = os.replace

    def disk_full_for_the_pdf(source: str, target: object) -> None:
        if str(target).endswith(".pdf"):
            raise OSError(28, "No space left on device")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(fileio.os, "replace", disk_full_for_the_pdf)
    args = [*ADULT, "--json", str(tmp_path / "plan.json"), "--pdf", str(tmp_path / "x.pdf")]
    assert refused(args, capsys) == (
        f"--pdf: cannot write {tmp_path / 'x.pdf'}: No space left on device"
    )
    assert list(tmp_path.iterdir()) == []


def test_json_on_standard_output_comes_only_after_every_file(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    def refuse(path: object, data: bytes) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("baclofen_desk.fileio.prepare_write", refuse)
    message = refused([*ADULT, "--json", "-", "--pdf", str(tmp_path / "x.pdf")], capsys)
    assert message == f"--pdf: cannot write {tmp_path / 'x.pdf'}: Permission denied"


def test_halves_of_a_liquid_are_refused(capsys) -> None:
    assert refused([*ADULT, "--product", "solution-1mg-ml", "--allow-halves"], capsys) == (
        "--allow-halves: only tablets can be halved; "
        "Baclofen oral solution 1 mg/mL (5 mg/5 mL, Ozobax) is not a tablet"
    )


def test_too_many_medication_lines_are_refused(capsys) -> None:
    args = [*ADULT]
    for index in range(101):
        args += ["--med", f"med {index}"]
    assert refused(args, capsys) == "--med: at most 100 medication lines (got 101)"


def test_choices_come_from_the_models(capsys) -> None:
    message = refused([*ADULT, "--scr-unit", "mmol/L"], capsys)
    assert message.startswith("argument --scr-unit: invalid choice: 'mmol/L' (choose from ")
    assert message.count("mg/dL") == message.count("umol/L") == 1


def test_closed_lists_and_exports_are_read_from_their_one_definition() -> None:
    from typing import get_args

    from baclofen_desk.cli import build_parser
    from baclofen_desk.core.models import Mode, ScrUnit, Sex
    from baclofen_desk.exports import EXPORTS

    actions = {a.dest: a for a in build_parser()._actions}
    assert actions["sex"].choices == get_args(Sex)
    assert actions["scr_unit"].choices == get_args(ScrUnit)
    assert actions["mode"].choices == get_args(Mode)
    assert [e.name for e in EXPORTS] == ["pdf", "fhir", "ics", "sig"]
    assert all(e.name in actions for e in EXPORTS)
