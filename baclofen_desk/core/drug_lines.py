"""What a line naming baclofen says beyond the name: a pump, or the daily dose taken.

Clinical policy P8 v2: intrathecal baclofen is a pump that must never be stopped
abruptly, not oral baclofen listed twice; "baclofen 20 mg TID" is 60 mg/day, which
the window offers as the current dose. The words come from [baclofen_lines] in
interactions.toml; a line that does not say its dose plainly gives none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from baclofen_desk.core.drug_matching import words

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from baclofen_desk.core.drug_models import BaclofenLineRules

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_ANY_NUMBER = re.compile(r"\d")

Phrase = tuple[str, ...]


def _phrases(texts: Iterable[str]) -> tuple[Phrase, ...]:
    return tuple(p for p in (tuple(words(t)) for t in texts) if p)


def _has(tokens: Sequence[str], phrase: Phrase) -> bool:
    n = len(phrase)
    return any(tuple(tokens[i : i + n]) == phrase for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class BaclofenLines:
    """[baclofen_lines] folded like typed text, ready to read lines with."""

    pump_names: tuple[Phrase, ...]
    with_baclofen: tuple[Phrase, ...]
    route_words: tuple[Phrase, ...]
    units: frozenset[str]
    doses_per_day: tuple[tuple[Phrase, int], ...]
    as_needed: tuple[Phrase, ...]

    @classmethod
    def from_rules(cls, rules: BaclofenLineRules) -> BaclofenLines:
        per_day = [(tuple(words(k)), v) for k, v in rules.doses_per_day.items()]
        return cls(
            pump_names=_phrases(rules.pump_names),
            with_baclofen=_phrases(rules.with_baclofen),
            route_words=_phrases(rules.route_words),
            units=frozenset(w for u in rules.units for w in words(u)),
            doses_per_day=tuple(sorted(per_day, key=lambda item: -len(item[0]))),
            as_needed=_phrases(rules.as_needed),
        )

    def is_pump(self, text: str, names_baclofen: bool, names_other: bool) -> bool:
        """Whether the line is an intrathecal baclofen pump (see the module notes)."""
        tokens = words(text)
        if any(_has(tokens, p) for p in self.pump_names):
            return True
        if names_baclofen and any(_has(tokens, p) for p in self.with_baclofen):
            return True
        return not names_other and any(_has(tokens, p) for p in self.route_words)

    def daily_mg(self, text: str) -> float | None:
        """The mg/day an oral baclofen line gives, or None when it does not say it plainly."""
        tokens = words(text)
        if any(_has(tokens, p) for p in self.as_needed):
            return None
        strengths = [
            i
            for i, t in enumerate(tokens[:-1])
            if _NUMBER.fullmatch(t) and tokens[i + 1] in self.units
        ]
        if len(strengths) != 1:
            return None
        at = strengths[0]
        count, left = self._doses_per_day(tokens[:at] + tokens[at + 2 :])
        if count is None or any(_ANY_NUMBER.search(t) for t in left):
            return None
        return float(tokens[at].replace(",", ".")) * count

    def _doses_per_day(self, tokens: list[str]) -> tuple[int | None, list[str]]:
        """The one number of doses a day the frequency phrases give (longest phrase
        first), and the tokens no phrase took."""
        free = list(tokens)
        counts: set[int] = set()
        for phrase, count in self.doses_per_day:
            n = len(phrase)
            for i in range(len(free) - n + 1):
                if tuple(free[i : i + n]) == phrase:
                    counts.add(count)
                    free[i : i + n] = [""] * n
        return (counts.pop() if len(counts) == 1 else None), free
