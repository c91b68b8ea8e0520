"""Interactions per class, brand and combination product; escalation, duplicate therapy,
sedative burden; and the plan never claims 'no interactions' while anything is unknown."""

from __future__ import annotations

import pytest

from baclofen_desk.core.drug_dictionary import MedicationContext, check_medications
from baclofen_desk.resources import default_knowledge
from tests.helpers import codes, plan

ADULT = MedicationContext(age_years=45)


def check(*lines: str, context: MedicationContext = ADULT):
    knowledge = default_knowledge()
    return check_medications(lines, knowledge.drugs, context, knowledge.cite)


def found(*lines: str, context: MedicationContext = ADULT) -> dict[tuple[str, str], str]:
    """(drug, class) -> severity."""
    return {(i.drug, i.drug_class): i.severity for i in check(*lines, context=context).interactions}


# --- the examples --------------------------------------------------------------


def test_percocet_lisinopril_and_xyzzy():
    result = check("Percocet", "lisinopril 10 mg daily", "xyzzy")
    by_drug = {i.drug: i for i in result.interactions}
    assert by_drug["oxycodone"].drug_class == "opioid"
    assert by_drug["oxycodone"].severity == "major"
    assert by_drug["oxycodone"].input == "Percocet"
    assert by_drug["lisinopril"].class_label.startswith("Blood pressure")
    assert by_drug["lisinopril"].input == "lisinopril 10 mg daily"
    assert "acetaminophen" not in by_drug
    assert result.unrecognized == ("xyzzy",)
    assert not result.complete
    assert [m.status for m in result.matches] == ["matched", "matched", "unrecognized"]
    unrecognized = [a for a in result.alerts if a.code == "medication.unrecognized"]
    assert len(unrecognized) == 1 and '"xyzzy"' in unrecognized[0].message
    assert unrecognized[0].severity == "warning"


@pytest.mark.parametrize(
    "line", ["atorvastatin", "amoxicillin 500 mg tid", "omeprazole", "Eliquis"]
)
def test_common_drugs_are_recognised_with_no_interaction(line):
    result = check(line)
    [match] = result.matches
    assert match.status == "matched"
    assert not result.interactions
    assert result.complete
    [alert] = [a for a in result.alerts if a.code == "medication.no_interactions"]
    assert alert.severity == "info"


def test_no_medications_says_so():
    result = check()
    assert result.complete
    assert [a.code for a in result.alerts] == ["medication.none_listed"]


# --- per class -----------------------------------------------------------------------------

CLASS_EXAMPLES = [
    ("oxycodone", "opioid", "major"),
    ("codeine", "opioid", "major"),
    ("tramadol", "opioid", "major"),
    ("buprenorphine", "opioid", "major"),
    ("diphenoxylate", "opioid_antidiarrheal", "moderate"),
    ("sodium oxybate", "oxybate", "major"),
    ("Xywav", "oxybate", "major"),
    ("alprazolam", "benzodiazepine", "moderate"),
    ("zolpidem", "hypnotic", "moderate"),
    ("suvorexant", "hypnotic", "moderate"),
    ("phenobarbital", "barbiturate", "moderate"),
    ("gabapentin", "gabapentinoid", "moderate"),
    ("pregabalin", "gabapentinoid", "moderate"),
    ("tizanidine", "muscle_relaxant", "moderate"),
    ("cyclobenzaprine", "muscle_relaxant", "moderate"),
    ("diphenhydramine", "sedating_antihistamine", "moderate"),
    ("cetirizine", "antihistamine_less_sedating", "moderate"),
    ("alcohol", "alcohol", "moderate"),
    ("amitriptyline", "tca", "moderate"),
    ("phenelzine", "maoi", "moderate"),
    ("linezolid", "maoi", "moderate"),
    ("methylene blue", "maoi", "moderate"),
    ("quetiapine", "antipsychotic", "moderate"),
    ("trazodone", "sedating_antidepressant", "moderate"),
    ("mirtazapine", "sedating_antidepressant", "moderate"),
    ("dronabinol", "cannabinoid", "moderate"),
    ("cannabis", "cannabinoid", "moderate"),
    ("clonidine", "central_antihypertensive", "moderate"),
    ("lisinopril", "ace_inhibitor", "minor"),
    ("losartan", "arb", "minor"),
    ("amlodipine", "ccb", "minor"),
    ("metoprolol", "beta_blocker", "minor"),
    ("aliskiren", "other_antihypertensive", "minor"),
    ("doxazosin", "alpha_blocker", "moderate"),
    ("tamsulosin", "alpha_blocker", "moderate"),
    ("hydralazine", "vasodilator", "moderate"),
    ("minoxidil", "vasodilator", "moderate"),
    ("isosorbide mononitrate", "nitrate", "moderate"),
    ("nitroglycerin", "nitrate", "moderate"),
    ("sildenafil", "pde5_inhibitor", "minor"),
    ("furosemide", "diuretic", "minor"),
    ("hydrochlorothiazide", "diuretic", "minor"),
    ("levodopa", "dopaminergic", "moderate"),
    ("pramipexole", "dopaminergic", "moderate"),
    ("lithium", "lithium", "moderate"),
    ("metformin", "antidiabetic", "minor"),
    ("insulin glargine", "antidiabetic", "minor"),
    ("ibuprofen", "nephrotoxic", "minor"),
    ("gentamicin", "nephrotoxic", "minor"),
    ("probenecid", "renal_secretion", "minor"),
    ("propofol", "anesthetic", "moderate"),
    ("rocuronium", "neuromuscular_blocker", "moderate"),
    ("dextromethorphan", "other_cns", "moderate"),
    ("flumazenil", "benzodiazepine_antagonist", "minor"),
    ("arbaclofen", "gaba_b_agonist", "major"),
]


@pytest.mark.parametrize(("line", "class_id", "severity"), CLASS_EXAMPLES)
def test_each_class_gives_its_tier(line, class_id, severity):
    interactions = check(line).interactions
    assert any(i.drug_class == class_id and i.severity == severity for i in interactions), (
        line,
        [(i.drug_class, i.severity) for i in interactions],
    )
    for interaction in interactions:
        assert interaction.advice and interaction.effect and interaction.source
        assert interaction.escalated_because is None


def test_every_interacting_class_is_reported_for_each_member():
    knowledge = default_knowledge().drugs
    for name, item in knowledge.ingredients().items():
        expected = {c for c in item.classes if knowledge.classes[c].interacts}
        reported = {i.drug_class for i in check(name).interactions}
        assert reported == expected, name


# --- brands across classes ---------------------------------------------------------------

BRANDS = [
    ("Xanax", "alprazolam", "benzodiazepine"),
    ("Ativan", "lorazepam", "benzodiazepine"),
    ("Klonopin", "clonazepam", "benzodiazepine"),
    ("Valium", "diazepam", "benzodiazepine"),
    ("Neurontin", "gabapentin", "gabapentinoid"),
    ("Lyrica", "pregabalin", "gabapentinoid"),
    ("Zanaflex", "tizanidine", "muscle_relaxant"),
    ("Flexeril", "cyclobenzaprine", "muscle_relaxant"),
    ("Soma", "carisoprodol", "muscle_relaxant"),
    ("Robaxin", "methocarbamol", "muscle_relaxant"),
    ("Ambien", "zolpidem", "hypnotic"),
    ("Lunesta", "eszopiclone", "hypnotic"),
    ("Benadryl", "diphenhydramine", "sedating_antihistamine"),
    ("Phenergan", "promethazine", "sedating_antihistamine"),
    ("Vistaril", "hydroxyzine", "sedating_antihistamine"),
    ("Seroquel", "quetiapine", "antipsychotic"),
    ("Zyprexa", "olanzapine", "antipsychotic"),
    ("Elavil", "amitriptyline", "tca"),
    ("Pamelor", "nortriptyline", "tca"),
    ("Desyrel", "trazodone", "sedating_antidepressant"),
    ("Remeron", "mirtazapine", "sedating_antidepressant"),
    ("Nardil", "phenelzine", "maoi"),
    ("Zyvox", "linezolid", "maoi"),
    ("Sinemet", "levodopa", "dopaminergic"),
    ("Requip", "ropinirole", "dopaminergic"),
    ("Lasix", "furosemide", "diuretic"),
    ("Norvasc", "amlodipine", "ccb"),
    ("Zestril", "lisinopril", "ace_inhibitor"),
    ("Cozaar", "losartan", "arb"),
    ("Toprol-XL", "metoprolol", "beta_blocker"),
    ("Flomax", "tamsulosin", "alpha_blocker"),
    ("Catapres", "clonidine", "central_antihypertensive"),
    ("Imdur", "isosorbide mononitrate", "nitrate"),
    ("Viagra", "sildenafil", "pde5_inhibitor"),
    ("Norco", "hydrocodone", "opioid"),
    ("Tylenol #3", "codeine", "opioid"),
    ("Suboxone", "buprenorphine", "opioid"),
    ("OxyContin", "oxycodone", "opioid"),
    ("Dilaudid", "hydromorphone", "opioid"),
    ("Xyrem", "sodium oxybate", "oxybate"),
    ("Lithobid", "lithium", "lithium"),
    ("Glucophage", "metformin", "antidiabetic"),
    ("Lantus", "insulin glargine", "antidiabetic"),
    ("Ozempic", "semaglutide", "antidiabetic"),
    ("Advil", "ibuprofen", "nephrotoxic"),
    ("Aleve", "naproxen", "nephrotoxic"),
    ("Celebrex", "celecoxib", "nephrotoxic"),
    ("Marinol", "dronabinol", "cannabinoid"),
    ("Reglan", "metoclopramide", "other_cns"),
    ("Zyrtec", "cetirizine", "antihistamine_less_sedating"),
]


@pytest.mark.parametrize(("brand", "drug", "class_id"), BRANDS)
def test_brands_are_flagged_with_their_ingredient_and_class(brand, drug, class_id):
    result = check(brand)
    [match] = result.matches
    assert match.status == "matched"
    assert match.matched_name.casefold() == brand.casefold()
    assert drug in match.ingredients
    assert any(i.drug == drug and i.drug_class == class_id for i in result.interactions)


# --- combination products -----------------------------------------------------------------

COMBINATIONS = [
    ("Percocet", {"oxycodone", "acetaminophen"}),
    ("Endocet", {"oxycodone", "acetaminophen"}),
    ("Norco", {"hydrocodone", "acetaminophen"}),
    ("Vicodin", {"hydrocodone", "acetaminophen"}),
    ("Lortab", {"hydrocodone", "acetaminophen"}),
    ("Tylenol #3", {"acetaminophen", "codeine"}),
    ("Tylenol #4", {"acetaminophen", "codeine"}),
    ("tylenol with codeine", {"acetaminophen", "codeine"}),
    ("Tylenol PM", {"acetaminophen", "diphenhydramine"}),
    ("Advil PM", {"ibuprofen", "diphenhydramine"}),
    ("NyQuil", {"acetaminophen", "dextromethorphan", "doxylamine"}),
    ("ZzzQuil", {"diphenhydramine"}),
    ("Suboxone", {"buprenorphine", "naloxone"}),
    ("Zubsolv", {"buprenorphine", "naloxone"}),
    ("Sinemet", {"carbidopa", "levodopa"}),
    ("Rytary", {"carbidopa", "levodopa"}),
    ("Stalevo", {"carbidopa", "levodopa", "entacapone"}),
    ("Lotrel", {"amlodipine", "benazepril"}),
    ("Hyzaar", {"losartan", "hydrochlorothiazide"}),
    ("Zestoretic", {"lisinopril", "hydrochlorothiazide"}),
    ("Exforge", {"amlodipine", "valsartan"}),
    ("Ultracet", {"tramadol", "acetaminophen"}),
    ("Fioricet", {"butalbital", "acetaminophen", "caffeine"}),
    ("Librax", {"chlordiazepoxide", "clidinium"}),
    ("Diclegis", {"doxylamine", "pyridoxine"}),
    ("Entresto", {"sacubitril", "valsartan"}),
    ("Norgesic", {"orphenadrine", "aspirin", "caffeine"}),
    ("Symbyax", {"olanzapine", "fluoxetine"}),
]


@pytest.mark.parametrize(("product", "ingredients"), COMBINATIONS)
def test_combination_products_give_every_ingredient(product, ingredients):
    result = check(product)
    [match] = result.matches
    assert set(match.ingredients) == ingredients
    knowledge = default_knowledge().drugs
    for ingredient in ingredients:
        for class_id in knowledge.ingredients()[ingredient].classes:
            if knowledge.classes[class_id].interacts:
                assert any(
                    i.drug == ingredient and i.drug_class == class_id and i.input == product
                    for i in result.interactions
                )


def test_every_dictionary_product_gives_all_its_ingredients():
    knowledge = default_knowledge().drugs
    for spec in knowledge.files.values():
        for product, parts in spec.products.items():
            [match] = check(product).matches
            assert set(match.ingredients) == set(parts), product


# --- escalation (P8) -------------------------------------------------------------------------


def _benzo(*extra: str, **context: object):
    result = check("Xanax", *extra, context=MedicationContext(**{"age_years": 45, **context}))
    return next(i for i in result.interactions if i.drug == "alprazolam")


def test_no_trigger_keeps_the_tier():
    interaction = _benzo()
    assert interaction.severity == "moderate"
    assert interaction.escalated_because is None


def test_an_opioid_also_listed_raises_sedatives_one_tier():
    interaction = _benzo("Percocet")
    assert interaction.severity == "major"
    assert "opioid" in interaction.escalated_because
    assert "oxycodone" in interaction.escalated_because


def test_age_65_raises_sedatives_but_64_does_not():
    assert _benzo(age_years=65).severity == "major"
    assert "65" in _benzo(age_years=65).escalated_because
    assert _benzo(age_years=64).severity == "moderate"


def test_crcl_below_50_raises_sedatives_but_50_does_not():
    assert _benzo(crcl_ml_min=40).severity == "major"
    assert "40" in _benzo(crcl_ml_min=40).escalated_because
    assert _benzo(crcl_ml_min=50).severity == "moderate"


def test_dialysis_counts_as_low_kidney_function():
    interaction = _benzo(dialysis=True)
    assert interaction.severity == "major"
    assert "dialysis" in interaction.escalated_because


def test_all_triggers_are_named_but_raise_only_one_tier():
    interaction = _benzo("oxycodone", age_years=80, crcl_ml_min=20)
    assert interaction.severity == "major"
    for word in ("opioid", "80", "20"):
        assert word in interaction.escalated_because


@pytest.mark.parametrize("line", ["gabapentin", "zolpidem", "tizanidine", "diphenhydramine"])
def test_other_sedatives_are_raised_too(line):
    old = MedicationContext(age_years=70)
    [interaction] = check(line, context=old).interactions
    assert interaction.severity == "major"


def test_blood_pressure_classes_are_not_raised_by_age_or_kidney():
    context = MedicationContext(age_years=80, crcl_ml_min=20)
    [interaction] = check("lisinopril", context=context).interactions
    assert interaction.severity == "minor"
    assert interaction.escalated_because is None


def test_an_opioid_does_not_raise_itself():
    result = check("oxycodone", context=MedicationContext(age_years=80, crcl_ml_min=20))
    [interaction] = result.interactions
    assert interaction.severity == "major"
    assert interaction.escalated_because is None


def test_nephrotoxic_drugs_are_raised_by_low_kidney_function_only():
    assert found("ibuprofen")[("ibuprofen", "nephrotoxic")] == "minor"
    low = MedicationContext(age_years=45, crcl_ml_min=30)
    assert found("ibuprofen", context=low)[("ibuprofen", "nephrotoxic")] == "moderate"
    old = MedicationContext(age_years=90)
    assert found("ibuprofen", context=old)[("ibuprofen", "nephrotoxic")] == "minor"


def test_escalation_through_the_plan_uses_kidney_and_dialysis():
    p = plan(age_years=45, crcl_ml_min=40, medications=("Xanax",))
    [interaction] = p.interactions
    assert interaction.severity == "major"
    p = plan(age_years=45, dialysis=True, medications=("Xanax",))
    [interaction] = p.interactions
    assert interaction.severity == "major" and "dialysis" in interaction.escalated_because
    p = plan(age_years=45, egfr=45, medications=("Xanax",))
    [interaction] = p.interactions
    assert interaction.severity == "major"


# --- duplicate therapy ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "baclofen 10 mg tid",
        "Baclofen 20mg PO QID",
        "Lioresal",
        "Ozobax 5 mL",
        "Ozobax DS",
        "Fleqsuvy",
        "Lyvispah 5 mg granules",
        "Kemstro",
        "baclofin 10 mg",
    ],
)
def test_baclofen_itself_is_duplicate_therapy(line):
    result = check(line)
    [match] = result.matches
    assert match.status == "duplicate"
    assert match.ingredients == ("baclofen",)
    [alert] = [a for a in result.alerts if a.code == "medication.duplicate_baclofen"]
    assert alert.severity == "warning"
    assert line in alert.message
    assert not result.interactions
    assert not any(a.code == "medication.no_interactions" for a in result.alerts)


@pytest.mark.parametrize("line", ["arbaclofen", "arbaclofen ER 20 mg", "L-baclofen", "R-baclofen"])
def test_arbaclofen_is_not_baclofen(line):
    result = check(line)
    [match] = result.matches
    assert match.status == "matched"
    assert match.ingredients == ("arbaclofen",)
    assert not any(a.code == "medication.duplicate_baclofen" for a in result.alerts)


# --- sedative burden ------------------------------------------------------------------------------


def _burden(*lines: str):
    return [a for a in check(*lines).alerts if a.code == "medication.sedative_burden"]


def test_baclofen_plus_two_cns_depressants_is_a_sedative_burden():
    [alert] = _burden("oxycodone", "Xanax 0.5 mg")
    assert alert.severity == "warning"
    assert "3 CNS depressants" in alert.message
    assert "oxycodone" in alert.message and "alprazolam" in alert.message


def test_one_other_cns_depressant_is_not_a_burden():
    assert _burden("oxycodone", "lisinopril", "atorvastatin") == []


def test_each_ingredient_counts_once():
    assert _burden("Xanax", "alprazolam 0.25 mg") == []
    assert _burden("Percocet", "oxycodone 5 mg") == []


def test_baclofen_listed_again_does_not_add_to_the_burden():
    assert _burden("baclofen 10 mg", "oxycodone") == []


def test_the_burden_counts_every_depressant_once_in_one_alert():
    [alert] = _burden("Norco", "Xanax", "gabapentin", "Ambien", "Benadryl")
    assert "6 CNS depressants" in alert.message


# --- through the plan --------------------------------------------------------------------------


def test_the_plan_never_claims_no_interactions_while_anything_is_unrecognised():
    p = plan(age_years=45, medications=("atorvastatin", "xyzzy"))
    assert p.interactions == ()
    assert p.unrecognized_medications == ("xyzzy",)
    assert not p.interaction_check_complete
    assert "medication.no_interactions" not in codes(p)
    assert codes(p)["medication.unrecognized"] == "warning"


def test_the_plan_says_no_interactions_when_all_are_recognised():
    p = plan(age_years=45, medications=("atorvastatin 40 mg", "amoxicillin"))
    assert p.interaction_check_complete
    assert p.unrecognized_medications == ()
    assert codes(p)["medication.no_interactions"] == "info"


def test_the_plan_carries_matches_interactions_and_alerts():
    p = plan(age_years=45, medications=("Percocet",))
    [match] = p.medications
    assert match.matched_name == "Percocet"
    assert [(i.drug, i.drug_class, i.severity) for i in p.interactions] == [
        ("oxycodone", "opioid", "major")
    ]
    assert p.interaction_check_complete
    p = plan(age_years=45, medications=("baclofen 10 mg tid",), current_daily_mg=30)
    assert codes(p)["medication.duplicate_baclofen"] == "warning"
    assert not p.blocked


def test_every_line_typed_is_in_the_plan():
    lines = ("Percocet", "xyzzy", "abaclofen", "oxycodon", "baclofen")
    p = plan(age_years=45, medications=lines)
    assert tuple(m.input for m in p.medications) == lines
    assert set(p.unrecognized_medications) == {"xyzzy", "abaclofen"}
