"""The drug dictionary loads, every entry resolves, and a broken file names file and entry."""

from __future__ import annotations

import shutil

import pytest
from pydantic import ValidationError

from baclofen_desk.core.drug_dictionary import DrugKnowledge, load_drug_knowledge
from baclofen_desk.core.drug_matching import name_entries, words
from baclofen_desk.core.kb_io import KnowledgeError
from baclofen_desk.core.knowledge import load_knowledge
from tests.helpers import edit_file


@pytest.fixture(scope="module")
def drugs(knowledge) -> DrugKnowledge:
    return knowledge.drugs


def test_dictionary_is_loaded_with_at_least_600_names(drugs):
    assert len(drugs.names()) >= 600
    assert len(drugs.ingredients()) >= 300


def test_names_for_typing_completion_include_generics_brands_and_products(drugs):
    names = set(drugs.names())
    assert {"oxycodone", "OxyContin", "Percocet", "Tylenol #3", "Ozobax DS"} <= names
    assert list(drugs.names()) == sorted(names, key=str.casefold)


def test_every_ingredient_resolves_to_known_classes(drugs):
    for name, item in drugs.ingredients().items():
        assert item.classes, name
        for class_id in item.classes:
            assert class_id in drugs.classes, (name, class_id)


def test_every_product_ingredient_is_a_dictionary_ingredient(drugs):
    ingredients = drugs.ingredients()
    for spec in drugs.files.values():
        for product, parts in spec.products.items():
            assert len(parts) >= 1, product
            assert set(parts) <= set(ingredients), product


def test_every_dictionary_name_typed_as_written_reads_as_itself(drugs):
    index = drugs.index()
    assert index is not None
    for entry in name_entries(drugs.files):
        reading = index.read(entry.name)
        found = tuple(dict.fromkeys(i for part in reading.parts for i in part.entry.ingredients))
        assert found == entry.ingredients, entry.name
        assert not reading.unknown and not reading.ambiguous, entry.name
        assert not any(part.close for part in reading.parts), entry.name


def test_every_class_has_members_in_the_dictionary(drugs):
    used = {c for item in drugs.ingredients().values() for c in item.classes}
    assert set(drugs.classes) == used


def test_the_issue_classes_are_all_present(drugs):
    required = {
        "opioid", "oxybate", "benzodiazepine", "hypnotic", "barbiturate", "gabapentinoid",
        "muscle_relaxant", "sedating_antihistamine", "alcohol", "tca", "maoi", "antipsychotic",
        "sedating_antidepressant", "cannabinoid", "central_antihypertensive", "ace_inhibitor",
        "arb", "ccb", "beta_blocker", "alpha_blocker", "vasodilator", "nitrate",
        "pde5_inhibitor", "diuretic", "dopaminergic", "lithium", "antidiabetic", "nephrotoxic",
    }  # fmt: skip
    assert required <= set(drugs.classes)
    for class_id in required:
        assert drugs.classes[class_id].interacts
        assert drugs.classes[class_id].severity in {"minor", "moderate", "major"}


def test_only_baclofen_is_duplicate_therapy(drugs):
    duplicates = [c.id for c in drugs.classes.values() if c.duplicate]
    members = [n for n, i in drugs.ingredients().items() if set(i.classes) & set(duplicates)]
    assert members == ["baclofen"]


def test_numbers_of_the_check_come_from_the_data(drugs):
    assert drugs.escalation.from_age_years == 65
    assert drugs.escalation.crcl_below_ml_min == 50
    assert drugs.burden.min_cns_depressants == 3
    assert drugs.escalation.sources and drugs.burden.sources and drugs.matching.sources


def test_a_dictionary_cannot_be_made_without_its_rules_and_files():
    with pytest.raises(ValidationError):
        DrugKnowledge()  # type: ignore[call-arg]


def fullwidth(text: str) -> str:
    """The same text in fullwidth forms (as some input methods type it)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def test_words_fold_case_accents_and_widths():
    assert words("TYLÉNOL #3") == ["tylenol", "#3"]
    assert words(fullwidth("XANAX XR")) == ["xanax", "xr"]
    assert words("Tylenol w/ Codeine No. 4") == ["tylenol", "with", "codeine", "#4"]
    assert words("5mg/325mg") == ["5", "mg", "325", "mg"]
    assert words("Xanax 0.5") == ["xanax", "0.5"]


# --- broken files ----------------------------------------------------------------------


OPIOIDS = "N01_N02_anaesthetics_analgesics.toml"
SEDATIVES = "N05_psycholeptics.toml"
NO_CODE = "X_no_atc_code.toml"
COMBINATIONS = "combinations_pain_cold_sleep.toml"


def test_broken_toml_in_a_drug_file_names_the_file(knowledge_copy):
    (knowledge_copy / "drugs" / OPIOIDS).write_text("sources = [\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"drugs/N01_N02_\w+\.toml: not valid TOML"):
        load_knowledge(knowledge_copy)


def test_a_typo_in_an_entry_names_file_and_entry(knowledge_copy):
    edit_file(knowledge_copy / "drugs" / NO_CODE, "kratom = { atc = []", "kratom = { act = []")
    with pytest.raises(KnowledgeError, match=r"drugs/X_no_atc_code\.toml: ingredients\.kratom"):
        load_knowledge(knowledge_copy)


@pytest.mark.parametrize("code", ["N02AA5", "n02aa05", "N02A", "N02AA05X"])
def test_an_ingredient_code_that_is_not_a_complete_atc_code_names_file_and_entry(
    knowledge_copy, code
):
    edit_file(
        knowledge_copy / "drugs" / OPIOIDS, 'oxycodone = "N02AA05: ', f'oxycodone = "{code}: '
    )
    with pytest.raises(
        KnowledgeError,
        match=r"drugs/N01_N02_\w+\.toml: ingredients\.oxycodone\.atc: .*not a complete ATC code",
    ):
        load_knowledge(knowledge_copy)


def test_an_ingredient_no_class_takes_names_file_and_entry(knowledge_copy):
    edit_file(knowledge_copy / "drugs" / SEDATIVES, 'alprazolam = "N05BA12: ', 'alprazolam = "-: ')
    with pytest.raises(
        KnowledgeError,
        match=r"drugs/N05_psycholeptics\.toml: ingredients\.alprazolam: no interaction class "
        r"takes it \(no ATC code\)",
    ):
        load_drug_knowledge(knowledge_copy)


def test_a_nervous_system_code_in_no_declared_group_is_refused(knowledge_copy):
    (knowledge_copy / "drugs" / "zz_extra.toml").write_text(
        'sources = ["NAMES"]\n[ingredients]\nnewdrug = "N08AA01"\n', encoding="utf-8"
    )
    with pytest.raises(KnowledgeError, match=r"newdrug: no interaction class takes it \(N08AA01\)"):
        load_drug_knowledge(knowledge_copy)


def test_a_class_naming_an_unknown_ingredient_is_refused(knowledge_copy):
    edit_file(
        knowledge_copy / "interactions.toml",
        'ingredients = ["alcohol"]',
        'ingredients = ["alcool"]',
    )
    with pytest.raises(
        KnowledgeError, match=r"classes \(id=alcohol\)\.ingredients: unknown ingredient 'alcool'"
    ):
        load_drug_knowledge(knowledge_copy)


def test_a_malformed_class_prefix_is_refused(knowledge_copy):
    edit_file(knowledge_copy / "interactions.toml", 'atc = ["N05BA", ', 'atc = ["N5BA", ')
    with pytest.raises(KnowledgeError, match=r"not an ATC group or code: N5BA"):
        load_drug_knowledge(knowledge_copy)


def test_a_product_with_an_unknown_ingredient_names_file_and_product(knowledge_copy):
    edit_file(
        knowledge_copy / "drugs" / COMBINATIONS,
        'Percocet = "oxycodone + acetaminophen"',
        'Percocet = "oxycodone + acetaminofen"',
    )
    with pytest.raises(
        KnowledgeError,
        match=r"drugs/combinations_pain_cold_sleep\.toml: products\.Percocet: unknown "
        r"ingredient 'acetaminofen'",
    ):
        load_drug_knowledge(knowledge_copy)


def test_a_name_in_two_files_names_both(knowledge_copy):
    (knowledge_copy / "drugs" / "zz_extra.toml").write_text(
        'sources = ["NAMES"]\n[ingredients]\nnewdrug = "N02AA99: Oxycontin"\n',
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as caught:
        load_drug_knowledge(knowledge_copy)
    message = str(caught.value)
    assert "drugs/zz_extra.toml: ingredients.newdrug" in message
    assert f"drugs/{OPIOIDS}: ingredients.oxycodone" in message


def test_an_ingredient_in_two_files_names_both(knowledge_copy):
    (knowledge_copy / "drugs" / "zz_extra.toml").write_text(
        'sources = ["NAMES"]\n[ingredients]\noxycodone = "N02AA05"\n',
        encoding="utf-8",
    )
    with pytest.raises(
        KnowledgeError,
        match=r"drugs/zz_extra\.toml: ingredients\.oxycodone: also defined in drugs/N01_N02",
    ):
        load_drug_knowledge(knowledge_copy)


def test_a_name_that_is_only_an_ignored_word_is_refused(knowledge_copy):
    (knowledge_copy / "drugs" / "zz_extra.toml").write_text(
        'sources = ["NAMES"]\n[ingredients]\nnewdrug = "N02AA99: Tabs"\n',
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match=r"drugs/zz_extra\.toml: ingredients\.newdrug"):
        load_drug_knowledge(knowledge_copy)


def test_an_unknown_source_key_in_a_drug_file_is_refused(knowledge_copy):
    edit_file(
        knowledge_copy / "drugs" / NO_CODE, 'sources = ["NAMES", "ATC"]', 'sources = ["S999"]'
    )
    with pytest.raises(KnowledgeError, match=r"drug knowledge: unknown source keys S999"):
        load_knowledge(knowledge_copy)


def test_a_missing_dictionary_folder_is_refused(knowledge_copy):
    shutil.rmtree(knowledge_copy / "drugs")
    with pytest.raises(KnowledgeError, match=r"drugs/: the drug dictionary folder is missing"):
        load_knowledge(knowledge_copy)


def test_an_unknown_field_in_an_alert_template_is_refused(knowledge_copy):
    edit_file(
        knowledge_copy / "interactions.toml",
        "is already on the list ({lines})",
        "Duplicate: {line}",
    )
    with pytest.raises(KnowledgeError, match=r"interactions\.toml: alerts.*duplicate\.message"):
        load_knowledge(knowledge_copy)


def test_an_interacting_class_without_severity_is_refused(knowledge_copy):
    edit_file(
        knowledge_copy / "interactions.toml",
        'id = "lithium"\nlabel = "Lithium"\ninteracts = true\nseverity = "moderate"\n',
        'id = "lithium"\nlabel = "Lithium"\ninteracts = true\n',
    )
    with pytest.raises(KnowledgeError, match=r"interactions\.toml: classes\[\d+\] \(id=lithium\)"):
        load_knowledge(knowledge_copy)
