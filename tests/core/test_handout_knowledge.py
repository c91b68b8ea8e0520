"""The handout's wording and numbers load with the knowledge base, or the program stops."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from baclofen_desk.core.kb_io import KnowledgeError
from baclofen_desk.core.knowledge import load_knowledge
from baclofen_desk.core.models import PRODUCT_IDS
from tests.helpers import edit_file

if TYPE_CHECKING:
    from pathlib import Path

    from baclofen_desk.core.knowledge import Knowledge


def test_every_language_and_product_is_loaded(knowledge: Knowledge) -> None:
    assert set(knowledge.handout.catalogues) == {"en", "es"}
    for catalogue in knowledge.handout.catalogues.values():
        assert set(catalogue.products) == set(PRODUCT_IDS)
    assert knowledge.handout.rules.open_days == 28


def test_broken_spanish_file_names_file_and_entry(knowledge_copy: Path) -> None:
    edit_file(knowledge_copy / "handout" / "es.toml", 'heading = "Su calendario"', "heading = 3")
    with pytest.raises(KnowledgeError, match=r"^handout/es\.toml: calendar\.heading: "):
        load_knowledge(knowledge_copy)


def test_spanish_file_that_is_not_toml(knowledge_copy: Path) -> None:
    edit_file(knowledge_copy / "handout" / "es.toml", "[calendar]", "[calendar")
    with pytest.raises(KnowledgeError, match=r"^handout/es\.toml: not valid TOML"):
        load_knowledge(knowledge_copy)


def test_a_product_missing_from_spanish_is_named(knowledge_copy: Path) -> None:
    edit_file(
        knowledge_copy / "handout" / "es.toml",
        'tablet-20 = "Baclofeno, comprimidos de 20 mg"\n',
        "",
    )
    with pytest.raises(
        KnowledgeError, match=r"^handout/es\.toml: products: no entry for tablet-20$"
    ):
        load_knowledge(knowledge_copy)


def test_a_product_missing_from_products_toml_is_named(knowledge_copy: Path) -> None:
    path = knowledge_copy / "products.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('[[products]]\nid = "tablet-20"')
    end = text.index("[[products]]", start + 1)
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"^products\.toml: no entry for tablet-20$"):
        load_knowledge(knowledge_copy)


def test_a_number_sentence_needs_its_local_twin(knowledge_copy: Path) -> None:
    edit_file(
        knowledge_copy / "handout" / "en.toml",
        'heading_local = "Call your local emergency number or go to the emergency department '
        'right away if"\n',
        "",
    )
    with pytest.raises(
        KnowledgeError, match=r"^handout/en\.toml: instructions\.emergency: .*heading_local"
    ):
        load_knowledge(knowledge_copy)


def test_handout_numbers_cite_known_sources(knowledge_copy: Path) -> None:
    edit_file(
        knowledge_copy / "handout" / "instructions.toml", 'go_back = ["S22"]', 'go_back = ["S0"]'
    )
    with pytest.raises(KnowledgeError, match=r"instructions\.toml: unknown source keys S0"):
        load_knowledge(knowledge_copy)
