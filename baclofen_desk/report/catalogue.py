"""The handout's wording per language (en.toml, es.toml), as typed, validated models.

A catalogue with a missing or unknown key is refused at load with a message that
names the file and the entry, so a handout is never printed with a gap.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import Field, field_validator

from baclofen_desk.core.kb_io import Entry, KnowledgeError, read_toml, validate_file
from baclofen_desk.core.visit_models import OUTCOMES
from baclofen_desk.resources import resource

Language = Literal["en", "es"]
LANGUAGES: tuple[Language, ...] = ("en", "es")
#: How the plan after a visit is described in the history ("what changed").
CHANGES = ("continue", "titrate", "reduce", "taper", "schedule")


class Meta(Entry):
    language: str
    pdf_title: str
    title: str
    page: str


class Numbers(Entry):
    decimal: str = Field(min_length=1, max_length=1)


class Dates(Entry):
    months: tuple[str, ...] = Field(min_length=12, max_length=12)
    months_full: tuple[str, ...] = Field(min_length=12, max_length=12)
    weekdays: tuple[str, ...] = Field(min_length=7, max_length=7)
    first_weekday: int = Field(ge=0, le=6)
    full: str
    short: str
    with_year: str
    day_cell: str
    range: str
    range_cell: str
    from_date: str
    time_am: str
    time_pm: str


class Header(Entry):
    clinic: str
    phone: str
    patient: str
    prescriber: str
    date: str
    medicine: str
    plan: str
    plan_titrate: str
    plan_taper: str
    plan_steady: str
    plan_reduce: str
    intro_titrate: str
    intro_taper: str
    intro_steady: str
    intro_reduce: str


class Tips(Entry):
    half_tablet: str
    half_unscored_tablet: str
    liquid: str
    granules: str


class Units(Entry):
    tablet_one: str
    tablet_many: str
    tablet_short: str
    packet_one: str
    packet_many: str
    count: str
    packet_part: str
    packet_join: str
    with_mg: str
    per_day: str


class Slots(Entry):
    morning: str
    midday: str
    afternoon: str
    evening: str
    bedtime: str


class ScheduleText(Entry):
    heading: str
    intro: str
    dates: str
    total: str
    none: str
    stop: str
    continues: str


class CalendarText(Entry):
    heading: str
    intro: str
    legend: str
    abbreviation: str
    count_legend: str
    week: str
    start: str
    new_dose: str
    stop: str
    continues: str
    last_dose: str


class ChartText(Entry):
    heading: str
    caption: str
    caption_no_max: str
    axis: str
    max: str


class PharmacyText(Entry):
    heading: str
    total: str
    halves: str
    supply_whole: str
    open_dose: str
    tablets: str
    packets: str
    liquid: str
    list_join: str


class SectionText(Entry):
    heading: str
    intro: str
    items: tuple[str, ...] = Field(min_length=1)


class InstructionsText(Entry):
    heading: str
    purpose: SectionText
    missed_dose: SectionText
    do_not_stop: SectionText
    alcohol_driving: SectionText
    side_effects: SectionText
    call_prescriber: SectionText
    emergency: SectionText
    withdrawal: SectionText
    go_back: SectionText


class ReviewText(Entry):
    """The next review date on the handout and in the exports (policy P10)."""

    schedule: str
    calendar_mark: str
    calendar_note: str
    event_summary: str
    event_description: str
    fhir_note: str


class HistoryText(Entry):
    """The plan history, the clinician's edits and the soft limits crossed (summary)."""

    heading: str
    intro: str
    columns: tuple[str, ...] = Field(min_length=7, max_length=7)
    no_score: str
    dose: str
    edited: str
    review: str
    overridden: str
    chart_heading: str
    chart_dose: str
    chart_scores: str
    chart_pain: str
    chart_spasms: str
    outcomes: dict[str, str]
    changes: dict[str, str]

    @field_validator("outcomes")
    @classmethod
    def _every_outcome(cls, value: dict[str, str]) -> dict[str, str]:
        if set(value) != set(OUTCOMES):
            raise ValueError(f"needs exactly the outcomes {', '.join(OUTCOMES)}")
        return value

    @field_validator("changes")
    @classmethod
    def _every_change(cls, value: dict[str, str]) -> dict[str, str]:
        if set(value) != set(CHANGES):
            raise ValueError(f"needs exactly the changes {', '.join(CHANGES)}")
        return value


class Catalogue(Entry):
    """Every piece of patient-facing wording in one language."""

    meta: Meta
    numbers: Numbers
    dates: Dates
    header: Header
    products: dict[str, str]
    product_notes: dict[str, str]
    tips: Tips
    units: Units
    slots: Slots
    schedule: ScheduleText
    calendar: CalendarText
    chart: ChartText
    pharmacy: PharmacyText
    instructions: InstructionsText
    review: ReviewText
    history: HistoryText


@cache
def load_catalogue(lang: str) -> Catalogue:
    """The validated catalogue for `lang` ("en" or "es")."""
    if lang not in LANGUAGES:
        raise KnowledgeError(f"handout language {lang!r} is not available ({', '.join(LANGUAGES)})")
    name = f"{lang}.toml"
    data = read_toml(resource("knowledge", "handout"), name)
    return validate_file(Catalogue, data, f"handout/{name}")
