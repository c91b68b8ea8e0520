"""The generated cache of the drug files: rebuilt deterministically, used only while it
matches the files, never trusted over them."""

from __future__ import annotations

from baclofen_desk.core.drug_cache import CACHE_NAME, cache_text, digest, read_drug_files
from baclofen_desk.core.drug_dictionary import load_drug_knowledge
from baclofen_desk.resources import resource
from tests.helpers import edit_file


def test_the_shipped_cache_is_the_one_the_files_give():
    folder = resource("knowledge", "drugs")
    assert (folder / CACHE_NAME).read_text(encoding="utf-8") == cache_text(folder), (
        "drugs/cache.json is stale: run python -m baclofen_desk.core.drug_cache"
    )


def test_the_cache_is_the_same_text_every_time():
    folder = resource("knowledge", "drugs")
    assert cache_text(folder) == cache_text(folder)


def test_an_edited_file_is_read_from_its_toml_not_from_the_stale_cache(knowledge_copy):
    edit_file(
        knowledge_copy / "drugs" / "N05_psycholeptics.toml",
        'alprazolam = "N05BA12: ',
        'alprazolam = "N05BA12: Alprazolamina; ',
    )
    drugs = load_drug_knowledge(knowledge_copy)
    assert "Alprazolamina" in drugs.names()


def test_a_damaged_cache_is_ignored(knowledge_copy):
    (knowledge_copy / "drugs" / CACHE_NAME).write_text("{not json", encoding="utf-8")
    files = read_drug_files(knowledge_copy / "drugs")
    assert "N05_psycholeptics.toml" in files
    assert "alprazolam" in files["N05_psycholeptics.toml"]["ingredients"]


def test_the_digest_covers_names_and_texts():
    assert digest({"a.toml": "x"}) != digest({"b.toml": "x"})
    assert digest({"a.toml": "x"}) != digest({"a.toml": "y"})
