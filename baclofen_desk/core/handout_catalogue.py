"""The handout's wording per language (en.toml, es.toml), as typed, validated models.

A catalogue with a missing or unknown key, or one that does not name every
product, is refused when the knowledge base loads, with a message that names the
file and the entry, so a handout is never printed with a gap.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING, Literal, get_args

from pydantic import Field, model_validator

from baclofen_desk.core.history_texts import HistoryText, ReviewText
from baclofen_desk.core.kb_io import Entry, KnowledgeError, read_toml, validate_file
from baclofen_desk.core.models import PRODUCT_IDS

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

#: The handout languages: one catalogue file each (`handout/<lang>.toml`).
HandoutLanguage = Literal["en", "es"]
LANGUAGES: tuple[HandoutLanguage, ...] = get_args(HandoutLanguage)


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
    address: str
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
    """One instruction section; `{number}` is the emergency number, when one is set.

    A text that names the number has a `_local` twin for when no number is known
    ("call your local emergency number"): a number is never guessed.
    """

    heading: str
    intro: str
    items: tuple[str, ...] = Field(min_length=1)
    heading_local: str | None = None
    intro_local: str | None = None

    @model_validator(mode="after")
    def _local_twins(self) -> SectionText:
        for name in ("heading", "intro"):
            if "number" in _fields(getattr(self, name)) and not getattr(self, f"{name}_local"):
                raise ValueError(f"{name} names {{number}}: {name}_local is needed as well")
        return self

    def heading_for(self, number: str | None) -> str:
        return _with_number(self.heading, self.heading_local, number)

    def intro_for(self, number: str | None) -> str:
        return _with_number(self.intro, self.intro_local, number)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _with_number(text: str, local: str | None, number: str | None) -> str:
    if "number" not in _fields(text):
        return text
    return text.format(number=number) if number else local or text


class CallText(Entry):
    """Whom to call, printed in every section that tells the patient to call."""

    clinic: str
    phone_only: str
    after_hours: str


class IcsText(Entry):
    """The calendar export's texts (dose reminders) in the handout language."""

    calendar_name: str
    summary: str
    take: str
    take_with_amount: str
    product: str
    days_fixed: str
    days_open: str
    stop_summary: str
    stop: str
    last_dose: str
    alarm: str
    list_join: str
    list_last: str


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
    call: CallText
    ics: IcsText


def load_catalogue(directory: Traversable, lang: str) -> Catalogue:
    """The validated catalogue for `lang` from the knowledge folder `directory`."""
    name = f"handout/{lang}.toml"
    catalogue = validate_file(Catalogue, read_toml(directory, name), name)
    for table in ("products", "product_notes"):
        named = set(getattr(catalogue, table))
        missing = sorted(set(PRODUCT_IDS) - named)
        if missing:
            raise KnowledgeError(f"{name}: {table}: no entry for {', '.join(missing)}")
        unknown = sorted(named - set(PRODUCT_IDS))
        if unknown:
            raise KnowledgeError(f"{name}: {table}: unknown product {', '.join(unknown)}")
    return catalogue


def load_catalogues(directory: Traversable) -> dict[HandoutLanguage, Catalogue]:
    """Every handout language's catalogue (each language must have its file)."""
    return {lang: load_catalogue(directory, lang) for lang in LANGUAGES}
