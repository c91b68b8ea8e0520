"""Turning knowledge-base alert templates into `Alert`s with their sources."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from baclofen_desk.core.models import SEVERITY_ORDER, Alert, Mode, RuleApplied, Severity

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import AlertRule, Knowledge


@dataclass(frozen=True)
class Found:
    """The alerts and applied rules one planning stage produced, in the order found."""

    alerts: tuple[Alert, ...] = ()
    rules: tuple[RuleApplied, ...] = ()


class Findings:
    """Alerts and applied rules collected while a plan is built."""

    def __init__(self, knowledge: Knowledge, mode: Mode) -> None:
        self._knowledge = knowledge
        self._mode = mode
        self.alerts: list[Alert] = []
        self.rules: list[RuleApplied] = []

    def alert(
        self,
        rule: AlertRule,
        sources: tuple[str, ...],
        template: str | None = None,
        **fields: object,
    ) -> Alert:
        """Add an alert from a template (the rule's own unless given); `sources` are the
        enclosing rule's."""
        keys = rule.sources or sources
        made = Alert(
            code=rule.code,
            severity=rule.severity,
            message=(template or rule.text_for(self._mode)).format(**fields),
            source=self._knowledge.cite(keys),
            source_keys=keys,
            overridable=rule.overridable,
        )
        self.alerts.append(made)
        return made

    def fixed(self, code: str, severity: Severity, message: str, sources: tuple[str, ...]) -> None:
        """Add an alert whose text needs no filling in (condition and indication notes)."""
        self.alerts.append(
            Alert(
                code=code,
                severity=severity,
                message=message,
                source=self._knowledge.cite(sources),
                source_keys=sources,
            )
        )

    def add(self, alerts: tuple[Alert, ...]) -> None:
        self.alerts.extend(alerts)

    def merge(self, found: Found) -> None:
        """Take over what a stage found, after what is here already."""
        self.alerts.extend(found.alerts)
        self.rules.extend(found.rules)

    def found(self) -> Found:
        """What was collected so far, frozen."""
        return Found(tuple(self.alerts), tuple(self.rules))

    def rule(self, rule_id: str, description: str, sources: tuple[str, ...]) -> None:
        """Record a rule that shaped the plan."""
        sources = tuple(dict.fromkeys(sources))
        self.rules.append(
            RuleApplied(
                id=rule_id,
                description=description,
                source=self._knowledge.cite(sources),
                source_keys=sources,
            )
        )

    def sorted_alerts(self) -> tuple[Alert, ...]:
        """Most severe first; the order of discovery otherwise."""
        return tuple(sorted(self.alerts, key=lambda a: -SEVERITY_ORDER[a.severity]))
