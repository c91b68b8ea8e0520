"""The handout's knowledge: its numbers (instructions.toml) and its wording per language.

Part of `Knowledge`, loaded and cross-checked with the rest of the knowledge base,
so a broken or incomplete catalogue stops the program at start, naming the file
and the entry, instead of failing at the first export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.handout_catalogue import Catalogue, HandoutLanguage, load_catalogues
from baclofen_desk.core.handout_rules import HandoutRules, load_handout_rules
from baclofen_desk.core.kb_io import Entry, KnowledgeError

if TYPE_CHECKING:
    from collections.abc import Collection
    from importlib.resources.abc import Traversable


class HandoutKnowledge(Entry):
    """What every handout builder needs besides the plan."""

    rules: HandoutRules
    catalogues: dict[HandoutLanguage, Catalogue]

    def catalogue(self, lang: str) -> Catalogue:
        """The wording for `lang`; an unknown language is a `KnowledgeError`."""
        try:
            return self.catalogues[lang]  # type: ignore[index]
        except KeyError:
            known = ", ".join(self.catalogues)
            raise KnowledgeError(f"handout language {lang!r} is not available ({known})") from None


def load_handout_knowledge(directory: Traversable, sources: Collection[str]) -> HandoutKnowledge:
    """Load `handout/` below the knowledge folder `directory`."""
    return HandoutKnowledge(
        rules=load_handout_rules(directory, sources), catalogues=load_catalogues(directory)
    )
