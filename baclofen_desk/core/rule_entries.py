"""The building blocks of every rule in the knowledge base: alert and note templates."""

from __future__ import annotations

from string import Formatter

from pydantic import Field, model_validator

from baclofen_desk.core.kb_io import Entry
from baclofen_desk.core.models import Mode, Severity


class AlertRule(Entry):
    """An alert template: {fields} are filled in by the planner."""

    code: str = Field(pattern=r"^[a-z0-9_.-]+$")
    severity: Severity
    message: str = Field(min_length=1)
    overridable: bool = True
    sources: tuple[str, ...] = Field((), description="Defaults to the enclosing rule's")
    modes: tuple[Mode, ...] = Field(
        ("titrate", "reduce", "taper"), description="Plans it applies to"
    )
    taper_message: str | None = Field(None, description="Wording for tapers, when different")

    def text_for(self, mode: Mode) -> str:
        """The message template for a plan of this mode."""
        falling = mode in ("taper", "reduce")  # a fall starts from the current dose, unscaled
        return self.taper_message if falling and self.taper_message else self.message


class GuardRail(AlertRule):
    """A guard rail's alert template, and its wording when later steps cross the rule too.

    The alert names every step that crosses the rule, so that a reason given for the
    first one lapses (its message changes) when another step crosses it."""

    message_more: str = Field(
        min_length=1, description="The message's {fields} and {steps}: the later steps crossing it"
    )

    @model_validator(mode="after")
    def _more_names_the_steps(self) -> GuardRail:
        if self.taper_message is not None:
            raise ValueError(f"{self.code}: a guard rail reads the same in every plan")
        if _fields(self.message_more) != _fields(self.message) | {"steps"}:
            raise ValueError(
                f"{self.code}: message_more has the message's {{fields}} and {{steps}}"
            )
        return self


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name is not None}


class NoteTemplate(Entry):
    message: str = Field(min_length=1)


class Sourced(Entry):
    sources: tuple[str, ...] = Field(min_length=1)
