"""`baclofen-desk plan --pdf`: the handout from the command line."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from baclofen_desk.cli import EXIT_BLOCKED, EXIT_INVALID, EXIT_OK, run

TODAY = dt.date(2026, 11, 30)
ADULT = ["--age", "45", "--weight", "70", "--sex", "male", "--scr", "0.9", "--start", "2026-12-01"]


def text_of(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")


def test_pdf_is_written(tmp_path):
    out = tmp_path / "plan.pdf"
    assert run([*ADULT, "--pdf", str(out)], today=TODAY) == EXIT_OK
    assert out.read_bytes().startswith(b"%PDF-")
    text = text_of(out)
    assert "Your baclofen plan" in text and "Clinician summary" in text
    assert "2026-12-10" in text and "60 mg" in text


def test_spanish_and_large_print(tmp_path):
    out = tmp_path / "plan.pdf"
    argv = [*ADULT, "--mode", "taper", "--current-mg", "80", "--lang", "es", "--large-print"]
    assert run([*argv, "--pdf", str(out)], today=TODAY) == EXIT_OK
    text = text_of(out)
    assert "Su plan de baclofeno" in text and "Página 1 de" in text
    assert "Your baclofen plan" not in text


def test_blocked_plan_writes_no_pdf_but_the_json(tmp_path, capsys):
    pdf, json = tmp_path / "plan.pdf", tmp_path / "plan.json"
    argv = [*ADULT, "--dialysis", "--pdf", str(pdf), "--json", str(json)]
    assert run(argv, today=TODAY) == EXIT_BLOCKED
    assert not pdf.exists()
    assert json.exists()
    assert "no handout or export was written" in capsys.readouterr().err


def test_overridden_plan_gets_its_pdf(tmp_path):
    out = tmp_path / "plan.pdf"
    argv = [*ADULT, "--dialysis", "--override", "kidney.dialysis=nephrology agrees"]
    assert run([*argv, "--pdf", str(out)], today=TODAY) == EXIT_OK
    assert "Overridden: nephrology agrees" in " ".join(text_of(out).split())


def test_missing_folder_is_invalid_input(tmp_path, capsys):
    out = tmp_path / "no-such-folder" / "plan.pdf"
    assert run([*ADULT, "--pdf", str(out)], today=TODAY) == EXIT_INVALID
    assert capsys.readouterr().err.startswith("baclofen-desk plan: error: --pdf:")
    assert not out.exists()


def test_unknown_language_is_invalid_input(tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert run([*ADULT, "--lang", "fr", "--pdf", str(out)], today=TODAY) == EXIT_INVALID
    assert "--lang" in capsys.readouterr().err
    assert not out.exists()
