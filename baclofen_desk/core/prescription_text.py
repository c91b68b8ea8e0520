"""The prescription text's wording (handout/prescription.toml), as a validated model."""

from __future__ import annotations

from pydantic import Field

from baclofen_desk.core.kb_io import Entry

FILE = "handout/prescription.toml"


class PrescriptionText(Entry):
    """Whole sentences with named placeholders; amounts and numbers come from the plan."""

    text: str
    first_equal: str
    next_equal: str
    first_unequal: str
    next_unequal: str
    dose_at: str
    doses_join: str
    times_join: str
    then: str
    stop: str
    duration: str
    duration_one: str
    frequency: tuple[str, ...] = Field(min_length=4, max_length=4)

    def times_a_day(self, count: int) -> str:
        """'once a day' ... 'four times a day' (a plan has 1 to 4 doses a day)."""
        return self.frequency[count - 1]
