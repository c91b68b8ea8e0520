"""The rendered PDF: text, fonts, metadata, page numbers, languages and large print."""

from __future__ import annotations

import io
import re
import tomllib

import pytest
from pypdf import PdfReader

from baclofen_desk.core.plan_state import PlanNotExportable
from baclofen_desk.core.serialize import plan_to_dict
from baclofen_desk.report import HandoutSettings, build_pdf, handout_data
from baclofen_desk.resources import default_knowledge, resource
from tests.report.conftest import (
    ADULT,
    GENERATED,
    OLDER,
    char_sizes,
    handout_texts,
    make_plan,
    page_texts,
)
from tests.report.test_summary_data import OXYCODONE, with_medications

KNOWLEDGE = default_knowledge()


def pdf(plan, **options):
    return build_pdf(plan, generated_at=GENERATED, knowledge=KNOWLEDGE, **options)


@pytest.fixture(scope="module")
def adult_pdf(adult_plan):
    return pdf(adult_plan)


def test_every_step_is_printed_as_in_the_json(adult_plan, adult_pdf):
    text = "\n".join(page_texts(adult_pdf))
    for step in plan_to_dict(adult_plan, "test")["steps"]:
        assert step["start"] in text
        assert step["end"] is None or step["end"] in text
        assert f"{step['daily_mg']:g} mg" in text


def test_handout_prints_the_schedule_in_patient_words(adult_pdf):
    text = "\n".join(handout_texts(adult_pdf))
    for expected in (
        "Your schedule",
        "Dec 1",
        "to Dec 3, 2026",
        "From Dec 10, 2026",
        "½ tablet (5 mg)",
        "1½ tablets (15 mg)",
        "2 tablets (20 mg)",
        "60 mg",
        "27 tablets of 10 mg in all",
        "Most in one day: 80 mg",
    ):
        assert expected in text


def test_one_printed_check_box_per_scheduled_dose(older_plan):
    data = handout_data(older_plan, generated_at=GENERATED, knowledge=KNOWLEDGE)
    text = "\n".join(handout_texts(pdf(older_plan)))
    assert text.count(data.calendar.box) == data.calendar.box_count == 266


def test_printed_interaction(adult_plan):
    plan = with_medications(
        adult_plan, interactions=(OXYCODONE,), complete=True, typed=("Percocet",)
    )
    text = "\n".join(page_texts(pdf(plan)))
    assert "Percocet" in text and "oxycodone (Opioids)" in text and "MAJOR" in text


def test_unrecognised_medications_are_printed(adult_plan):
    plan = with_medications(adult_plan, typed=("xyzzy",), unrecognized=("xyzzy",))
    text = " ".join(" ".join(page_texts(pdf(plan))).split())
    assert "Interaction check incomplete: 1 of 1 medication(s) not recognised (xyzzy)" in text
    assert "No interactions" not in text


def test_fonts_are_embedded_and_special_characters_extract(adult_plan):
    settings = HandoutSettings(clinic_name="Clínica Peña ≤ 12 años")
    document = pdf(adult_plan, settings=settings)
    assert "Clínica Peña ≤ 12 años" in "\n".join(page_texts(document))
    reader = PdfReader(io.BytesIO(document))
    fonts = {
        font.get_object()["/BaseFont"]: font.get_object()
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert {name.split("+")[-1] for name in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}
    for font in fonts.values():
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # the TrueType program is in the file


def test_metadata_has_title_and_language_but_never_the_patient(adult_plan):
    settings = HandoutSettings(patient_name="Ana Peña", clinic_name="Riverside")
    reader = PdfReader(io.BytesIO(pdf(adult_plan, lang="es", settings=settings)))
    info = {key: str(value) for key, value in reader.metadata.items()}
    assert info["/Title"] == "Plan de baclofeno: hoja para el paciente y resumen clínico"
    assert info["/CreationDate"].startswith("D:20261130091500")
    assert reader.trailer["/Root"]["/Lang"] == "es-US"
    assert not any("Peña" in value for value in info.values())
    assert "Ana Peña" in page_texts(pdf(adult_plan, settings=settings))[0]


def test_same_plan_same_bytes(adult_plan, adult_pdf):
    assert pdf(adult_plan) == adult_pdf
    assert pdf(adult_plan, lang="es") != adult_pdf


def test_pages_are_numbered_within_each_part(older_plan):
    texts = page_texts(pdf(older_plan, large_print=True))  # forces many pages
    handout = handout_texts(pdf(older_plan, large_print=True))
    assert len(handout) > 6
    for number, text in enumerate(handout, 1):
        assert f"Page {number} of {len(handout)}" in text
    summary = texts[len(handout) :]
    for number, text in enumerate(summary, 1):
        assert f"Clinician summary · page {number} of {len(summary)}" in text
    assert "Decision support — not a substitute for clinical judgement." in summary[0]


def english_sentences() -> set[str]:
    """Every English catalogue text of three words or more that Spanish words differently."""

    def strings(node):
        if isinstance(node, dict):
            for value in node.values():
                yield from strings(value)
        elif isinstance(node, list):
            for value in node:
                yield from strings(value)
        elif isinstance(node, str):
            yield node

    english = tomllib.loads(resource("knowledge", "handout", "en.toml").read_text("utf-8"))
    found = set()
    for text in strings(english):
        for piece in re.split(r"\{[a-z_]+\}|[\n:.]", text.replace("\u00a0", " ")):
            if len(piece.split()) >= 3:
                found.add(" ".join(piece.split()))
    return found


def spanish_text(plan, large_print=False):
    return " ".join(" ".join(handout_texts(pdf(plan, lang="es", large_print=large_print))).split())


@pytest.mark.parametrize(
    "patient",
    [OLDER, {"age_years": 5, "weight_kg": 30}, {"age_years": 45, "dialysis": True}],
    ids=["tablets", "liquid", "single-dose"],
)
def test_other_spanish_handouts_have_no_english(patient):
    overrides = ({"code": "kidney.dialysis", "reason": "r"},) if patient.get("dialysis") else ()
    handout = spanish_text(make_plan(patient, overrides=overrides))
    assert [s for s in english_sentences() if s in handout] == []
    assert "Página 1 de" in handout


@pytest.mark.parametrize("large_print", [False, True])
def test_spanish_handout_is_spanish_throughout(taper_plan, large_print):
    handout = spanish_text(taper_plan, large_print)
    sentences = english_sentences()
    assert len(sentences) > 50
    assert [s for s in sentences if s in handout] == []
    for english_word in (" Page ", " tablet", " Week ", " Morning", " Stop"):
        assert english_word not in handout
    for spanish in (
        "Su horario",
        "Página 1 de",
        "comprimidos",
        "Semana 1",
        "Llame a su número local de emergencias",
        "Si olvida una dosis",
        "señales de abstinencia",
    ):
        assert spanish in handout


def test_the_english_check_would_catch_english(taper_plan):
    handout = " ".join(" ".join(handout_texts(pdf(taper_plan, lang="en"))).split())
    assert "Take it as soon as you remember" in english_sentences()
    assert "Take it as soon as you remember" in handout


def test_large_print_is_at_least_14_points(older_plan):
    document = pdf(older_plan, large_print=True)
    handout_pages = range(len(handout_texts(document)))
    sizes = char_sizes(document, handout_pages)
    assert len(sizes) > 5000
    assert round(min(sizes), 3) >= 14  # the chart's scaling leaves 13.99999...


def test_normal_print_is_smaller(older_plan):
    document = pdf(older_plan)
    assert min(char_sizes(document, range(len(handout_texts(document))))) < 14


def test_a_blocked_plan_refuses():
    plan = make_plan({**ADULT, "dialysis": True})
    with pytest.raises(PlanNotExportable, match="may not leave the program"):
        build_pdf(plan, generated_at=GENERATED, knowledge=KNOWLEDGE)


def test_a_refused_plan_refuses():
    with pytest.raises(PlanNotExportable):
        build_pdf(
            make_plan({**ADULT, "age_years": 1, "weight_kg": 10}),
            generated_at=GENERATED,
            knowledge=KNOWLEDGE,
        )
