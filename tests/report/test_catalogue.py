"""The handout catalogues (en.toml, es.toml) and the handout numbers (instructions.toml)."""

from __future__ import annotations

import string
import tomllib
from typing import Any

import pytest

from baclofen_desk.core.handout_catalogue import LANGUAGES, Catalogue
from baclofen_desk.core.handout_rules import HandoutRules, check_sources
from baclofen_desk.core.kb_io import KnowledgeError, validate_file
from baclofen_desk.core.models import PRODUCT_IDS
from baclofen_desk.resources import resource


def raw(lang: str) -> dict[str, Any]:
    return tomllib.loads(resource("knowledge", "handout", f"{lang}.toml").read_text("utf-8"))


def flatten(node: Any, prefix: str = "") -> dict[str, Any]:
    """Dotted key -> leaf value (lists keep their items as leaves key[0], key[1], ...)."""
    if isinstance(node, dict):
        return {
            k: v
            for key, value in node.items()
            for k, v in flatten(value, f"{prefix}{key}.").items()
        }
    if isinstance(node, list):
        return {
            k: v
            for i, value in enumerate(node)
            for k, v in flatten(value, f"{prefix[:-1]}[{i}].").items()
        }
    return {prefix[:-1]: node}


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_catalogues_have_the_same_keys():
    assert set(flatten(raw("en"))) == set(flatten(raw("es")))


def test_both_catalogues_use_the_same_placeholders():
    english, spanish = flatten(raw("en")), flatten(raw("es"))
    for key, text in english.items():
        if isinstance(text, str):
            assert fields(text) == fields(spanish[key]), key


def test_spanish_is_translated():
    english, spanish = flatten(raw("en")), flatten(raw("es"))
    same = {
        key
        for key, text in english.items()
        if isinstance(text, str) and len(text.split()) >= 3 and text == spanish[key]
    }
    assert same == set()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_names_every_product(knowledge, lang):
    catalogue = knowledge.handout.catalogue(lang)
    assert set(catalogue.products) == set(PRODUCT_IDS)
    assert set(catalogue.product_notes) == set(PRODUCT_IDS)


def test_a_missing_key_names_the_file_and_the_entry():
    data = raw("es")
    del data["calendar"]["legend"]
    with pytest.raises(KnowledgeError, match=r"handout/es.toml: calendar.legend"):
        validate_file(Catalogue, data, "handout/es.toml")


def test_an_unknown_language_is_refused(knowledge):
    with pytest.raises(KnowledgeError, match="'fr'"):
        knowledge.handout.catalogue("fr")


def test_handout_numbers_come_with_known_sources(knowledge):
    rules = knowledge.handout.rules
    assert rules.missed_dose.skip_within_hours == 2
    assert "S27" in rules.missed_dose.sources  # NHS: how and when to take baclofen
    assert rules.source_keys() <= set(knowledge.sources)


def test_an_unknown_source_key_is_refused(knowledge):
    rules = knowledge.handout.rules
    broken = rules.model_copy(update={"sections": {**rules.sections, "purpose": ("S999",)}})
    with pytest.raises(KnowledgeError, match=r"instructions\.toml: unknown source keys S999"):
        check_sources(broken, knowledge.sources)


def test_parts_of_the_day_must_be_in_order():
    data = tomllib.loads(resource("knowledge", "handout", "instructions.toml").read_text("utf-8"))
    data["time_of_day"]["midday"] = "03:00"
    with pytest.raises(KnowledgeError, match="time_of_day"):
        validate_file(HandoutRules, data, "handout/instructions.toml")


@pytest.mark.parametrize(
    ("time", "slot"),
    [
        ("08:00", "morning"),
        ("12:00", "midday"),
        ("14:00", "midday"),
        ("16:00", "afternoon"),
        ("20:00", "evening"),
        ("22:00", "bedtime"),
        ("01:00", "bedtime"),
    ],
)
def test_dose_times_get_the_part_of_the_day(knowledge, time, slot):
    assert knowledge.handout.rules.time_of_day.slot(time) == slot
