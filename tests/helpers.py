"""Small builders shared by the tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from baclofen_desk.core.models import Patient, Plan, PlanRequest
from baclofen_desk.core.planner import build_plan
from baclofen_desk.resources import default_knowledge

if TYPE_CHECKING:
    from pathlib import Path

START = dt.date(2026, 12, 1)
PATIENT_FIELDS = set(Patient.model_fields)


def request(**fields: Any) -> PlanRequest:
    """A request from flat keyword arguments (patient fields mixed with plan fields)."""
    patient = {k: fields.pop(k) for k in list(fields) if k in PATIENT_FIELDS}
    fields.setdefault("start", START)
    return PlanRequest(patient=Patient(**patient), **fields)


def plan(**fields: Any) -> Plan:
    return build_plan(request(**fields), default_knowledge())


def schedule(p: Plan) -> list[tuple[str, str | None, float, tuple[float, ...]]]:
    """Steps as (start, end, daily, doses) for exact comparisons."""
    return [
        (s.start.isoformat(), s.end.isoformat() if s.end else None, s.daily_mg, s.doses_mg)
        for s in p.steps
    ]


def codes(p: Plan) -> dict[str, str]:
    """Alert code -> severity."""
    return {a.code: a.severity for a in p.alerts}


def daily_by_date(p: Plan, days: int = 200) -> dict[dt.date, float]:
    """The planned daily dose on every day from the start (open-ended step extended)."""
    out: dict[dt.date, float] = {}
    for step in p.steps:
        end = step.end or (p.request.start + dt.timedelta(days=days))
        day = step.start
        while day <= end:
            out[day] = step.daily_mg
            day += dt.timedelta(days=1)
    return out


def edit_file(path: Path, old: str, new: str) -> None:
    """Replace the first `old` in a text file; the text must be there."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
