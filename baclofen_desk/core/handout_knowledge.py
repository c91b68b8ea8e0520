"""The handout's knowledge: its numbers (instructions.toml) and its wording per language.

Part of `Knowledge`, loaded and cross-checked with the rest of the knowledge base,
so a broken or incomplete catalogue stops the program at start, naming the file
and the entry, instead of failing at the first export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.handout_catalogue import Catalogue, HandoutLanguage, load_catalogues
from baclofen_desk.core.handout_countries import Countries
from baclofen_desk.core.handout_rules import HandoutRules, load_handout_rules
from baclofen_desk.core.kb_io import Entry, KnowledgeError, read_toml, validate_file
from baclofen_desk.core.prescription_text import FILE as PRESCRIPTION
from baclofen_desk.core.prescription_text import PrescriptionText

if TYPE_CHECKING:
    from collections.abc import Collection
    from importlib.resources.abc import Traversable


COUNTRIES = "handout/countries.toml"


class HandoutKnowledge(Entry):
    """What every handout builder needs besides the plan."""

    rules: HandoutRules
    catalogues: dict[HandoutLanguage, Catalogue]
    countries: Countries
    prescription: PrescriptionText

    def catalogue(self, lang: str) -> Catalogue:
        """The wording for `lang`; an unknown language is a `KnowledgeError`."""
        try:
            return self.catalogues[lang]  # type: ignore[index]
        except KeyError:
            known = ", ".join(self.catalogues)
            raise KnowledgeError(f"handout language {lang!r} is not available ({known})") from None


def load_handout_knowledge(directory: Traversable, sources: Collection[str]) -> HandoutKnowledge:
    """Load `handout/` below the knowledge folder `directory`."""
    countries = validate_file(Countries, read_toml(directory, COUNTRIES), COUNTRIES)
    if missing := sorted(set(countries.emergency.sources) - set(sources)):
        raise KnowledgeError(f"{COUNTRIES}: unknown source keys {', '.join(missing)}")
    return HandoutKnowledge(
        rules=load_handout_rules(directory, sources),
        catalogues=load_catalogues(directory),
        countries=countries,
        prescription=validate_file(
            PrescriptionText, read_toml(directory, PRESCRIPTION), PRESCRIPTION
        ),
    )
