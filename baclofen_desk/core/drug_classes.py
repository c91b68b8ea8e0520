"""Which interaction classes an ingredient belongs to, from its ATC codes.

Each ingredient carries its WHO ATC code(s) as a cross-reference; a class is
declared in interactions.toml by ATC prefixes (a whole group such as N02A, or a
seven-character code), prefixes it leaves out (`not_atc`), and ingredient names
where it is no ATC group (alcohol, cannabis, kratom). An ingredient belongs to
every interacting class (and the duplicate-therapy class) that takes it; when
none does, to the one recognised class with no interaction whose prefix is the
longest (a name counts as longest). An ingredient no class takes is an error, so
a drug added with its code is classified with no second edit, and a new code in
a group nobody has decided about is caught at load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from baclofen_desk.core.drug_models import InteractionClass

#: A complete ATC code of one substance (level 5), e.g. N02AA05.
ATC_CODE = re.compile(r"[A-Z]\d\d[A-Z][A-Z]\d\d")
#: An ATC group at any level: N, N02, N02A, N02AA or N02AA05.
ATC_PREFIX = re.compile(r"[A-Z](?:\d\d(?:[A-Z](?:[A-Z](?:\d\d)?)?)?)?")
#: Lengths of the ATC levels, from anatomical group to substance.
ATC_LEVELS = (1, 3, 4, 5, 7)
#: How long a match by name counts when the most specific recognised class is chosen.
NAME_RANK = 8


@dataclass(frozen=True, slots=True)
class Ingredient:
    """An ingredient as the check uses it: its codes, its classes and its note."""

    name: str
    atc: tuple[str, ...]
    classes: tuple[str, ...]
    note: str | None = None


class ClassIndex:
    """The class declarations by ATC prefix and by name, for resolving many ingredients."""

    def __init__(self, classes: Mapping[str, InteractionClass]) -> None:
        self._order = {cid: i for i, cid in enumerate(classes)}
        self._classes = classes
        self.by_prefix: dict[str, list[str]] = {}
        self.excluded: dict[str, set[str]] = {}
        self.by_name: dict[str, list[str]] = {}
        for cid, klass in classes.items():
            for prefix in klass.atc:
                self.by_prefix.setdefault(prefix, []).append(cid)
            for prefix in klass.not_atc:
                self.excluded.setdefault(prefix, set()).add(cid)
            for name in klass.ingredients:
                self.by_name.setdefault(name, []).append(cid)

    def _specific(self, cid: str) -> bool:
        klass = self._classes[cid]
        return klass.interacts or klass.duplicate

    def classes_for(self, name: str, codes: Iterable[str]) -> tuple[str, ...]:
        """The classes of an ingredient (see the module notes); () when none takes it."""
        specific: set[str] = set()
        best: tuple[int, int, str] | None = None
        candidates: list[tuple[int, str]] = [(NAME_RANK, c) for c in self.by_name.get(name, ())]
        for code in codes:
            prefixes = [code[:n] for n in ATC_LEVELS if n <= len(code)]
            left_out = set().union(*(self.excluded.get(p, set()) for p in prefixes))
            candidates += [
                (len(p), cid)
                for p in prefixes
                for cid in self.by_prefix.get(p, ())
                if cid not in left_out
            ]
        for rank, cid in candidates:
            if self._specific(cid):
                specific.add(cid)
            elif best is None or (rank, -self._order[cid]) > best[:2]:
                best = (rank, -self._order[cid], cid)
        if specific:
            return tuple(sorted(specific, key=self._order.__getitem__))
        return () if best is None else (best[2],)

    def members(self, ingredients: Mapping[str, Ingredient]) -> dict[str, list[str]]:
        """Class id -> the ingredients that belong to it."""
        found: dict[str, list[str]] = {cid: [] for cid in self._classes}
        for name, item in ingredients.items():
            for cid in item.classes:
                found[cid].append(name)
        return found
