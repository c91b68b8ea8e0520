"""The translation sources: up to date with the code, complete, and true to the English texts."""

from __future__ import annotations

import re
import shutil
from typing import TYPE_CHECKING

import pytest

from baclofen_desk.core.kb_io import KnowledgeError
from baclofen_desk.core.message_translations import load_message_catalogue
from baclofen_desk.core.models import PlanRequest
from baclofen_desk.core.planner import build_plan
from baclofen_desk.resources import resource
from baclofen_desk.ui import translation_catalogues as catalogues

if TYPE_CHECKING:
    from pathlib import Path

    from baclofen_desk.core.knowledge import Knowledge

REFRESH = "run `make translations` and translate the texts it lists in the .ts file"


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_the_ts_file_has_every_text_of_the_window_and_no_other(
    language: str, tmp_path: Path
) -> None:
    committed = catalogues.ts_file(language)
    shutil.copy(committed, catalogues.ts_file(language, tmp_path))
    catalogues.update(folder=tmp_path)
    fresh = set(catalogues.messages(catalogues.ts_file(language, tmp_path)))
    kept = set(catalogues.messages(committed))
    new = sorted(fresh - kept)
    gone = sorted(kept - fresh)
    assert not new and not gone, (
        f"{committed.name} is out of date with the code; {REFRESH}.\n"
        + "".join(f"  new:  [{context or '-'}] {text}\n" for context, text in new)
        + "".join(f"  gone: [{context or '-'}] {text}\n" for context, text in gone)
    )


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_every_window_text_is_translated(language: str) -> None:
    unfinished = [
        key
        for key, text in catalogues.messages(catalogues.ts_file(language)).items()
        if text is None
    ]
    assert unfinished == [], f"texts without a translation ({REFRESH}): {unfinished}"


def _marks(text: str) -> tuple[list[str], int, bool]:
    """Numbered arguments, mnemonic count and the window-modified mark of a Qt text."""
    return sorted(re.findall(r"%\d", text)), text.replace("&&", "").count("&"), "[*]" in text


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_translations_keep_the_arguments_and_the_mnemonic(language: str) -> None:
    wrong = [
        (source, text)
        for (_, source), text in catalogues.messages(catalogues.ts_file(language)).items()
        if text is not None and _marks(source) != _marks(text)
    ]
    assert wrong == []


def test_the_spanish_knowledge_texts_match_the_knowledge_base() -> None:
    """Every pair's English is a current text of the knowledge files (else it is stale and
    not used); the texts still without Spanish are listed (shown in English, marked)."""
    catalogue = load_message_catalogue(resource("knowledge"), "es")
    assert catalogue is not None
    stale = [f"  [{pair.key}] {pair.en}" for pair in catalogue.stale]
    assert stale == [], "translations whose English changed (update them in es.toml):\n" + (
        "\n".join(stale)
    )
    if catalogue.missing:
        listed = "\n".join(f"  [{key}] {text}" for key, text in catalogue.missing)
        pytest.xfail(
            f"{len(catalogue.missing)} knowledge texts are shown in English until translated "
            f"in resources/knowledge/translations/es.toml:\n{listed}"
        )


def test_a_translation_with_other_fields_than_its_english_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(str(resource("knowledge")), folder)
    (folder / "translations" / "es.toml").write_text(
        'language = "es"\n[[texts]]\nkey = "target.capped"\n'
        'en = "The requested target of {requested} mg/day"\n'
        'text = "El objetivo pedido de {pedido} mg/día"\n',
        encoding="utf-8",
    )
    with pytest.raises(
        KnowledgeError, match=r"es\.toml: texts\[0\].*\['pedido'\].*\['requested'\]"
    ):
        load_message_catalogue(folder, "es")


def test_a_changed_english_text_makes_its_translation_stale(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(str(resource("knowledge")), folder)
    rules = folder / "rules.toml"
    old = "Watch for drowsiness and confusion."
    rules.write_text(rules.read_text(encoding="utf-8").replace(old, "Watch closely."), "utf-8")
    catalogue = load_message_catalogue(folder, "es")
    assert catalogue is not None
    assert [pair.key for pair in catalogue.stale] == ["kidney.mild", "kidney.mild"]
    assert [key for key, _ in catalogue.missing] == ["kidney.mild", "kidney.mild"]
    english = "Mild kidney impairment (CrCl 55 mL/min): ... Watch closely."
    assert catalogue.translate("kidney.mild", english) is None
    assert not catalogue.complete


def test_a_translated_alert_gets_the_values_of_its_english(tmp_path: Path) -> None:
    catalogue = load_message_catalogue(resource("knowledge"), "es")
    assert catalogue is not None
    english = (
        "The requested target of 80 mg/day is above the maximum of 53.3 mg/day that applies "
        "to this patient; the plan stops at 53.3 mg/day."
    )
    assert catalogue.translate("target.capped", english, ",") == (
        "El objetivo pedido de 80 mg/día supera el máximo de 53,3 mg/día que corresponde a "
        "este paciente; el plan se detiene en 53,3 mg/día."
    )
    slow = (
        "Slow taper (at least 21 days). The patient is 65 or older. "
        "Kidney function (CrCl 25.5) is below 50 mL/min."
    )
    assert catalogue.translate("taper.slow", slow, ",") == (
        "Retirada lenta (al menos 21 días). El paciente tiene 65 años o más. "
        "La función renal (CrCl 25,5) está por debajo de 50 mL/min."
    )
    disagree = (
        "The kidney values disagree: CrCl (entered) 40 (moderate); eGFR (bedside Schwartz) "
        "at most 70.2 (mild). The most impaired band (moderate) is used. If a measured 24-hour "
        "CrCl is reliable, enter it and mark it as measured."
    )
    assert catalogue.translate("kidney.values_disagree", disagree, ",") == (
        "Los valores renales no concuerdan: CrCl (introducido) 40 (moderada); eGFR (Schwartz de "
        "cabecera) como máximo 70,2 (leve). Se usa la banda más afectada (moderada). Si un CrCl "
        "medido en orina de 24 horas es fiable, introdúzcalo y márquelo como medido."
    )
    assert catalogue.translate("target.capped", "Some other text.") is None


#: Requests that raise most of the alerts a clinician sees, and the schedule notes.
SCENARIOS = [
    {"patient": {"age_years": 45, "weight_kg": 70, "sex": "male", "scr": 0.9}},
    {"patient": {"age_years": 45, "scr": 0.9}},
    {"patient": {"age_years": 45, "weight_kg": 70, "scr": 0.9}},
    {"patient": {"age_years": 1.5}},
    {"patient": {"age_years": 9, "weight_kg": 30, "scr": 0.5, "sex": "female"}},
    {"patient": {"age_years": 70, "crcl_ml_min": 25}, "mode": "taper", "current_daily_mg": 80},
    {"patient": {"age_years": 70, "dialysis": True}, "product": "tablet-10"},
    {"patient": {"age_years": 50, "egfr": 45}, "target_daily_mg": 100},
    {"patient": {"age_years": 50, "crcl_ml_min": 70}, "current_daily_mg": 100},
    {"patient": {"age_years": 50, "crcl_ml_min": 70}, "product": "granules", "doses_per_day": 4},
    {
        "patient": {"age_years": 50, "crcl_ml_min": 70, "sex": "female"},
        "medications": ["baclofen 10 mg tid", "xyzzy", "oxycodone 5 mg", "alprazolam"],
    },
    {"patient": {"age_years": 45, "weight_kg": 70, "scr": 2.5, "crcl_ml_min": 70}},
    {"patient": {"age_years": 70, "dialysis": True, "crcl_ml_min": 60}, "current_daily_mg": 30},
    {"patient": {"age_years": 9, "weight_kg": 30, "scr": 0.5}},
    {
        "patient": {"age_years": 50, "crcl_ml_min": 70, "kidney_unstable": True},
        "step_days": 1,
        "step_daily_mg": 20,
        "target_daily_mg": 40,
    },
    {
        "patient": {"age_years": 80, "crcl_ml_min": 40},
        "mode": "taper",
        "current_daily_mg": 80,
        "slow_taper": True,
        "medications": ["ITB pump", "loratadine", "paracetamol"],
    },
]
#: English a translated text must not keep (a {field} the program filled in English).
ENGLISH_LEFT = re.compile(r"\b(missing|could not|the patient|is below|doses?|liquid|tablets?)\b")


@pytest.mark.parametrize("request_data", SCENARIOS)
def test_the_alerts_and_notes_of_a_plan_have_whole_spanish_texts(
    request_data: dict[str, object], knowledge: Knowledge
) -> None:
    catalogue = load_message_catalogue(resource("knowledge"), "es")
    assert catalogue is not None
    plan = build_plan(
        PlanRequest.model_validate({"start": "2026-12-01", **request_data}), knowledge
    )
    texts = [(alert.code, alert.message) for alert in plan.alerts]
    texts += [("note", step.note) for step in plan.steps if step.note]
    for key, english in texts:
        spanish = catalogue.translate(key, english, ",")
        assert spanish is not None, (key, english)
        assert not ENGLISH_LEFT.search(spanish), spanish


def test_a_product_name_with_commas_is_translated_whole(knowledge: Knowledge) -> None:
    catalogue = load_message_catalogue(resource("knowledge"), "es")
    assert catalogue is not None
    note = (
        "10 mg/day is too small to split into 4 doses with Baclofen oral granules, 5, 10 and "
        "20 mg packets (Lyvispah); it is given as 2 doses."
    )
    assert catalogue.translate("note", note, ",") == (
        "10 mg/día es demasiado poco para repartirlo en 4 dosis con Baclofeno gránulos orales, "
        "sobres de 5, 10 y 20 mg (Lyvispah); se da en 2 dosis."
    )
