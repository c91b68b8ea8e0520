"""Classes keyed on ATC codes: every class resolves, every code is well-formed, a new drug
with a code is classified with no second edit, look-alikes are never confused, and the
international (INN, Spanish) names and brands are recognised."""

from __future__ import annotations

import pytest

from baclofen_desk.core.drug_classes import ATC_CODE, ATC_PREFIX, ClassIndex
from baclofen_desk.core.drug_dictionary import (
    MedicationContext,
    check_medications,
    load_drug_knowledge,
)
from baclofen_desk.resources import default_knowledge

KNOWLEDGE = default_knowledge()
DRUGS = KNOWLEDGE.drugs
ADULT = MedicationContext(age_years=45, current_daily_mg=30)


def read(line: str):
    [match] = check_medications((line,), DRUGS, ADULT, KNOWLEDGE.cite).matches
    return match


def classes(ingredient: str) -> tuple[str, ...]:
    return DRUGS.ingredients()[ingredient].classes


def test_every_ingredient_code_and_class_prefix_is_well_formed():
    codes = [c for item in DRUGS.ingredients().values() for c in item.atc]
    assert len(codes) > 1000
    assert [c for c in codes if ATC_CODE.fullmatch(c) is None] == []
    prefixes = [p for k in DRUGS.classes.values() for p in (*k.atc, *k.not_atc)]
    assert [p for p in prefixes if ATC_PREFIX.fullmatch(p) is None] == []


def test_every_class_resolves_to_ingredients_and_every_ingredient_to_a_class():
    members = ClassIndex(DRUGS.classes).members(DRUGS.ingredients())
    assert [cid for cid, names in members.items() if not names] == []
    assert [n for n, item in DRUGS.ingredients().items() if not item.classes] == []
    named = {n for k in DRUGS.classes.values() for n in k.ingredients}
    assert named <= set(DRUGS.ingredients())


@pytest.mark.parametrize(
    ("ingredient", "expected"),
    [
        ("oxycodone", ("opioid",)),  # N02AA05 in N02A
        ("methadone", ("opioid",)),  # N07BC02 in N07BC
        ("dextromethorphan", ("other_cns",)),  # R05DA09: left out of the opioid antitussives
        ("lofexidine", ("central_antihypertensive",)),  # N07BC04: left out, taken by name
        ("bromazepam", ("benzodiazepine",)),  # N05BA08
        ("clonazepam", ("benzodiazepine",)),  # N03AE01
        ("gabapentin", ("gabapentinoid",)),  # N03AX12, an exact code
        ("pregabalin", ("gabapentinoid",)),  # N03AX16
        ("lamotrigine", ("antiepileptic",)),  # N03AX09: not all of N03AX interacts
        ("levetiracetam", ("antiepileptic",)),  # N03AX14
        ("baclofen", ("baclofen",)),  # M03BX01: duplicate therapy, not a muscle relaxant
        ("tizanidine", ("muscle_relaxant",)),  # M03BX02
        ("lithium", ("lithium",)),  # N05AN01: left out of the antipsychotics
        ("haloperidol", ("antipsychotic",)),
        ("hydroxyzine", ("sedating_antihistamine",)),  # N05BB01, an exact code
        ("promethazine", ("sedating_antihistamine",)),  # R06AD02
        ("cetirizine", ("antihistamine_less_sedating",)),
        ("loratadine", ("antihistamine_non_sedating",)),  # recognised, no sedative interaction
        ("bilastine", ("antihistamine_non_sedating",)),
        ("moclobemide", ("maoi",)),  # N06AG02
        ("selegiline", ("maoi",)),  # N04BD01: left out of the dopaminergics
        ("levodopa", ("dopaminergic",)),  # N04BA01
        ("amitriptyline", ("tca",)),  # N06AA09
        ("sertraline", ("antidepressant_other",)),  # N06AB06: recognised, no interaction
        ("clonidine", ("central_antihypertensive",)),  # C02AC01, not "other antihypertensive"
        ("hydrochlorothiazide", ("diuretic",)),  # C03
        ("metoprolol", ("beta_blocker",)),  # C07
        ("amlodipine", ("ccb",)),  # C08
        ("ramipril", ("ace_inhibitor",)),  # C09A
        ("losartan", ("arb",)),  # C09C
        ("aspirin", ("antithrombotic",)),  # B01AC06; N02BA01 is left out of the NSAIDs
        ("diflunisal", ("nephrotoxic",)),  # N02BA11
        ("nabumetone", ("nephrotoxic",)),  # M01AX01, an NSAID in "other" M01AX
        ("glucosamine", ("supplement",)),  # M01AX05: left out of the NSAIDs
        ("alcohol", ("alcohol",)),  # no ATC group: taken by name
        ("kratom", ("opioid",)),
        ("arbaclofen", ("gaba_b_agonist",)),
    ],
)
def test_classes_follow_the_atc_codes(ingredient, expected):
    assert classes(ingredient) == expected


def test_a_new_drug_with_a_code_is_classified_with_no_second_edit(knowledge_copy):
    (knowledge_copy / "drugs" / "zz_extra.toml").write_text(
        'sources = ["NAMES"]\n[ingredients]\nnewazepam = "N05BA99: Newzep"\n'
        'newfloxacin = "J01MA99"\n',
        encoding="utf-8",
    )
    drugs = load_drug_knowledge(knowledge_copy)
    assert drugs.ingredients()["newazepam"].classes == ("benzodiazepine",)
    assert drugs.ingredients()["newfloxacin"].classes == ("anti_infective",)


LOOK_ALIKES = [
    ("hydroxyzine", "hydralazine"),
    ("oxycodone", "oxymorphone"),
    ("arbaclofen", "baclofen"),
    ("clonazepam", "clonidine"),
    ("tizanidine", "tiagabine"),
]


@pytest.mark.parametrize(("one", "other"), LOOK_ALIKES + [(b, a) for a, b in LOOK_ALIKES])
def test_look_alikes_are_never_read_as_each_other(one, other):
    assert read(one).ingredients == (one,)
    assert read(f"{one} 10 mg tid").ingredients == (one,)
    for typo in (one[:-1], one[1:], one[:3] + one[4:], one[:-2] + one[-1] + one[-2]):
        match = read(typo)
        assert other not in match.ingredients, typo
        assert other not in match.candidates or match.status == "ambiguous", typo


@pytest.mark.parametrize(
    ("typed", "ingredient"),
    [
        ("bromazepán 1,5 mg", "bromazepam"),
        ("lormetazepam 1 mg", "lormetazepam"),
        ("lorazepán", "lorazepam"),
        ("gabapentina 300 mg", "gabapentin"),
        ("pregabalina", "pregabalin"),
        ("metamizol 575 mg", "metamizole"),
        ("dipyrone", "metamizole"),
        ("Nolotil", "metamizole"),
        ("Orfidal", "lorazepam"),
        ("Lexatin 3 mg", "bromazepam"),
        ("Noctamid", "lormetazepam"),
        ("Adiro 100", "aspirin"),
        ("Sintrom 4 mg", "acenocoumarol"),
        ("paracetamol 1 g", "acetaminophen"),
        ("salbutamol inhaler", "albuterol"),
        ("pethidine", "meperidine"),
        ("hidroclorotiazida 25 mg", "hydrochlorothiazide"),
        ("amlodipino 5 mg", "amlodipine"),
        ("Trankimazin", "alprazolam"),
        ("Lyrica 75 mg", "pregabalin"),
        ("Zaldiar", "tramadol"),
    ],
)
def test_international_names_and_brands_are_recognised(typed, ingredient):
    match = read(typed)
    assert match.status == "matched", typed
    assert ingredient in match.ingredients
