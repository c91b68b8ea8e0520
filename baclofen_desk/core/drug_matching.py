"""Reading a medication line as typed: normalisation, exact names, then close spellings.

A line is folded (Unicode compatibility forms, case, accents), split into words,
and strengths ("5 mg", "5mg", "5/325") are set aside. Dictionary names are then
looked up as whole words, longest first ("tylenol with codeine" before
"tylenol"), so a name never matches inside another word (arbaclofen is not
baclofen). Words that say how a medicine is taken (form, route, frequency,
release suffix, salt) are ignored unless they are part of a name. What is left
is compared with every name by edit distance (rapidfuzz); a close spelling is
accepted only when one medicine is nearer than every other, otherwise the words
are ambiguous and listed with the medicines they could be.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from baclofen_desk.core.drug_models import DrugFile, IgnoredWords, MatchingRules

#: Stands where a strength was; never part of a name.
BARRIER = "\x00"

_HASH = re.compile(r"#\s*(\d+)")
_NUMBER_NO = re.compile(r"\bno\.?\s*(\d+)\b")
_WITH = re.compile(r"\bw/")
_TOKEN = re.compile(r"#\d+|\d+(?:[.,]\d+)*[^\W\d_][^\W_]*|\d+(?:[.,]\d+)*|[^\W_]+|%")
_PLAIN_TOKEN = re.compile(r"[^\W_]+|%")
_DIGIT = re.compile(r"\d")
_LEADING_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)([^\W\d_].*)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ALWAYS_IGNORED = re.compile(r"q\d+[^\W\d_]*|x\d+|#\d+|\d.*")


def fold(text: str) -> str:
    """Compatibility forms, case and accents folded ("Tylénol" -> "tylenol")."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The words of a line: '#3' and 'No. 3' become '#3', '5mg' becomes '5', 'mg'."""
    folded = fold(text)
    if "#" in folded:
        folded = _HASH.sub(r" #\1 ", folded)
    if "no" in folded:
        folded = _NUMBER_NO.sub(r" #\1 ", folded)
    if "w/" in folded:
        folded = _WITH.sub(" with ", folded)
    if _DIGIT.search(folded) is None:
        return _PLAIN_TOKEN.findall(folded)
    out: list[str] = []
    for match in _TOKEN.finditer(folded):
        token = match.group()
        lead = _LEADING_NUMBER.fullmatch(token)
        if lead:
            out += [lead.group(1), lead.group(2)]
        else:
            out.append(token)
    return out


@dataclass(frozen=True)
class Vocabulary:
    """The ignored words of [matching.ignore], folded like typed text."""

    units: frozenset[str]
    ignored: frozenset[str]
    trailing: frozenset[str]
    after_name: frozenset[str]
    salts: frozenset[str]

    @classmethod
    def from_rules(cls, ignore: IgnoredWords) -> Vocabulary:
        def fold_all(group: Iterable[str]) -> frozenset[str]:
            return frozenset(w for text in group for w in words(text))

        units, forms, release, salts = (
            fold_all(ignore.units),
            fold_all(ignore.forms),
            fold_all(ignore.release),
            fold_all(ignore.salts),
        )
        others = fold_all((*ignore.routes, *ignore.frequencies, *ignore.filler))
        return cls(
            units=units,
            ignored=units | forms | release | salts | others,
            trailing=release | forms,
            after_name=salts | release | forms,
            salts=salts - release - forms,
        )

    def is_ignored(self, word: str) -> bool:
        return (
            word == BARRIER
            or len(word) == 1
            or word in self.ignored
            or _ALWAYS_IGNORED.fullmatch(word) is not None
        )

    def never_a_name(self, word: str) -> bool:
        """Words a one-word name may not be (salts may: potassium, calcium)."""
        return word not in self.salts and self.is_ignored(word)


class NameEntry(NamedTuple):
    """A name as written in the dictionary and the ingredients it stands for.

    A named tuple: the dictionary has thousands of names, and a tuple is made several
    times faster than a frozen dataclass, which keeps the load fast.
    """

    name: str
    ingredients: tuple[str, ...]
    file: str
    entry: str
    alone: bool = False  # a lay name that counts only when nothing else on the line is named


def name_entries(files: Mapping[str, DrugFile]) -> list[NameEntry]:
    """Every name of the dictionary: each ingredient under all its names, then products."""
    entries = [
        NameEntry(name, (ingredient,), label, f"ingredients.{ingredient}")
        for label, spec in files.items()
        for ingredient, item in spec.ingredients.items()
        for name in (ingredient, *item.names)
    ]
    entries += [
        NameEntry(name, (ingredient,), label, f"ingredients.{ingredient}", alone=True)
        for label, spec in files.items()
        for ingredient, item in spec.ingredients.items()
        for name in item.lone_names
    ]
    entries += [
        NameEntry(product, tuple(dict.fromkeys(parts)), label, f"products.{product}")
        for label, spec in files.items()
        for product, parts in spec.products.items()
    ]
    return entries


@dataclass(frozen=True)
class Part:
    """A name found in a line."""

    entry: NameEntry
    typed: str
    close: bool = False


@dataclass(frozen=True)
class Ambiguity:
    typed: str
    candidates: tuple[str, ...]


@dataclass(frozen=True)
class Reading:
    """How one line was read."""

    parts: tuple[Part, ...] = ()
    ambiguous: tuple[Ambiguity, ...] = ()
    unknown: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Close:
    entry: NameEntry


class NameConflictError(ValueError):
    """Two dictionary names read the same; `first` and `second` say where each is written."""

    def __init__(self, name: str, first: NameEntry, second: NameEntry) -> None:
        self.name = name
        self.first = first
        self.second = second
        super().__init__(
            f"{second.file}: {second.entry}: name {name!r} reads the same as "
            f"{first.name!r} in {first.file}: {first.entry}"
        )


class BadNameError(ValueError):
    def __init__(self, entry: NameEntry, reason: str) -> None:
        super().__init__(f"{entry.file}: {entry.entry}: name {entry.name!r} {reason}")


class NameIndex:
    """Every dictionary name by its words, built once when the dictionary loads."""

    def __init__(self, entries: Sequence[NameEntry], rules: MatchingRules) -> None:
        self.rules = rules
        self.vocabulary = Vocabulary.from_rules(rules.ignore)
        self.exact: dict[tuple[str, ...], NameEntry] = {}
        derived: dict[tuple[str, ...], NameEntry | None] = {}
        for entry in entries:
            key = tuple(words(entry.name))
            if not key:
                raise BadNameError(entry, "has no letters or digits")
            if len(key) == 1 and self.vocabulary.never_a_name(key[0]):
                raise BadNameError(entry, "is a word the matcher ignores (form, route, unit...)")
            if key in self.exact:
                raise NameConflictError(entry.name, self.exact[key], entry)
            self.exact[key] = entry
            short = key
            while len(short) > 1 and short[-1] in self.vocabulary.trailing:
                short = short[:-1]
                other = derived.get(short, entry)
                same = other is not None and other.ingredients == entry.ingredients
                derived[short] = entry if same else None
        for key, maybe in derived.items():
            if maybe is not None and key not in self.exact:
                self.exact[key] = maybe
        self.longest = max((len(k) for k in self.exact), default=1)
        compact: dict[str, NameEntry | None] = {}
        for key, entry in self.exact.items():
            joined = "".join(key)
            other = compact.get(joined, entry)
            same = other is not None and other.ingredients == entry.ingredients
            compact[joined] = entry if same else None
        self.compact = {k: v for k, v in compact.items() if v is not None}
        self.choices = [" ".join(k) for k in self.exact]
        self.choice_entries = list(self.exact.values())
        self.max_edits = max(step.max_edits for step in rules.edits)
        self.min_length = min(step.min_length for step in rules.edits)
        self.longest_choice = max((len(c) for c in self.choices), default=0)
        self._by_length: dict[int, tuple[list[str], list[NameEntry]]] = {}

    # --- reading a line --------------------------------------------------------------

    def read(self, line: str) -> Reading:
        tokens = self._strengths_set_aside(words(line))
        used = [False] * len(tokens)
        parts: list[Part] = []
        i = 0
        while i < len(tokens):
            found = self._longest_name(tokens, i)
            if found is None:
                i += 1
                continue
            length, entry = found
            parts.append(Part(entry, " ".join(tokens[i : i + length])))
            for j in range(i, i + length):
                used[j] = True
            i += length
            while i < len(tokens) and tokens[i] in self.vocabulary.after_name:
                used[i] = True
                i += 1
        ambiguous: list[Ambiguity] = []
        unknown: list[str] = []
        for i, token in enumerate(tokens):
            if used[i] or self.vocabulary.is_ignored(token):
                continue
            result = self._close_phrase(tokens, used, i)
            if isinstance(result, Part):
                parts.append(result)
            elif isinstance(result, Ambiguity):
                ambiguous.append(result)
            else:
                unknown.append(token)
        return Reading(tuple(parts), tuple(ambiguous), tuple(unknown))

    def _strengths_set_aside(self, tokens: list[str]) -> list[str]:
        out = list(tokens)
        for i, token in enumerate(tokens):
            if token == "%" or (
                _NUMBER.fullmatch(token)
                and i + 1 < len(tokens)
                and tokens[i + 1] in self.vocabulary.units
            ):
                out[i] = BARRIER
                if token != "%":
                    out[i + 1] = BARRIER
        return out

    def _longest_name(self, tokens: list[str], start: int) -> tuple[int, NameEntry] | None:
        for length in range(min(self.longest, len(tokens) - start), 0, -1):
            key = tuple(tokens[start : start + length])
            if BARRIER in key:
                continue
            entry = self.exact.get(key)
            if entry is None and length > 1 and all(t.isalpha() for t in key):
                entry = self.compact.get("".join(key))
            if entry is not None:
                return length, entry
        return None

    def _close_phrase(
        self, tokens: list[str], used: list[bool], start: int
    ) -> Part | Ambiguity | None:
        """The longest run of words from `start` that is a close spelling of one name."""
        end = start
        while (
            end < len(tokens)
            and end - start < self.rules.max_phrase_words
            and not used[end]
            and tokens[end] != BARRIER
        ):
            end += 1
        pending: Ambiguity | None = None
        for stop in range(end, start, -1):
            phrase = " ".join(tokens[start:stop])
            result = self._closest(phrase)
            if isinstance(result, _Close):
                for j in range(start, stop):
                    used[j] = True
                return Part(result.entry, phrase, close=True)
            if result is not None and (pending is None or stop == start + 1):
                pending = result
        if pending is not None:
            used[start] = True
        return pending

    def _near_in_length(self, length: int) -> tuple[list[str], list[NameEntry]]:
        """Names whose length is within the largest edit allowance of `length`."""
        found = self._by_length.get(length)
        if found is None:
            low, high = length - self.max_edits, length + self.max_edits
            pairs = [
                (choice, entry)
                for choice, entry in zip(self.choices, self.choice_entries, strict=True)
                if low <= len(choice) <= high
            ]
            found = ([c for c, _ in pairs], [e for _, e in pairs])
            self._by_length[length] = found
        return found

    def _closest(self, phrase: str) -> _Close | Ambiguity | None:
        if not self.min_length <= len(phrase) <= self.longest_choice + self.max_edits:
            return None
        # rapidfuzz is imported at the first line that needs it, not at start-up.
        from rapidfuzz import process
        from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

        choices, entries = self._near_in_length(len(phrase))
        # A swap of neighbours is one Damerau edit but two Levenshtein edits, so the fast
        # Levenshtein pass with twice the allowance keeps every Damerau candidate.
        near = process.extract(
            phrase,
            choices,
            scorer=Levenshtein.distance,
            score_cutoff=2 * self.max_edits,
            limit=None,
        )
        best: dict[tuple[str, ...], tuple[int, int]] = {}
        for choice, _, index in near:
            distance = DamerauLevenshtein.distance(phrase, choice)
            if distance > self.rules.allowed_edits(min(len(phrase), len(choice))):
                continue
            ingredients = entries[index].ingredients
            if ingredients not in best or (distance, index) < best[ingredients]:
                best[ingredients] = (distance, index)
        if not best:
            return None
        nearest = min(distance for distance, _ in best.values())
        rivals = sorted((d, i) for d, i in best.values() if d - nearest < self.rules.min_lead_edits)
        if len(rivals) == 1:
            return _Close(entries[rivals[0][1]])
        names = tuple(dict.fromkeys(entries[i].name for _, i in rivals))
        return Ambiguity(phrase, names)
