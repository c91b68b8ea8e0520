"""The numbers behind the handout (instructions.toml), each with its sources.

Loaded with the knowledge-base helpers, so a broken file names the file and the
entry, and every source key must exist in sources.toml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field, field_validator

from baclofen_desk.core.kb_io import Entry, KnowledgeError, read_toml, validate_file

if TYPE_CHECKING:
    from collections.abc import Collection
    from importlib.resources.abc import Traversable

FILE = "handout/instructions.toml"
CLOCK = r"^([01]\d|2[0-3]):[0-5]\d$"


class MissedDose(Entry):
    skip_within_hours: float = Field(gt=0, le=24)
    sources: tuple[str, ...] = Field(min_length=1)


class Maintenance(Entry):
    weeks_shown: int = Field(ge=1, le=52)
    supply_days: int = Field(ge=1, le=366)
    sources: tuple[str, ...] = Field(min_length=1)


class Prescription(Entry):
    """How much a prescription dispenses beyond the plan's fixed steps."""

    open_supply_days: int = Field(ge=1, le=366)
    after_review_days: int = Field(ge=0, le=90)
    sources: tuple[str, ...] = Field(min_length=1)


class TimeOfDay(Entry):
    """Where each part of the day begins; earlier than `morning` counts as bedtime."""

    morning: str = Field(pattern=CLOCK)
    midday: str = Field(pattern=CLOCK)
    afternoon: str = Field(pattern=CLOCK)
    evening: str = Field(pattern=CLOCK)
    bedtime: str = Field(pattern=CLOCK)

    def slot(self, time: str) -> str:
        """The part of the day a clock time "HH:MM" falls in."""
        found = "bedtime"
        for name, begins in self.boundaries():
            if time >= begins:
                found = name
        return found

    def boundaries(self) -> tuple[tuple[str, str], ...]:
        return tuple((name, getattr(self, name)) for name in SLOT_ORDER)


SLOT_ORDER = ("morning", "midday", "afternoon", "evening", "bedtime")


class HandoutRules(Entry):
    missed_dose: MissedDose
    maintenance: Maintenance
    prescription: Prescription
    time_of_day: TimeOfDay
    sections: dict[str, tuple[str, ...]]

    @field_validator("time_of_day")
    @classmethod
    def _in_order(cls, value: TimeOfDay) -> TimeOfDay:
        times = [begins for _, begins in value.boundaries()]
        if times != sorted(times) or len(set(times)) != len(times):
            raise ValueError("the parts of the day must begin in order through the day")
        return value

    @property
    def open_days(self) -> int:
        """Days an open-ended dose is drawn for, in the printed chart and the window's."""
        return self.maintenance.weeks_shown * 7

    def source_keys(self) -> set[str]:
        keys = set(self.missed_dose.sources) | set(self.maintenance.sources)
        keys |= set(self.prescription.sources)
        return keys.union(*self.sections.values())


def load_handout_rules(directory: Traversable, sources: Collection[str]) -> HandoutRules:
    """The validated handout numbers from the knowledge folder, citing only known sources."""
    return check_sources(validate_file(HandoutRules, read_toml(directory, FILE), FILE), sources)


def check_sources(rules: HandoutRules, sources: Collection[str]) -> HandoutRules:
    """`rules` if every source key it cites is in sources.toml."""
    missing = sorted(rules.source_keys() - set(sources))
    if missing:
        raise KnowledgeError(f"{FILE}: unknown source keys {', '.join(missing)}")
    return rules
