"""A warning or a major interaction can be acknowledged with a reason; that never unblocks."""

from __future__ import annotations

from baclofen_desk.core.models import Override
from baclofen_desk.core.plan_state import PlanAttention, attention_of, lapsed_overrides
from tests.helpers import plan

TYPICAL = {
    "age_years": 50,
    "weight_kg": 70,
    "sex": "male",
    "scr": 0.9,
    "medications": (
        "oxycodone 5 mg q6h",
        "gabapentin 300 mg tid",
        "atorvastatin 20 mg daily",
        "omeprazole 20 mg daily",
    ),
}
OXYCODONE = "interaction.opioid.oxycodone"
GABAPENTIN = "interaction.gabapentinoid.gabapentin"
BURDEN = "medication.sedative_burden"


def test_each_interaction_has_a_code_by_class_and_drug():
    p = plan(**TYPICAL)
    assert [(i.code, i.severity) for i in p.interactions] == [
        (OXYCODONE, "major"),
        (GABAPENTIN, "major"),
    ]
    assert [(a.code, a.severity) for a in p.alerts if a.severity == "warning"] == [
        (BURDEN, "warning")
    ]


def test_acknowledging_by_code_records_the_reasons_and_changes_nothing_else():
    before = plan(**TYPICAL)
    overrides = (
        Override(code=OXYCODONE, reason="Pain team agreed"),
        Override(code=BURDEN, reason="Reviewed with the patient"),
    )
    after = plan(**TYPICAL, overrides=overrides)
    assert [i.acknowledged_reason for i in after.interactions] == ["Pain team agreed", None]
    burden = next(a for a in after.alerts if a.code == BURDEN)
    assert (burden.acknowledged_reason, burden.override_reason) == (
        "Reviewed with the patient",
        None,
    )
    assert after.unmatched_overrides == ()
    assert after.steps == before.steps
    assert (after.blocked, after.exportable) == (before.blocked, before.exportable)
    assert attention_of(after) == PlanAttention(
        major_interactions=2, majors_acknowledged=1, warnings=1, warnings_acknowledged=1
    )
    assert attention_of(after).majors_unacknowledged == 1


def test_an_acknowledgement_of_a_warning_never_unblocks_a_critical_alert():
    blocked = plan(age_years=45, crcl_ml_min=20)
    critical = next(a for a in blocked.alerts if a.blocking)
    as_warning = Override(
        code=critical.code,
        reason="seen",
        acknowledged_message=critical.message,
        acknowledged_severity="warning",
    )
    p = plan(age_years=45, crcl_ml_min=20, overrides=(as_warning,))
    assert p.blocked
    assert not p.exportable
    assert p.unmatched_overrides == (critical.code,)
    assert [lapsed.is_acknowledgement for lapsed in lapsed_overrides(p)] == [True]


def test_an_override_of_a_critical_alert_never_acknowledges_a_warning():
    warning = next(a for a in plan(**TYPICAL).alerts if a.code == BURDEN)
    as_critical = Override(
        code=BURDEN,
        reason="seen",
        acknowledged_message=warning.message,
        acknowledged_severity="critical",
    )
    p = plan(**TYPICAL, overrides=(as_critical,))
    assert next(a for a in p.alerts if a.code == BURDEN).acknowledged_reason is None
    assert p.unmatched_overrides == (BURDEN,)


def test_an_acknowledged_interaction_lapses_when_it_reads_differently():
    gabapentin = next(i for i in plan(**TYPICAL).interactions if i.code == GABAPENTIN)
    acknowledged = Override(
        code=GABAPENTIN,
        reason="low dose, monitored",
        acknowledged_message=gabapentin.acknowledged_text,
        acknowledged_severity="major",
    )
    same = plan(**TYPICAL, overrides=(acknowledged,))
    assert same.interactions[1].acknowledged_reason == "low dose, monitored"
    older = plan(**{**TYPICAL, "age_years": 70}, overrides=(acknowledged,))
    assert "age 70 years" in (older.interactions[1].escalated_because or "")
    assert older.interactions[1].acknowledged_reason is None
    assert older.unmatched_overrides == (GABAPENTIN,)
    [lapsed] = lapsed_overrides(older)
    assert (lapsed.about_interaction, lapsed.is_acknowledgement) == (True, True)
    assert lapsed.can_acknowledge_again
    assert attention_of(older).lapsed_acknowledgements == 1
    assert attention_of(older).lapsed_overrides == 0


def test_only_a_major_interaction_can_be_acknowledged():
    typical = {**TYPICAL, "medications": ("lisinopril 10 mg daily",)}
    p = plan(
        **typical, overrides=(Override(code="interaction.ace_inhibitor.lisinopril", reason="x"),)
    )
    assert [(i.severity, i.acknowledged_reason) for i in p.interactions] == [("minor", None)]
    assert p.unmatched_overrides == ("interaction.ace_inhibitor.lisinopril",)
