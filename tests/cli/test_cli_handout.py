"""`baclofen-desk plan`: paper, emergency number, whom to call, names and the prescription."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pdfplumber
import pytest
from fhir.resources.R4B.medicationrequest import MedicationRequest
from icalendar import Calendar
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from baclofen_desk.cli import EXIT_INVALID, EXIT_OK, run
from baclofen_desk.cli_handout import NO_NUMBER, NO_PHONE, system_country
from baclofen_desk.report.render.fonts import register_fonts
from baclofen_desk.report.render.styles import NORMAL

TODAY = dt.date(2026, 11, 30)
ADULT = ["--age", "45", "--weight", "70", "--sex", "male", "--scr", "0.9", "--start", "2026-12-01"]
CLINIC = ["--clinic-name", "Riverside Clinic", "--clinic-phone", "555-0100"]
BOX = NORMAL.box
SIG = (
    "Baclofen 10 mg tablets (scored): take ½ tablet by mouth three times a day for 3 days, "
    "then 1 tablet three times a day for 3 days, then 1½ tablets three times a day for 3 days, "
    "then 2 tablets three times a day. Dispense: 207 tablets. Refills: 2."
)


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")


def sizes(data: bytes) -> set[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(data))
    return {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages}


@pytest.mark.parametrize(
    ("locale", "option", "size"),
    [
        ("en_US.UTF-8", [], (612, 792)),
        ("fr_CA.UTF-8", [], (612, 792)),
        ("es_ES.UTF-8", [], (595, 842)),
        ("C", [], (595, 842)),
        ("en_US.UTF-8", ["--paper", "a4"], (595, 842)),
        ("de_DE.UTF-8", ["--paper", "letter"], (612, 792)),
    ],
)
def test_paper_follows_the_country_unless_chosen(tmp_path, monkeypatch, locale, option, size):
    monkeypatch.setenv("LANG", locale)
    out = tmp_path / "plan.pdf"
    argv = [*ADULT, *CLINIC, "--emergency-number", "112", *option, "--pdf", str(out)]
    assert run(argv, today=TODAY) == EXIT_OK
    assert sizes(out.read_bytes()) == {size}


@pytest.mark.parametrize(
    ("locale", "number"), [("en_US.UTF-8", "911"), ("en_GB.UTF-8", "999"), ("es_ES.UTF-8", "112")]
)
def test_the_emergency_number_of_the_country(tmp_path, monkeypatch, capsys, locale, number):
    monkeypatch.setenv("LANG", locale)
    out = tmp_path / "plan.pdf"
    assert run([*ADULT, *CLINIC, "--pdf", str(out)], today=TODAY) == EXIT_OK
    assert capsys.readouterr().err == ""
    assert f"Call {number} or go to the emergency department" in text_of(out.read_bytes())


def test_unknown_country_warns_once_and_says_local_number(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "C")
    out = tmp_path / "plan.pdf"
    argv = [*ADULT, *CLINIC, "--mode", "taper", "--current-mg", "40", "--pdf", str(out)]
    assert run(argv, today=TODAY) == EXIT_OK
    assert capsys.readouterr().err == f"baclofen-desk plan: {NO_NUMBER}\n"
    text = " ".join(text_of(out.read_bytes()).split())
    assert "Call your local emergency number or go to the emergency department right away" in text
    assert "911" not in text


def test_a_given_number_wins_over_the_country(tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    argv = [*ADULT, *CLINIC, "--emergency-number", "112", "--lang", "es", "--pdf", str(out)]
    assert run(argv, today=TODAY) == EXIT_OK
    assert "Llame al 112 o vaya a la sala de emergencias" in text_of(out.read_bytes())
    assert capsys.readouterr().err == ""


def test_no_clinic_phone_warns_once_and_still_writes(tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert run([*ADULT, "--pdf", str(out)], today=TODAY) == EXIT_OK
    assert capsys.readouterr().err == f"baclofen-desk plan: {NO_PHONE}\n"
    assert out.read_bytes().startswith(b"%PDF-")


def test_clinic_phone_in_every_call_section(tmp_path):
    out = tmp_path / "plan.pdf"
    argv = [*ADULT, *CLINIC, "--mode", "taper", "--current-mg", "40", "--pdf", str(out)]
    assert run(argv, today=TODAY) == EXIT_OK
    text = text_of(out.read_bytes())
    assert text.count("Your clinic: Riverside Clinic, phone 555-0100") == 4


def test_names_are_printed_but_never_in_the_metadata(tmp_path):
    out = tmp_path / "plan.pdf"
    names = ["--patient-name", "Ana Zubiri", "--prescriber", "Dr Noor Haddad"]
    assert run([*ADULT, *CLINIC, *names, "--pdf", str(out)], today=TODAY) == EXIT_OK
    data = out.read_bytes()
    assert "Ana Zubiri" in text_of(data) and "Dr Noor Haddad" in text_of(data)
    metadata = PdfReader(io.BytesIO(data)).metadata or {}
    assert not [v for v in metadata.values() if "Zubiri" in str(v) or "Haddad" in str(v)]
    assert b"Zubiri" not in data.split(b"stream")[0]


def test_check_boxes_are_square_on_both_papers(tmp_path):
    shapes = {}
    for paper in ("letter", "a4"):
        out = tmp_path / f"{paper}.pdf"
        assert run([*ADULT, *CLINIC, "--paper", paper, "--pdf", str(out)], today=TODAY) == 0
        with pdfplumber.open(out) as document:
            boxes = [c for page in document.pages for c in page.chars if c["text"] == "☐"]
        assert len(boxes) > 50
        # Drawn without any scaling (text matrix a == d, no shear), so square as designed.
        assert {(c["matrix"][0], c["matrix"][3]) for c in boxes} == {(1, 1)}
        shapes[paper] = {
            (round(c["x1"] - c["x0"], 2), round(c["bottom"] - c["top"], 2)) for c in boxes
        }
    assert shapes["letter"] == shapes["a4"]
    # The glyph at its own proportions: advance width and size as in the font (square box).
    font, _ = register_fonts()
    assert shapes["a4"] == {(round(stringWidth("☐", font, BOX), 2), BOX)}


def test_sig_to_standard_output_and_in_the_json(tmp_path, capsys):
    assert run([*ADULT, "--refills", "2", "--sig", "-"], today=TODAY) == EXIT_OK
    assert capsys.readouterr().out == SIG + "\n"
    path = tmp_path / "plan.json"
    assert run([*ADULT, "--refills", "2", "--json", str(path)], today=TODAY) == EXIT_OK
    assert json.loads(path.read_text(encoding="utf-8"))["sig"] == SIG


def test_sig_quantity_equals_fhir_and_the_pharmacy_box(tmp_path):
    sig, fhir, pdf = tmp_path / "plan.txt", tmp_path / "plan.json", tmp_path / "plan.pdf"
    argv = [*ADULT, *CLINIC, "--refills", "2", "--sig", str(sig), "--fhir", str(fhir)]
    assert run([*argv, "--pdf", str(pdf)], today=TODAY) == EXIT_OK
    assert sig.read_text(encoding="utf-8") == SIG + "\n"
    request = MedicationRequest.model_validate_json(fhir.read_text(encoding="utf-8"))
    dispense = request.dispenseRequest
    assert (dispense.quantity.value, dispense.quantity.unit, dispense.quantity.code) == (
        207,
        "tablet",
        "{tablet}",
    )
    assert (dispense.expectedSupplyDuration.value, dispense.numberOfRepeatsAllowed) == (39, 2)
    box = " ".join(text_of(pdf.read_bytes()).split())
    fixed = re.search(r": (\d+) tablets of 10 mg in all", box)
    open_ended = re.search(r"that is (\d+) tablets of 10 mg every 30 days", box)
    assert fixed and open_ended
    assert int(fixed.group(1)) + int(open_ended.group(1)) == 207
    assert "Dispense: 207 tablets. Refills: 2." in box  # on the clinician summary


def test_blocked_plan_has_no_sig(tmp_path, capsys):
    sig = tmp_path / "plan.txt"
    assert run(["--age", "45", "--dialysis", "--sig", str(sig), "--json", "-"], today=TODAY) == 3
    assert json.loads(capsys.readouterr().out)["sig"] is None
    assert not sig.exists()


def test_spanish_calendar_with_reminders(tmp_path):
    out = tmp_path / "plan.ics"
    argv = [*ADULT, "--lang", "es", "--ics-alarm", "15", "--ics", str(out)]
    assert run(argv, today=TODAY) == EXIT_OK
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert str(events[0]["SUMMARY"]) == "Baclofeno 5 mg"
    doses = [e for e in events if "-review@" not in str(e["UID"])]
    assert doses
    assert all(len(e.walk("VALARM")) == 1 for e in doses)


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--emergency-number", "call 911"], "--emergency-number: an emergency number has digits"),
        (["--refills", "12"], "--refills: Input should be less than or equal to 11"),
        (["--paper", "legal"], "argument --paper: invalid choice: 'legal'"),
        (["--ics-alarm", "-5"], "argument --ics-alarm: must be 0 to 1440 minutes (got -5)"),
        (["--clinic-name", "x" * 121], "--clinic-name: String should have at most 120"),
    ],
)
def test_bad_handout_options_write_nothing(tmp_path, capsys, option, message):
    out = tmp_path / "plan.pdf"
    assert run([*ADULT, *option, "--pdf", str(out), "--json", "-"], today=TODAY) == EXIT_INVALID
    captured = capsys.readouterr()
    assert captured.err.startswith(f"baclofen-desk plan: error: {message}")
    assert len(captured.err.splitlines()) == 1
    assert captured.out == "" and not out.exists()


@pytest.mark.parametrize(
    ("environ", "country"),
    [
        ({"LANG": "es_ES.UTF-8"}, "ES"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "en_US.UTF-8"}, "GB"),
        ({"LC_PAPER": "de_DE", "LANG": "C"}, "DE"),
        ({"LANG": "C.UTF-8"}, None),
        ({}, None),
    ],
)
def test_system_country(environ, country):
    assert system_country(environ) == country
