"""The check's plumbing: one result type, the plan context as input, and a line that
cannot be read is logged and listed, never dropped."""

from __future__ import annotations

import logging

from baclofen_desk.core.drug_dictionary import (
    MedicationCheck,
    MedicationContext,
    check_medications,
)
from baclofen_desk.core.drug_matching import NameIndex
from baclofen_desk.core.models import KidneyEstimate
from baclofen_desk.resources import default_knowledge
from tests.helpers import request

KNOWLEDGE = default_knowledge()


def test_a_line_that_cannot_be_read_is_logged_and_listed_as_unrecognised(monkeypatch, caplog):
    def broken(self: NameIndex, line: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(NameIndex, "read", broken)
    with caplog.at_level(logging.ERROR, logger="baclofen_desk.core.drug_check"):
        result = check_medications(
            ("oxycodone",), KNOWLEDGE.drugs, MedicationContext(age_years=45), KNOWLEDGE.cite
        )
    assert isinstance(result, MedicationCheck)
    assert [m.status for m in result.matches] == ["unrecognized"]
    assert result.unrecognized == ("oxycodone",)
    assert not result.complete
    [record] = caplog.records
    assert record.getMessage() == (
        "A medication line could not be read; it is listed as unrecognised"
    )
    assert "oxycodone" not in record.getMessage()  # a patient's medication stays out of logs


def test_the_context_carries_the_mode_and_the_current_dose_of_the_request():
    kidney = KidneyEstimate(crcl_ml_min=None, egfr=42.0, band="moderate")
    context = MedicationContext.for_plan(
        request(age_years=70, dialysis=False, mode="taper", current_daily_mg=30), kidney
    )
    assert context == MedicationContext(
        age_years=70, crcl_ml_min=42.0, dialysis=False, mode="taper", current_daily_mg=30
    )
    assert not context.restarts_from_start
    assert MedicationContext(age_years=45).restarts_from_start
