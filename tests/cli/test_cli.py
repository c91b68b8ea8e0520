"""`baclofen-desk plan`: the JSON contract, exit status and one-line errors."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from baclofen_desk.cli import run

TODAY = dt.date(2026, 11, 24)
ADULT = ["--age", "45", "--weight", "70", "--sex", "male", "--scr", "0.9", "--start", "2026-12-01"]


def plan_json(args: list[str], capsys: pytest.CaptureFixture[str], status: int = 0) -> dict:
    assert run([*args, "--json", "-"], today=TODAY) == status
    return json.loads(capsys.readouterr().out)


def test_standard_adult_plan(capsys):
    data = plan_json(ADULT, capsys)
    assert [(s["start"], s["end"], s["daily_mg"], s["doses_mg"]) for s in data["steps"]] == [
        ("2026-12-01", "2026-12-03", 15.0, [5.0, 5.0, 5.0]),
        ("2026-12-04", "2026-12-06", 30.0, [10.0, 10.0, 10.0]),
        ("2026-12-07", "2026-12-09", 45.0, [15.0, 15.0, 15.0]),
        ("2026-12-10", None, 60.0, [20.0, 20.0, 20.0]),
    ]
    assert data["max_daily_mg"] == 80.0
    assert data["kidney"]["band"] == "normal"
    assert data["kidney"]["crcl_ml_min"] == pytest.approx(103, abs=0.5)
    assert data["kidney"]["weight_used"] == "actual"
    assert {"code", "severity", "message", "source"} <= set(data["alerts"][0])
    assert data["unrecognized_medications"] == []
    assert data["interactions"] == []
    assert data["rules_version"]


def test_start_defaults_to_today(capsys):
    data = plan_json(["--age", "45"], capsys)
    assert data["steps"][0]["start"] == "2026-11-24"


def test_target_above_maximum_is_capped(capsys):
    data = plan_json([*ADULT, "--target-mg", "100"], capsys)
    assert data["steps"][-1]["daily_mg"] == 80.0
    assert any(a["code"] == "target.capped" for a in data["alerts"])


def test_target_80_ends_at_20_mg_four_times_a_day(capsys):
    data = plan_json([*ADULT, "--target-mg", "80"], capsys)
    assert data["steps"][-1]["doses_mg"] == [20.0, 20.0, 20.0, 20.0]


def _daily_by_date(data: dict, horizon: int = 60) -> dict[dt.date, float]:
    days: dict[dt.date, float] = {}
    for step in data["steps"]:
        day = dt.date.fromisoformat(step["start"])
        end = dt.date.fromisoformat(step["end"]) if step["end"] else day + dt.timedelta(horizon)
        while day <= end:
            days[day] = step["daily_mg"]
            day += dt.timedelta(days=1)
    return days


def test_moderate_kidney_halves_every_step(capsys):
    normal = _daily_by_date(plan_json(ADULT, capsys))
    data = plan_json([*ADULT, "--crcl", "40"], capsys)
    assert data["kidney"]["band"] == "moderate"
    for day, mg in _daily_by_date(data).items():
        assert mg <= normal[day] / 2, day
    assert data["max_daily_mg"] == 40
    assert any(a["severity"] == "warning" for a in data["alerts"])


def test_severe_kidney_is_critical_and_exits_3(capsys):
    data = plan_json([*ADULT, "--crcl", "20"], capsys, status=3)
    normal = _daily_by_date(plan_json(ADULT, capsys))
    for day, mg in _daily_by_date(data).items():
        assert mg <= normal[day] / 3, day
    assert any(a["code"] == "kidney.severe" and a["severity"] == "critical" for a in data["alerts"])


def test_dialysis_is_blocked_until_overridden(capsys):
    blocked = plan_json([*ADULT, "--dialysis"], capsys, status=3)
    assert any(a["severity"] == "critical" for a in blocked["alerts"])
    data = plan_json(
        [*ADULT, "--dialysis", "--override", "kidney.dialysis=nephrologist agrees"], capsys
    )
    assert len(data["steps"]) == 1
    assert data["steps"][0]["daily_mg"] <= 5
    assert data["steps"][0]["end"] is None
    alert = next(a for a in data["alerts"] if a["code"] == "kidney.dialysis")
    assert alert["override_reason"] == "nephrologist agrees"


def test_older_adult(capsys):
    data = plan_json(["--age", "72", "--crcl", "90", "--start", "2026-12-01"], capsys)
    assert data["steps"][0]["daily_mg"] < 15
    for step in data["steps"][:-1]:
        days = (dt.date.fromisoformat(step["end"]) - dt.date.fromisoformat(step["start"])).days + 1
        assert days >= 7


def test_child_age_5(capsys):
    data = plan_json(["--age", "5", "--weight", "30"], capsys)
    assert data["max_daily_mg"] == 40
    assert any(a["code"] == "age.pediatric_off_label" for a in data["alerts"])


def test_age_1_is_refused(capsys):
    data = plan_json(["--age", "1"], capsys, status=3)
    assert data["steps"] == []
    assert data["refused"] is True


def test_taper_from_80(capsys):
    data = plan_json(["--age", "45", "--mode", "taper", "--current-mg", "80"], capsys)
    levels = [80.0] + [s["daily_mg"] for s in data["steps"]]
    assert all(a - b <= 15 for a, b in pairwise(levels))
    assert levels[-1] == 0
    first = dt.date.fromisoformat(data["steps"][0]["start"])
    stop = dt.date.fromisoformat(data["steps"][-1]["start"])
    assert (stop - first).days >= 21  # slow: current dose above 60 mg/day


def test_medications_are_never_dropped(capsys):
    data = plan_json(["--age", "45", "--med", "xyzzy", "--med", "qwrtplk 5 mg"], capsys)
    assert "xyzzy" in data["unrecognized_medications"]
    assert "qwrtplk 5 mg" in data["unrecognized_medications"]
    assert len(data["medications"]) == 2


def test_unknown_override_code_is_invalid(capsys, tmp_path):
    out = tmp_path / "plan.json"
    status = run([*ADULT, "--override", "kidney.nope=because", "--json", str(out)], today=TODAY)
    assert status == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--override" in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["--age", "-3"], "--age"),
        (["--age", "200"], "--age"),
        (["--age", "40", "--weight", "0"], "--weight"),
        (["--age", "40", "--scr", "abc"], "--scr"),
        (["--age", "40", "--product", "capsule-7"], "--product"),
        (["--age", "40", "--start", "2026-13-45"], "--start"),
        (["--age", "40", "--mode", "taper"], "--current-mg"),
        (
            ["--age", "40", "--mode", "taper", "--current-mg", "60", "--target-mg", "30"],
            "--target-mg",
        ),
        (["--age", "40", "--doses-per-day", "9"], "--doses-per-day"),
        (["--age", "40", "--target-mg", "-10"], "--target-mg"),
        (["--age", "40", "--crcl", "nan"], "--crcl"),
        (["--age", "40", "--scr", "30"], "--scr"),
        (["--age", "40", "--scr", "1.2", "--scr-unit", "umol/L"], "--scr"),
        (["--age", "40", "--scr", "0.05"], "--scr"),
        (["--age", "40", "--override", "justacode"], "--override"),
        (["--age", "40", "--dose-time", "25:00"], "--dose-time"),
        (["--weight", "70"], "--age"),
    ],
)
def test_invalid_input_exits_2_with_one_line_and_writes_nothing(args, option, capsys, tmp_path):
    out = tmp_path / "plan.json"
    assert run([*args, "--json", str(out)], today=TODAY) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert option in lines[0]
    assert "Traceback" not in captured.err
    assert not out.exists()


def test_blocked_plan_still_writes_json_to_a_file(tmp_path, capsys):
    out = tmp_path / "plan.json"
    assert run(["--age", "45", "--dialysis", "--json", str(out)], today=TODAY) == 3
    assert json.loads(out.read_text(encoding="utf-8"))["blocked"] is True
    assert "--override" in capsys.readouterr().err


def test_json_file_is_written_atomically_without_leftovers(tmp_path):
    out = tmp_path / "plan.json"
    assert run([*ADULT, "--json", str(out)], today=TODAY) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_missing_output_folder_is_invalid(tmp_path, capsys):
    assert run([*ADULT, "--json", str(tmp_path / "nope" / "plan.json")], today=TODAY) == 2
    assert "--json" in capsys.readouterr().err


@pytest.mark.parametrize(("option", "value"), [("--pdf", "-"), ("--ics", "-"), ("--json", ".")])
def test_output_that_is_not_a_file_is_invalid(option, value, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run([*ADULT, option, value], today=TODAY) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and option in err
    assert list(tmp_path.iterdir()) == []  # no file named "-"


def test_unwritable_output_is_one_line_naming_the_option(tmp_path, capsys, monkeypatch):
    def refuse(path: Path, data: bytes) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("baclofen_desk.fileio.prepare_write", refuse)
    assert run([*ADULT, "--pdf", str(tmp_path / "x.pdf")], today=TODAY) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--pdf" in err and "Permission denied" in err


def test_console_script_end_to_end(tmp_path):
    exe = Path(sys.executable).with_name("baclofen-desk")
    result = subprocess.run(
        [str(exe), "plan", *ADULT, "--json", "-"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["steps"][0]["daily_mg"] == 15.0
    bad = subprocess.run(
        [str(exe), "plan", "--age", "abc"], capture_output=True, text=True, check=False
    )
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "--age" in bad.stderr


def test_no_display_explains_the_command_line(monkeypatch, capsys):
    from baclofen_desk import __main__ as entry

    monkeypatch.setattr(entry, "has_display", lambda: False)
    assert entry.main([]) == 0
    assert "baclofen-desk plan" in capsys.readouterr().out


def _broken_spanish(tmp_path: Path, old: str, new: str):
    """A loader of a knowledge-base copy whose es.toml has `old` replaced by `new`."""
    import shutil

    from baclofen_desk.core.knowledge import load_knowledge
    from baclofen_desk.resources import resource
    from tests.helpers import edit_file

    copy = tmp_path / "knowledge"
    shutil.copytree(Path(str(resource("knowledge"))), copy)
    edit_file(copy / "handout" / "es.toml", old, new)
    return lambda: load_knowledge(copy)


@pytest.mark.parametrize(
    ("old", "new", "named"),
    [
        ('heading = "Su calendario"', "heading = 3", "handout/es.toml: calendar.heading: "),
        ('tablet-20 = "Baclofeno, comprimidos de 20 mg"\n', "", "handout/es.toml: products: "),
    ],
)
def test_a_broken_handout_catalogue_stops_before_any_plan(
    tmp_path, capsys, monkeypatch, old, new, named
):
    monkeypatch.setattr(
        "baclofen_desk.resources.default_knowledge", _broken_spanish(tmp_path, old, new)
    )
    pdf = tmp_path / "plan.pdf"
    assert run([*ADULT, "--pdf", str(pdf)], today=TODAY) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"baclofen-desk plan: error: knowledge base: {named}")
    assert len(err.splitlines()) == 1
    assert not pdf.exists()
