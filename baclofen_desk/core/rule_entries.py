"""The building blocks of every rule in the knowledge base: alert and note templates."""

from __future__ import annotations

from pydantic import Field

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


class NoteTemplate(Entry):
    message: str = Field(min_length=1)


class Sourced(Entry):
    sources: tuple[str, ...] = Field(min_length=1)
