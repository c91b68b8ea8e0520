"""The knowledge base's alert and interaction wording in other languages, for the window.

`knowledge/translations/<lang>.toml` pairs each English text exactly as the
knowledge files write it (`en`, a template with {placeholders}) with its
translation (`text`, the same placeholders). A finished alert is matched back
to its English template, and the values found there fill the translation. A pair
whose English the knowledge files no longer contain is stale and never used: a
changed rule is shown in English, not with an outdated translation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from string import Formatter
from typing import TYPE_CHECKING, Any

from pydantic import Field, model_validator

from baclofen_desk.core.kb_io import Entry, KnowledgeError, read_toml, validate_file

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from importlib.resources.abc import Traversable

FOLDER = "translations"
#: Knowledge files whose wording the window shows.
SOURCES = ("rules.toml", "conditions.toml", "interactions.toml", "products.toml")
#: Keys of an interaction class, and of the escalation rule, that hold window wording.
CLASS_TEXTS = ("label", "effect", "advice", "note")
ESCALATION_TEXTS = ("opioid_reason", "age_reason", "kidney_reason", "dialysis_reason")


def placeholders(template: str) -> list[str]:
    """The {names} of a template, in order (a repeated one repeated)."""
    return [name for _, name, _, _ in Formatter().parse(template) if name is not None]


class TextPair(Entry):
    """One English text and its translation."""

    key: str = Field(
        pattern=r"^[a-z0-9_.-]+$",
        description="Alert code, class.<id>.<label|effect|advice>, condition.<id>.label, ...",
    )
    en: str = Field(min_length=1)
    text: str = Field(min_length=1)

    @model_validator(mode="after")
    def _same_placeholders(self) -> TextPair:
        if sorted(set(placeholders(self.en))) != sorted(set(placeholders(self.text))):
            raise ValueError(
                f"{self.key}: the translation's {{fields}} {sorted(set(placeholders(self.text)))}"
                f" differ from the English {sorted(set(placeholders(self.en)))}"
            )
        return self

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The English template as a pattern whose groups are its placeholders."""
        parts: list[str] = []
        seen: set[str] = set()
        for literal, name, _, _ in Formatter().parse(self.en):
            parts.append(re.escape(literal))
            if name is None:
                continue
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
            seen.add(name)
        return re.compile("".join(parts), re.DOTALL)


class TranslationFile(Entry):
    language: str = Field(pattern=r"^[a-z]{2}$")
    texts: tuple[TextPair, ...]
    fragments: tuple[TextPair, ...] = Field(
        (), description="Parts the program writes into a {field} (key 'fragment'), not checked"
    )


def english_texts(directory: Traversable) -> dict[tuple[str, str], None]:
    """Every (key, English text) of the knowledge files that the window shows, in file order."""
    found: dict[tuple[str, str], None] = {}
    for name in SOURCES:
        for key, text in _walk(read_toml(directory, name)):
            found[(key, text)] = None
    return found


def _walk(node: Any, table: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, table)
        return
    if not isinstance(node, dict):
        return
    yield from _texts_of(node, table)
    for name, value in node.items():
        if isinstance(value, dict | list):
            yield from _walk(value, name)


def _texts_of(node: dict[str, Any], table: str) -> Iterator[tuple[str, str]]:
    if "code" in node and "message" in node:
        for field in ("message", "taper_message", "message_more"):
            if isinstance(node.get(field), str):
                yield node["code"], node[field]
    elif table.endswith("_note") and isinstance(node.get("message"), str):
        yield "note", node["message"]
    elif table in ("conditions", "indications") and "id" in node:
        kind = table.removesuffix("s")
        yield f"{kind}.{node['id']}.label", node["label"]
        if isinstance(node.get("message"), str):
            yield f"{kind}.{node['id']}", node["message"]
    elif table == "classes" and "id" in node:
        for field in CLASS_TEXTS:
            if node.get(field):
                yield f"class.{node['id']}.{field}", node[field]
    elif table == "products" and "id" in node:
        yield f"product.{node['id']}", node["name"]
    elif table == "escalation":
        for field in ESCALATION_TEXTS:
            yield "escalation", node[field]


@dataclass(frozen=True, eq=False)
class MessageCatalogue:
    """The usable translations of one language, by key."""

    language: str
    pairs: dict[str, tuple[TextPair, ...]]
    missing: tuple[tuple[str, str], ...]
    stale: tuple[TextPair, ...]
    fragments: tuple[TextPair, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing

    def translate(self, key: str, english: str, decimal: str = ".") -> str | None:
        """`english` (a text made from the knowledge base under `key`) translated, or None.

        The values found in its {fields} are translated too where they are numbers
        (`decimal` is the language's decimal mark), product names or known fragments."""
        return _fill(self.pairs.get(key, ()), english, lambda v: self._value(v, decimal))

    def _value(self, value: str, decimal: str) -> str:
        if NUMBER.fullmatch(value):
            return value.replace(".", decimal)
        # A list first: a template matched across several items would swallow the others.
        for separator, joiner in LIST_SEPARATORS:
            pieces = separator.split(value)
            if len(pieces) < 2:
                continue
            parts = [_fill(self._named, p, lambda v: self._value(v, decimal)) for p in pieces]
            if None not in parts:
                return joiner.join(str(part) for part in parts)
        whole = _fill(self._named, value, lambda v: self._value(v, decimal))
        return value if whole is None else whole

    @cached_property
    def _named(self) -> tuple[TextPair, ...]:
        """Values a {field} may hold that have a translation: fragments and product names."""
        products = [
            p for key, pairs in self.pairs.items() if key.startswith("product.") for p in pairs
        ]
        return (*self.fragments, *products)


NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
#: How the program joins several parts in one {field}: lists ("; ", ", ") and sentences.
LIST_SEPARATORS = (
    (re.compile("; "), "; "),
    (re.compile(", "), ", "),
    (re.compile(r"(?<=\.) "), " "),
)


def _fill(pairs: tuple[TextPair, ...], english: str, value: Callable[[str], str]) -> str | None:
    for pair in pairs:
        match = pair.pattern.fullmatch(english)
        if match is not None:
            return pair.text.format(**{k: value(v) for k, v in match.groupdict().items()})
    return None


def load_message_catalogue(directory: Traversable, language: str) -> MessageCatalogue | None:
    """The catalogue for `language`, checked against the knowledge files; None if there is none."""
    name = f"{FOLDER}/{language}.toml"
    if not (directory / FOLDER / f"{language}.toml").is_file():
        return None
    data = validate_file(TranslationFile, read_toml(directory, name), name)
    if data.language != language:
        raise KnowledgeError(f"{name}: language is {data.language!r}, expected {language!r}")
    english = english_texts(directory)
    current: dict[str, list[TextPair]] = {}
    stale: list[TextPair] = []
    seen: set[tuple[str, str]] = set()
    for pair in data.texts:
        if (pair.key, pair.en) in seen:
            raise KnowledgeError(f"{name}: {pair.key}: the same English text twice")
        seen.add((pair.key, pair.en))
        if (pair.key, pair.en) in english:
            current.setdefault(pair.key, []).append(pair)
        else:
            stale.append(pair)
    return MessageCatalogue(
        language=language,
        pairs={key: tuple(pairs) for key, pairs in current.items()},
        missing=tuple(item for item in english if item not in seen),
        stale=tuple(stale),
        fragments=data.fragments,
    )
