"""The window in Spanish: every text translated, numbers and dates as Spanish writes them."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)

from baclofen_desk.ui import knowledge_texts, translation_catalogues
from baclofen_desk.ui.help_dialog import how_to_use_html
from baclofen_desk.ui.main_window import MainWindow
from baclofen_desk.ui.numbers import day, number
from baclofen_desk.ui.preferences import Preferences
from baclofen_desk.ui.preferences_dialog import PreferencesDialog
from baclofen_desk.ui.schedule_model import GIVE
from baclofen_desk.ui.translations import install_translators, remove_translators, window_locale
from tests.ui.driving import type_into, type_medications, type_patient
from tests.ui.test_layout import TEN_MEDICATIONS, older_adult, resized, titles_in_full

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from baclofen_desk.core.knowledge import Knowledge


@pytest.fixture
def spanish(qapp: Any, compiled_catalogues: None) -> Iterator[None]:
    """The window's translators and locale in Spanish for one test, English after it."""
    installed = install_translators(qapp, "es")
    assert [t.language() for t in installed][:1] == ["es_ES"]
    yield
    remove_translators(qapp, installed)


@pytest.fixture
def window_es(spanish: None, qtbot: QtBot, knowledge: Knowledge) -> MainWindow:
    main = MainWindow(knowledge)
    qtbot.addWidget(main, before_close_func=lambda w: w.document.set_modified(False))
    main.show()
    qtbot.waitExposed(main)
    return main


def shown_texts(root: QWidget) -> set[str]:
    """What a user can read or hear in `root`: labels, buttons, tabs, tips, items, menus."""
    texts: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        texts.update((widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()))
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            texts.update(widget.item(i).text() for i in range(widget.count()))
        if isinstance(widget, QMenu):
            texts.add(widget.title())
        for action in widget.actions():
            texts.update((action.text(), action.toolTip()))
    return {text for text in texts if text.strip()}


def english_sources() -> dict[str, str]:
    """Each English window text (as shown: without its mnemonic) -> its Spanish text."""
    ts = translation_catalogues.ts_file("es")
    return {
        source.replace("&", ""): (text or "").replace("&", "")
        for (_, source), text in translation_catalogues.messages(ts).items()
    }


#: Words that give away an English sentence left in the Spanish window.
ENGLISH = re.compile(r"\b(the|and|with|from|not|is|are|years|entered|unknown|dose|tablets?)\b")
#: Parts that are the same in both languages: citations, names, what the user typed.
NOT_TRANSLATED = re.compile(r"^(Fuente|Source): .*$|^[a-z].* (q\dh|mg|daily|at night).*$", re.M)


def untranslated(texts: set[str]) -> list[str]:
    sources = english_sources()
    left = []
    for text in texts:
        shown = text.replace("&", "")
        same_as_english = shown in sources and sources[shown] != shown
        if same_as_english or ENGLISH.search(NOT_TRANSLATED.sub("", shown)):
            left.append(text)
    return sorted(left)


def test_every_text_of_the_window_with_a_plan_is_spanish(
    qtbot: QtBot, window_es: MainWindow
) -> None:
    type_patient(qtbot, window_es, age_years="78", weight_kg="70", crcl_ml_min="40")
    type_medications(qtbot, window_es, "oxycodone 5 mg q6h", "sertraline 50 mg daily")
    assert window_es.document.state.plan is not None
    assert untranslated(shown_texts(window_es)) == []


def test_every_text_of_the_empty_window_and_its_dialogs_is_spanish(
    qtbot: QtBot, window_es: MainWindow, knowledge: Knowledge
) -> None:
    dialog = PreferencesDialog(Preferences(), knowledge, window_es)
    texts = shown_texts(window_es) | shown_texts(dialog)
    assert untranslated(texts) == []
    note = "El nuevo idioma de la ventana se aplica la próxima vez que se abra Baclofen Desk."
    assert note in texts


def test_a_dose_typed_with_a_decimal_comma_is_that_dose(
    qtbot: QtBot, window_es: MainWindow
) -> None:
    type_patient(qtbot, window_es, age_years="45", weight_kg="70")
    plan_panel = window_es.editor.plan
    window_es.editor.tabs.setCurrentWidget(window_es.editor.plan_page)
    plan_panel.taper.setChecked(True)
    type_into(qtbot, plan_panel.current, "2,5")
    request = window_es.document.request
    assert request is not None
    assert request.current_daily_mg == 2.5
    assert plan_panel.current.text() == "2,5 mg/día"


def test_numbers_and_dates_are_written_the_spanish_way(spanish: None) -> None:
    assert number(26.666) == "26,67"
    assert number(7.5) == "7,5"
    assert day(dt.date(2026, 12, 1)) == "1 dic 2026"


def test_alerts_and_interactions_come_from_the_spanish_knowledge_texts(
    qtbot: QtBot, window_es: MainWindow
) -> None:
    type_patient(qtbot, window_es, age_years="45", weight_kg="70", crcl_ml_min="40,5")
    type_medications(qtbot, window_es, "oxycodone 5 mg q6h")
    alerts = window_es.results.alerts.texts()
    assert alerts[0].splitlines()[0] == (
        "ADVERTENCIA: Insuficiencia renal moderada (CrCl 40,5 mL/min): las dosis sugeridas y el "
        "máximo se reducen a la mitad y se redondean a la baja; un objetivo escrito o la dosis "
        "actual se mantienen dentro de ese máximo. El baclofeno se acumula; vigile de cerca el "
        "estado mental."
    )
    interaction = window_es.results.interactions.texts()[0].splitlines()
    assert interaction[0] == "MAYOR: oxycodone (Opioide) — oxycodone 5 mg q6h"
    assert interaction[2] == (
        "Evítelo salvo que las alternativas no basten; use las dosis más bajas durante el menor "
        "tiempo; vigile la sedación y la frecuencia respiratoria; informe sobre la naloxona."
    )


def test_a_text_without_spanish_is_shown_in_english_and_says_so(
    qtbot: QtBot, window_es: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue = knowledge_texts.catalogue()
    assert catalogue is not None
    pairs = {key: pairs for key, pairs in catalogue.pairs.items() if key != "kidney.moderate"}
    missing = (("kidney.moderate", "Moderate kidney impairment ..."),)
    fewer = type(catalogue)(catalogue.language, pairs, missing, (), catalogue.fragments)
    monkeypatch.setattr(knowledge_texts, "_catalogue", fewer)
    type_patient(qtbot, window_es, age_years="45", weight_kg="70", crcl_ml_min="40")
    lines = window_es.results.alerts.texts()[0].splitlines()
    assert lines[0].startswith("ADVERTENCIA: Moderate kidney impairment (CrCl 40 mL/min)")
    assert lines[1] == "(aún sin traducir: se muestra en inglés)"
    # while one text is missing, the translated ones show their English under them
    follow_up = next(text for text in window_es.results.alerts.texts() if "40-80" in text)
    assert "\nEn inglés: Usual effective range 40-80 mg/day" in follow_up


def test_the_window_language_is_a_preference(qtbot: QtBot, knowledge: Knowledge) -> None:
    dialog = PreferencesDialog(Preferences(), knowledge)
    qtbot.addWidget(dialog)
    assert dialog.window_language.value() == "system"
    dialog.window_language.set_value("es")
    dialog.accept()
    assert dialog.result_preferences().window_language == "es"


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", "es_MX", "es_MX"),
        ("system", "en_GB", "en_GB"),
        ("es", "es_MX", "es_MX"),
        ("es", "de_DE", "es_ES"),
        ("en", "es_ES", "en_US"),
        ("en", "en_GB", "en_GB"),
    ],
)
def test_the_chosen_language_keeps_the_systems_country_when_it_speaks_it(
    choice: Any, system: str, expected: str
) -> None:
    assert window_locale(choice, QLocale(system)).name() == expected


def test_a_refused_value_is_explained_in_spanish(qtbot: QtBot, window_es: MainWindow) -> None:
    marks = window_es.editor.patient.marks
    assert marks.message("age_years") == "Obligatorio"
    type_patient(qtbot, window_es, age_years="200")
    assert marks.message("age_years") == "Debe ser como mucho 120"
    type_patient(qtbot, window_es, age_years="45", weight_kg="70", scr="25")
    assert marks.message("scr") == (
        "la creatinina sérica de 25 mg/dL está por encima del límite plausible de 20 mg/dL; "
        "revise el valor y su unidad"
    )


def test_spanish_mnemonics_are_unique_and_leave_the_menus_free(
    qtbot: QtBot, window_es: MainWindow
) -> None:
    type_patient(qtbot, window_es, age_years="45", weight_kg="70", crcl_ml_min="20")
    assert window_es.results.alerts.override.isVisible()
    letters: dict[str, str] = {}
    for widget in window_es.findChildren(QLabel) + window_es.findChildren(QAbstractButton):
        match = re.search(r"&(\w)", widget.text())
        if match is None or not widget.isVisibleTo(window_es):
            continue
        letter = match.group(1).lower()
        assert letter not in letters, (
            f"{widget.text()!r} and {letters[letter]!r} share Alt+{letter}"
        )
        letters[letter] = widget.text()
    menus = {re.search(r"&(\w)", a.text()).group(1).lower() for a in window_es.menuBar().actions()}
    assert menus == {"a", "e", "y"}
    assert not menus & set(letters)


def test_the_guide_is_in_spanish(spanish: None) -> None:
    html = how_to_use_html()
    assert "<h2>Cómo usar Baclofen Desk</h2>" in html
    assert "<b>Anular alerta crítica con motivo</b>" in html


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1024, 700)])
def test_every_spanish_tab_title_is_in_full_sight_with_ten_medications(
    qtbot: QtBot, window_es: MainWindow, width: int, height: int
) -> None:
    resized(qtbot, window_es, width, height)
    type_medications(qtbot, window_es, *TEN_MEDICATIONS)
    plan = [] if window_es.editor.side_by_side() else ["Plan"]
    assert titles_in_full(window_es) == ["Paciente", "Medicación (10)", *plan, "Historial"]


def test_at_1024_by_700_no_spanish_schedule_column_is_cut(
    qtbot: QtBot, window_es: MainWindow
) -> None:
    resized(qtbot, window_es, 1024, 700)
    older_adult(qtbot, window_es)
    table = window_es.results.table
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    give = window_es.results.schedule.index(0, GIVE).data()
    assert give.endswith(" comp.")  # the abbreviation a Spanish prescription uses
