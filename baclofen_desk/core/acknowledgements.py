"""The clinician's overrides and acknowledgements, applied to a plan's alerts and interactions.

An override marks a critical alert with its reason, so it no longer blocks; an
acknowledgement marks a warning or a major interaction with its reason and changes
nothing else. Whatever matches neither is reported, so it can be said to have lapsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from baclofen_desk.core.models import Alert, Interaction, Override


@dataclass(frozen=True)
class Answered:
    """Alerts and interactions with the reasons given, and the overrides that answer nothing."""

    alerts: tuple[Alert, ...]
    interactions: tuple[Interaction, ...]
    unmatched: tuple[str, ...]


def _answer_alert(alert: Alert, overrides: tuple[Override, ...]) -> Alert:
    override = next((o for o in overrides if o.covers(alert)), None)
    if override is not None:
        return alert.model_copy(update={"override_reason": override.reason})
    acknowledgement = next((o for o in overrides if o.acknowledges(alert)), None)
    if acknowledgement is not None:
        return alert.model_copy(update={"acknowledged_reason": acknowledgement.reason})
    return alert


def _answer_interaction(interaction: Interaction, overrides: tuple[Override, ...]) -> Interaction:
    found = next((o for o in overrides if o.acknowledges_interaction(interaction)), None)
    if found is None:
        return interaction
    return interaction.model_copy(update={"acknowledged_reason": found.reason})


def _answers_any(
    override: Override, alerts: tuple[Alert, ...], interactions: tuple[Interaction, ...]
) -> bool:
    return any(override.covers(a) or override.acknowledges(a) for a in alerts) or any(
        override.acknowledges_interaction(i) for i in interactions
    )


def answer(
    alerts: tuple[Alert, ...],
    interactions: tuple[Interaction, ...],
    overrides: tuple[Override, ...],
) -> Answered:
    """Each alert and interaction with the reason of the override that answers it as it reads."""
    return Answered(
        alerts=tuple(_answer_alert(alert, overrides) for alert in alerts),
        interactions=tuple(_answer_interaction(i, overrides) for i in interactions),
        unmatched=tuple(o.code for o in overrides if not _answers_any(o, alerts, interactions)),
    )
