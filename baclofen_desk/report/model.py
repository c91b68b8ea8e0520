"""What the PDF prints, as plain data: every string and number, already worded.

The renderer lays these out and computes nothing; tests compare them exactly.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from baclofen_desk.core.handout_countries import Paper

Change = Literal["start", "up", "down", "stop"]


class Data(BaseModel):
    """Base of the printed data: immutable and strict."""

    model_config = ConfigDict(defer_build=True, frozen=True, extra="forbid")


class Line(Data):
    """A label and its value ("Clinic", "Riverside Neurology")."""

    label: str
    value: str


class ScheduleRow(Data):
    dates: str
    amounts: tuple[str, ...]  # one per column of `ScheduleTable.times`
    total: str
    change: Change | None = None
    message: str = ""  # printed across the amount columns (the stop row of a taper)


class ScheduleTable(Data):
    heading: str
    intro: str
    dates_label: str
    total_label: str
    times: tuple[str, ...]  # column headings: "Morning\n8:00 am"
    rows: tuple[ScheduleRow, ...]
    note: str
    review: str = ""  # "Next visit: December 22, 2026. ..." (policy P10)


class CalendarDay(Data):
    """One cell of the calendar; `doses` has one entry per row of its week (None: no dose)."""

    label: str
    in_plan: bool
    doses: tuple[str | None, ...]
    change: Change | None = None
    mark: str = ""  # "New dose", "Start", "No more baclofen"
    arrow: str = ""  # "▲" or "▼" when the dose goes up or down that day
    visit: str = ""  # "Next visit" on the day of the next review


class CalendarWeek(Data):
    label: str
    times: tuple[str, ...]  # row headings of this week: "Morning\n8:00 am"
    days: tuple[CalendarDay, ...]


class Calendar(Data):
    heading: str
    intro: str
    legend: tuple[str, ...]
    weeks: tuple[CalendarWeek, ...]
    notes: tuple[str, ...]
    box: str
    box_count: int


class ChartData(Data):
    """The daily-dose step line; x is days from the plan's first day."""

    heading: str
    caption: str
    axis_label: str
    points: tuple[tuple[int, float], ...]
    changes: tuple[tuple[int, float], ...]
    x_max: int
    x_labels: tuple[tuple[int, str], ...]
    y_max: float
    y_step: float
    y_labels: tuple[tuple[float, str], ...]
    max_mg: float | None
    max_label: str


class Pharmacy(Data):
    heading: str
    lines: tuple[str, ...]


class Section(Data):
    heading: str
    intro: str
    items: tuple[str, ...]
    urgent: bool = False
    call: str = ""  # whom to call: the clinic's name and phone


class HandoutData(Data):
    """The patient pages."""

    lang: str
    language_tag: str
    large_print: bool
    paper: Paper
    pdf_title: str
    title: str
    page_label: str  # "Page {page} of {pages}"
    running_head: str
    header: tuple[Line, ...]
    intro: str
    tips: tuple[str, ...]
    schedule: ScheduleTable
    chart: ChartData
    pharmacy: Pharmacy
    instructions_heading: str
    instructions: tuple[Section, ...]
    calendar: Calendar


class Table(Data):
    """A clinician-summary table: a heading row and text rows."""

    columns: tuple[str, ...]
    widths: tuple[float, ...]  # fractions of the frame width
    rows: tuple[tuple[str, ...], ...]


class HistoryChart(Data):
    """Dose taken and scores at each visit; x is days from the first visit."""

    heading: str
    dose_label: str
    scores_label: str
    pain_label: str
    spasms_label: str
    x_labels: tuple[tuple[int, str], ...]
    x_max: int
    dose: tuple[tuple[int, float], ...]
    pain: tuple[tuple[int, float], ...]
    spasms: tuple[tuple[int, float], ...]


class SummaryPart(Data):
    heading: str
    paragraphs: tuple[str, ...] = ()
    table: Table | None = None
    chart: HistoryChart | None = None


class SummaryData(Data):
    """The clinician's pages (English)."""

    title: str
    page_label: str  # "Clinician summary · page {page} of {pages} · Rules version ..."
    running_head: str
    disclaimer: str
    versions: str
    intro: tuple[str, ...]  # who the plan is for and from (settings)
    parts: tuple[SummaryPart, ...]
