"""Reading medication lines as typed: normalisation, misspellings, confusable names."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from baclofen_desk.core.drug_dictionary import MedicationContext, check_medications
from baclofen_desk.core.drug_matching import name_entries
from baclofen_desk.resources import default_knowledge

ADULT = MedicationContext(age_years=45)


def check(*lines: str, context: MedicationContext = ADULT):
    knowledge = default_knowledge()
    return check_medications(lines, knowledge.drugs, context, knowledge.cite)


def one(line: str):
    [match] = check(line).matches
    return match


@pytest.mark.parametrize(
    ("typed", "name", "ingredients"),
    [
        ("Oxycodone HCl 5mg tab PO q6h PRN", "oxycodone", ("oxycodone",)),
        ("oxycodone hydrochloride 10 mg", "oxycodone", ("oxycodone",)),
        ("LISINOPRIL 10 MG", "lisinopril", ("lisinopril",)),
        ("lisinopril 10 mg daily", "lisinopril", ("lisinopril",)),
        ("tylenol #3", "Tylenol #3", ("acetaminophen", "codeine")),
        ("Tylenol # 4 1-2 tabs q4-6h prn pain", "Tylenol #4", ("acetaminophen", "codeine")),
        ("Tylenol No. 3", "Tylenol #3", ("acetaminophen", "codeine")),
        ("tylenol 3", "Tylenol 3", ("acetaminophen", "codeine")),
        ("tylenol with codeine", "Tylenol with Codeine", ("acetaminophen", "codeine")),
        ("Tylenol w/ Codeine #3", "Tylenol with Codeine #3", ("acetaminophen", "codeine")),
        ("Xanax XR 0.5", "Xanax XR", ("alprazolam",)),
        ("xanax 0.25mg bid", "Xanax", ("alprazolam",)),
        ("Percocet 5/325", "Percocet", ("oxycodone", "acetaminophen")),
        (
            "Percocet 10-325 mg 1 tab every 6 hours as needed",
            "Percocet",
            ("oxycodone", "acetaminophen"),
        ),
        ("tylenol pm", "Tylenol PM", ("acetaminophen", "diphenhydramine")),
        ("Ambien CR 12.5 mg qhs", "Ambien CR", ("zolpidem",)),
        ("Toprol-XL 50", "Toprol-XL", ("metoprolol",)),
        ("metoprolol succinate ER 25 mg", "metoprolol", ("metoprolol",)),
        ("losartan potassium 50 mg", "losartan", ("losartan",)),
        ("Ozobax DS 10 mg/5 mL", "Ozobax DS", ("baclofen",)),
        ("hydrocodone/APAP 5-325", "hydrocodone + APAP", ("hydrocodone", "acetaminophen")),
        ("oxycodone-acetaminophen", "oxycodone + acetaminophen", ("oxycodone", "acetaminophen")),
        ("Fentanyl 25 mcg/hr patch q72h", "fentanyl", ("fentanyl",)),
        ("Lidoderm 5% patch", "Lidoderm", ("lidocaine",)),
        ("Tylénol", "Tylenol", ("acetaminophen",)),
        ("\uff38\uff21\uff2e\uff21\uff38", "Xanax", ("alprazolam",)),
        ("Nyquil", "NyQuil", ("acetaminophen", "dextromethorphan", "doxylamine")),
        ("zzz quil", "ZzzQuil", ("diphenhydramine",)),
    ],
)
def test_lines_as_typed_are_read(typed, name, ingredients):
    match = one(typed)
    assert match.status in {"matched", "duplicate"}, match
    assert match.matched_name == name
    assert match.ingredients == ingredients


def test_a_number_with_a_unit_is_a_strength_not_a_product_number():
    match = one("Tylenol 3 g daily")
    assert match.ingredients == ("acetaminophen",)


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("oxycodon", "oxycodone"),
        ("gabapentine", "gabapentin"),
        ("tizanadine", "tizanidine"),
        ("Zanax 0.5 mg", "Xanax"),
        ("hydroxizine", "hydroxyzine"),
        ("hydralazin", "hydralazine"),
        ("klonazepam", "clonazepam"),
        ("Seroquil", "Seroquel"),
        ("lisinipril 20 mg", "lisinopril"),
        ("amitryptiline", "amitriptyline"),
        ("tylenl pm", "Tylenol PM"),
        ("Neurotin 300 mg tid", "Neurontin"),
        ("cyclobenzeprine", "cyclobenzaprine"),
    ],
)
def test_misspellings_are_read_as_a_close_spelling_naming_the_choice(typed, name):
    result = check(typed)
    [match] = result.matches
    assert match.status == "close"
    assert match.matched_name == name
    assert name in match.note and "close spelling" in match.note
    close = [a for a in result.alerts if a.code == "medication.close_spelling"]
    assert len(close) == 1 and close[0].severity == "caution" and name in close[0].message
    assert result.complete


@pytest.mark.parametrize(
    ("typed", "ingredient"),
    [
        ("arbaclofen", "arbaclofen"),
        ("baclofen", "baclofen"),
        ("L-baclofen", "arbaclofen"),
        ("oxycodone", "oxycodone"),
        ("oxymorphone", "oxymorphone"),
        ("hydroxyzine", "hydroxyzine"),
        ("hydralazine", "hydralazine"),
        ("hydrocodone", "hydrocodone"),
        ("hydrocortisone", "hydrocortisone"),
        ("hydromorphone", "hydromorphone"),
        ("clonidine", "clonidine"),
        ("Klonopin", "clonazepam"),
        ("tramadol", "tramadol"),
        ("trazodone", "trazodone"),
        ("tizanidine", "tizanidine"),
        ("tiagabine", "tiagabine"),
        ("Celebrex", "celecoxib"),
        ("Celexa", "citalopram"),
        ("Cerebyx", "fosphenytoin"),
        ("Zyprexa", "olanzapine"),
        ("Zyrtec", "cetirizine"),
        ("Lamictal", "lamotrigine"),
        ("Lamisil", "terbinafine"),
        ("prednisone", "prednisone"),
        ("prednisolone", "prednisolone"),
        ("methadone", "methadone"),
        ("methylphenidate", "methylphenidate"),
        ("Flomax", "tamsulosin"),
        ("Fosamax", "alendronate"),
        ("chlorpromazine", "chlorpromazine"),
        ("chlorpropamide 100 mg", "chlorpropamide"),
    ],
)
def test_confusable_names_never_read_as_each_other(typed, ingredient):
    match = one(typed)
    if ingredient is None:
        assert match.status == "unrecognized"
    else:
        assert match.status in {"matched", "duplicate"}
        assert match.ingredients == (ingredient,)


def test_a_name_inside_another_word_is_not_matched():
    assert one("arbaclofen 10 mg").ingredients == ("arbaclofen",)
    assert one("megabaclofenate").status == "unrecognized"
    assert one("Percocetamol").ingredients != ("oxycodone", "acetaminophen")


def test_two_equally_close_names_are_ambiguous_with_both():
    result = check("abaclofen")
    [match] = result.matches
    assert match.status == "ambiguous"
    assert set(match.candidates) == {"baclofen", "arbaclofen"}
    assert result.unrecognized == ("abaclofen",)
    assert not result.complete
    [alert] = [a for a in result.alerts if a.code == "medication.ambiguous"]
    assert "baclofen or arbaclofen" in alert.message or "arbaclofen or baclofen" in alert.message
    assert not any(a.code == "medication.duplicate_baclofen" for a in result.alerts)


@pytest.mark.parametrize("typed", ["xyzzy", "qwrtplk 5 mg", "5 mg tid", "", "   ", "!!!", "Кодеин"])
def test_nonsense_is_unrecognised(typed):
    result = check(typed)
    [match] = result.matches
    assert match.status == "unrecognized"
    assert match.input == typed
    assert result.unrecognized == (typed,)
    assert not result.complete
    assert not result.interactions


def test_extra_words_that_are_not_understood_are_reported():
    result = check("Percocet and frobnicate")
    [match] = result.matches
    assert match.status == "matched"
    assert "frobnicate" in match.note
    [alert] = [a for a in result.alerts if a.code == "medication.partly_recognized"]
    assert "frobnicate" in alert.message
    assert not any(a.code == "medication.no_interactions" for a in result.alerts)


def test_two_medicines_on_one_line_are_both_checked():
    match = one("Percocet and gabapentin")
    assert match.ingredients == ("oxycodone", "acetaminophen", "gabapentin")


# --- properties --------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=120), max_size=6))
def test_matching_never_raises_and_never_drops_a_line(lines):
    result = check(*lines)
    assert [m.input for m in result.matches] == lines
    for match in result.matches:
        assert match.status in {
            "matched",
            "close",
            "ambiguous",
            "unrecognized",
            "duplicate",
            "intrathecal",
        }
        if match.status in {"unrecognized", "ambiguous"}:
            assert match.input in result.unrecognized
    assert result.complete == (not result.unrecognized)
    if result.unrecognized:
        assert not any(a.code == "medication.no_interactions" for a in result.alerts)


_CHOICES = default_knowledge().drugs.index().choices
_PUMP_WORDS = set(default_knowledge().drugs.baclofen_line_rules.route_words)


def _far_from_every_name(word: str) -> bool:
    nearest = process.extractOne(word, _CHOICES, scorer=DamerauLevenshtein.distance)
    return nearest is None or nearest[1] > 3


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="bcdfghjklmnpqrstvwxzaeiou", min_size=5, max_size=14))
def test_a_random_word_far_from_every_name_is_never_matched(word):
    assume(_far_from_every_name(word))
    assume(word not in _PUMP_WORDS)  # "intrathecal" alone is an intrathecal pump (P8 v2)
    result = check(word, f"{word} 10 mg tid")
    assert all(m.status == "unrecognized" for m in result.matches)
    assert not result.interactions
    assert not result.complete


_NAMES = sorted({e.name for e in name_entries(default_knowledge().drugs.files)})


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_NAMES),
    st.sampled_from(["", "5 mg", "10mg", "0.5 mg", "25 mcg/hr", "5/325", "100 mg/5 mL"]),
    st.sampled_from(["", "tab", "tablets", "capsule", "oral solution", "patch"]),
    st.sampled_from(["", "po", "by mouth", "SL"]),
    st.sampled_from(["", "daily", "bid", "TID", "q6h", "q4-6h prn", "at bedtime as needed"]),
)
def test_a_dictionary_name_with_dose_words_reads_as_that_name(name, strength, form, route, freq):
    line = " ".join(part for part in (name, strength, form, route, freq) if part)
    index = default_knowledge().drugs.index()
    expected = tuple(dict.fromkeys(i for p in index.read(name).parts for i in p.entry.ingredients))
    match = one(line)
    assert match.status in {"matched", "duplicate", "intrathecal"}, line
    assert match.ingredients == expected, line
