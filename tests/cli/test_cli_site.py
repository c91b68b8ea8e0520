"""`baclofen-desk plan` reads the site configuration; options given still win for the run."""

from __future__ import annotations

import datetime as dt
import io
import json

from pypdf import PdfReader

from baclofen_desk.cli import EXIT_OK, run
from baclofen_desk.cli_handout import NO_PHONE
from baclofen_desk.site_config import ENVIRONMENT_VARIABLE
from tests.test_site_config import EXAMPLE

TODAY = dt.date(2026, 11, 30)
ADULT = ["--age", "45", "--weight", "70", "--sex", "male", "--scr", "0.9", "--start", "2026-12-01"]


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).replace("\u00a0", " ").split())


def site(tmp_path, monkeypatch, text: str):
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(path))
    return path


def test_the_site_file_sets_the_defaults(tmp_path, monkeypatch, capsys):
    site(tmp_path, monkeypatch, EXAMPLE)
    pdf = tmp_path / "plan.pdf"
    assert run([*ADULT, "--pdf", str(pdf), "--json", "-"], today=TODAY) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.err == ""
    data = json.loads(captured.out)
    assert data["request"]["product"] == "tablet-20"
    assert data["request"]["dose_times"] == ["07:00", "13:00", "19:00"]
    assert data["steps"][-1]["times"] == ["07:00", "13:00", "19:00"]
    assert data["sig"].endswith("Refills: 2.")
    page = PdfReader(io.BytesIO(pdf.read_bytes())).pages[0]
    assert (round(page.mediabox.width), round(page.mediabox.height)) == (595, 842)
    text = text_of(pdf.read_bytes())
    assert "Su plan de baclofeno" in text  # Spanish
    assert "Su clínica: Riverside Spasticity Clinic, teléfono 555-0100" in text
    assert "Fuera de horario: 555-0199" in text
    assert "1 River Road, Springfield" in text
    assert "Llame al 911" in text


def test_options_win_for_one_run(tmp_path, monkeypatch):
    site(tmp_path, monkeypatch, EXAMPLE)
    pdf = tmp_path / "plan.pdf"
    argv = ["--lang", "en", "--paper", "letter", "--clinic-phone", "555-0000", "--refills", "0"]
    argv += ["--emergency-number", "112", "--product", "tablet-10"]
    assert run([*ADULT, *argv, "--pdf", str(pdf)], today=TODAY) == EXIT_OK
    page = PdfReader(io.BytesIO(pdf.read_bytes())).pages[0]
    assert (round(page.mediabox.width), round(page.mediabox.height)) == (612, 792)
    text = text_of(pdf.read_bytes())
    assert "Your clinic: Riverside Spasticity Clinic, phone 555-0000" in text
    assert "Call 112 or go to" in text and "Baclofen 10 mg tablets" in text


def test_a_broken_site_file_warns_once_and_uses_the_defaults(tmp_path, monkeypatch, capsys):
    path = site(tmp_path, monkeypatch, 'clinic_phone = "555-0100"\npaper = "legal"\n')
    pdf = tmp_path / "plan.pdf"
    assert run([*ADULT, "--pdf", str(pdf)], today=TODAY) == EXIT_OK
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"baclofen-desk plan: warning: Site configuration {path}: paper: Input should be "
        "'letter' or 'a4'. The built-in defaults are used.",
        f"baclofen-desk plan: {NO_PHONE}",  # the phone of the broken file is not used either
    ]
    page = PdfReader(io.BytesIO(pdf.read_bytes())).pages[0]
    assert (round(page.mediabox.width), round(page.mediabox.height)) == (612, 792)  # US locale


def test_a_chosen_number_of_doses_is_not_overruled_by_the_site_times(tmp_path, monkeypatch, capsys):
    site(tmp_path, monkeypatch, EXAMPLE)
    assert run([*ADULT, "--doses-per-day", "2", "--json", "-"], today=TODAY) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert (data["request"]["dose_times"], data["request"]["doses_per_day"]) == (None, 2)
    assert all("07:00" not in step["times"] for step in data["steps"])
