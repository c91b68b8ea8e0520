"""Doses in the patient's units and the language's way of writing numbers and dates."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from baclofen_desk.core.product_units import Amount, NotDispensable, dose_amount, total_amount
from baclofen_desk.report.patient_units import PatientUnits
from baclofen_desk.report.wording import Wording
from baclofen_desk.resources import default_knowledge
from tests.report.conftest import NBSP


def load_catalogue(lang: str):
    return default_knowledge().handout.catalogue(lang)


def units(knowledge, product: str, lang: str = "en") -> PatientUnits:
    return PatientUnits(knowledge.products[product], Wording(load_catalogue(lang)))


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


@pytest.mark.parametrize(
    ("product", "lang", "mg", "expected"),
    [
        ("tablet-10", "en", 10, "1 tablet (10 mg)"),
        ("tablet-10", "en", 5, "½ tablet (5 mg)"),
        ("tablet-10", "en", 15, "1½ tablets (15 mg)"),
        ("tablet-10", "en", 20, "2 tablets (20 mg)"),
        ("tablet-10", "es", 5, "½ comprimido (5 mg)"),
        ("tablet-10", "es", 10, "1 comprimido (10 mg)"),
        ("tablet-10", "es", 15, "1½ comprimidos (15 mg)"),
        ("tablet-5", "en", 2.5, "½ tablet (2.5 mg)"),
        ("tablet-5", "es", 2.5, "½ comprimido (2,5 mg)"),
        ("solution-1mg-ml", "en", 5, "5 mL (5 mg)"),
        ("solution-1mg-ml", "es", 2.5, "2,5 mL (2,5 mg)"),
        ("solution-2mg-ml", "en", 7, "3.5 mL (7 mg)"),
        ("suspension-5mg-ml", "en", 12.5, "2.5 mL (12.5 mg)"),
        ("granules", "en", 15, "1 packet of 10 mg + 1 packet of 5 mg (15 mg)"),
        ("granules", "en", 40, "2 packets of 20 mg (40 mg)"),
        ("granules", "es", 35, "1 sobre de 20 mg + 1 sobre de 10 mg + 1 sobre de 5 mg (35 mg)"),
    ],
)
def test_a_dose_in_patient_units(knowledge, product, lang, mg, expected):
    assert plain(units(knowledge, product, lang).dose(mg)) == expected


@pytest.mark.parametrize(
    ("product", "lang", "large", "mg", "expected"),
    [
        ("tablet-10", "en", False, 15, "1½ tab."),
        ("tablet-10", "es", False, 5, "½ comp."),
        ("tablet-10", "en", True, 15, "1½"),
        ("solution-1mg-ml", "es", False, 7.5, "7,5 mL"),
        ("granules", "en", False, 15, "15 mg"),
    ],
)
def test_a_dose_in_a_calendar_cell(knowledge, product, lang, large, mg, expected):
    assert plain(units(knowledge, product, lang).short(mg, count_only=large)) == expected


def test_only_whole_and_half_tablets(knowledge):
    assert dose_amount(15, knowledge.products["tablet-10"]) == Amount("tablet", Fraction(3, 2))
    with pytest.raises(NotDispensable):
        dose_amount(12.5, knowledge.products["tablet-10"])


def test_packets_use_the_largest_first(knowledge):
    granules = knowledge.products["granules"]
    assert dose_amount(75, granules).packets == (
        (Fraction(20), 3),
        (Fraction(10), 1),
        (Fraction(5), 1),
    )
    with pytest.raises(NotDispensable):
        dose_amount(7.5, granules)


@pytest.mark.parametrize(
    ("product", "doses", "days", "expected"),
    [
        ("tablet-10", (5, 5, 10), 3, Amount("tablet", Fraction(6))),
        ("tablet-10", (5,), 3, Amount("tablet", Fraction(3, 2))),
        ("solution-1mg-ml", (2.5, 2.5), 2, Amount("liquid", Fraction(10))),
        ("granules", (15, 5), 2, Amount("granules", packets=((Fraction(10), 2), (Fraction(5), 4)))),
    ],
)
def test_amounts_add_up_over_doses_and_days(knowledge, product, doses, days, expected):
    assert total_amount(doses, knowledge.products[product]).times(days) == expected


def test_a_half_in_a_total_is_seen(knowledge):
    assert total_amount((5, 10), knowledge.products["tablet-10"]).has_half
    assert not total_amount((5, 5), knowledge.products["tablet-10"]).has_half


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ("December 1, 2026", "Dec 1, 2026", "Tue Dec 1", "Dec 1, 2026 to Jan 5, 2027")),
        (
            "es",
            ("1 de diciembre de 2026", "1 dic 2026", "mar 1 dic", "Del 1 dic 2026 al 5 ene 2027"),
        ),
    ],
)
def test_dates_in_each_language(lang, expected):
    words = Wording(load_catalogue(lang))
    day = dt.date(2026, 12, 1)
    written = (
        words.date_full(day),
        words.date_year(day),
        words.day_cell(day),
        words.date_range(day, dt.date(2027, 1, 5)),
    )
    assert tuple(plain(text) for text in written) == expected


def test_same_year_is_written_once():
    words = Wording(load_catalogue("en"))
    assert plain(words.date_range(dt.date(2026, 12, 1), dt.date(2026, 12, 3))) == (
        "Dec 1 to Dec 3, 2026"
    )


@pytest.mark.parametrize(
    ("lang", "time", "expected"),
    [
        ("en", "08:00", "8:00 am"),
        ("en", "12:00", "12:00 pm"),
        ("en", "20:30", "8:30 pm"),
        ("en", "00:15", "12:15 am"),
        ("es", "08:00", "8:00 a. m."),
        ("es", "20:00", "8:00 p. m."),
    ],
)
def test_clock_times(lang, time, expected):
    assert plain(Wording(load_catalogue(lang)).clock(time)) == expected


def test_spanish_decimals_use_a_comma():
    words = Wording(load_catalogue("es"))
    assert plain(words.mg(2.5)) == "2,5 mg"
    assert plain(words.ml(Fraction(15, 2))) == "7,5 mL"
