"""The numbers behind the handout (instructions.toml), each with its sources.

Loaded with the knowledge-base helpers, so a broken file names the file and the
entry, and every source key must exist in sources.toml.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pydantic import Field, field_validator

from baclofen_desk.core.kb_io import Entry, KnowledgeError, read_toml, validate_file
from baclofen_desk.resources import resource

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge

FILE = "handout/instructions.toml"
CLOCK = r"^([01]\d|2[0-3]):[0-5]\d$"


class MissedDose(Entry):
    skip_within_hours: float = Field(gt=0, le=24)
    sources: tuple[str, ...] = Field(min_length=1)


class Maintenance(Entry):
    weeks_shown: int = Field(ge=1, le=52)
    supply_days: int = Field(ge=1, le=366)
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
    time_of_day: TimeOfDay
    sections: dict[str, tuple[str, ...]]

    @field_validator("time_of_day")
    @classmethod
    def _in_order(cls, value: TimeOfDay) -> TimeOfDay:
        times = [begins for _, begins in value.boundaries()]
        if times != sorted(times) or len(set(times)) != len(times):
            raise ValueError("the parts of the day must begin in order through the day")
        return value

    def source_keys(self) -> set[str]:
        keys = set(self.missed_dose.sources) | set(self.maintenance.sources)
        return keys.union(*self.sections.values())


@cache
def load_handout_rules() -> HandoutRules:
    """The validated handout numbers (source keys are checked by `checked_rules`)."""
    data = read_toml(resource("knowledge", "handout"), "instructions.toml")
    return validate_file(HandoutRules, data, FILE)


def checked_rules(knowledge: Knowledge) -> HandoutRules:
    """The handout numbers, refusing unknown source keys."""
    return check_sources(load_handout_rules(), knowledge)


def check_sources(rules: HandoutRules, knowledge: Knowledge) -> HandoutRules:
    """`rules` if every source key it cites is in sources.toml."""
    missing = sorted(rules.source_keys() - set(knowledge.sources))
    if missing:
        raise KnowledgeError(f"{FILE}: unknown source keys {', '.join(missing)}")
    return rules
