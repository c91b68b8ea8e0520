"""Plans and PDF helpers shared by the report tests."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader

from baclofen_desk.core.models import Patient, Plan, PlanRequest
from baclofen_desk.core.planner import build_plan
from baclofen_desk.resources import default_knowledge

START = dt.date(2026, 12, 1)
GENERATED = dt.datetime(2026, 11, 30, 9, 15)
NBSP = "\u00a0"
ADULT = {"age_years": 45, "weight_kg": 70, "sex": "male", "scr": 0.9}
OLDER = {"age_years": 72, "weight_kg": 70, "sex": "male", "scr": 0.9}


def make_plan(patient: dict[str, Any], **fields: Any) -> Plan:
    fields.setdefault("start", START)
    return build_plan(PlanRequest(patient=Patient(**patient), **fields), default_knowledge())


def page_texts(pdf: bytes) -> list[str]:
    """Text of every page, with non-breaking spaces read as spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return [(page.extract_text() or "").replace(NBSP, " ") for page in reader.pages]


def handout_texts(pdf: bytes) -> list[str]:
    """The patient pages only (the clinician summary starts on its own page)."""
    texts = page_texts(pdf)
    first_summary = next(i for i, text in enumerate(texts) if "Clinician summary" in text)
    return texts[:first_summary]


def char_sizes(pdf: bytes, pages: range) -> list[float]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [
            char["size"]
            for number in pages
            for char in document.pages[number].chars
            if char["text"].strip()
        ]


@pytest.fixture(scope="session")
def adult_plan() -> Plan:
    """The standard adult titration: 15, 30, 45 mg/day for 3 days each, then 60 mg/day."""
    return make_plan(ADULT)


@pytest.fixture(scope="session")
def older_plan() -> Plan:
    """Age 72: weekly steps from 5 to 40 mg/day, about 10 weeks before maintenance."""
    return make_plan(OLDER)


@pytest.fixture(scope="session")
def taper_plan() -> Plan:
    """A slow taper from 80 mg/day: 65, 50, 35, 20, 10, 5 mg/day, then stop (21 days)."""
    return make_plan(ADULT, mode="taper", current_daily_mg=80)
