"""Defaults by the computer's country: paper size and emergency number (countries.toml).

Where the country is unknown or not listed there is no emergency number (the
handout says "call your local emergency number"); a number is never guessed.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from baclofen_desk.core.kb_io import Entry

#: A dialable emergency number as typed: digits, optionally grouped by spaces ("112").
EMERGENCY_NUMBER = re.compile(r"[0-9]{2,6}( [0-9]{1,6})*")
#: Most refills a prescription text may give.
MAX_REFILLS = 11

Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
Paper = Literal["letter", "a4"]
#: A locale name as systems write it: "en_US", "es-ES", "en_US.UTF-8", "de_DE@euro".
_LOCALE = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?:[.@].*)?$")


class PaperRule(Entry):
    letter: tuple[Country, ...] = Field(min_length=1)


class EmergencyNumbers(Entry):
    numbers: dict[Country, Annotated[str, StringConstraints(pattern=r"^[0-9]{3}$")]]
    sources: tuple[str, ...] = Field(min_length=1)


class Countries(Entry):
    paper: PaperRule
    emergency: EmergencyNumbers

    def paper_for(self, country: str | None) -> Paper:
        """Letter in the countries that use it, A4 elsewhere (and when unknown)."""
        return "letter" if country in self.paper.letter else "a4"

    def emergency_number(self, country: str | None) -> str | None:
        """The country's emergency number, or None when it is not known."""
        return self.emergency.numbers.get(country) if country else None


def check_emergency_number(value: str | None) -> str | None:
    """`value` if it is dialable (or empty); raises ValueError with a plain message."""
    if value and not EMERGENCY_NUMBER.fullmatch(value):
        raise ValueError(f"an emergency number has digits only, like 112 (got {value!r})")
    return value


def country_of_locale(name: str | None) -> str | None:
    """The country of a locale name ("en_US.UTF-8" -> "US"); None for "C", "POSIX", ""."""
    match = _LOCALE.match(name or "")
    return match.group(1).upper() if match else None
