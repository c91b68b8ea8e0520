"""One medication line's result in words: what it matched, its class and severity, or why not."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from baclofen_desk.core.models import INTERACTION_SEVERITY_ORDER
from baclofen_desk.ui.knowledge_texts import interaction_texts, medication_note
from baclofen_desk.ui.severity import severity_word

if TYPE_CHECKING:
    from baclofen_desk.core.models import Interaction, MedicationMatch


@dataclass(frozen=True)
class LineStatus:
    """Text and icon key (a severity, "ok" or "unknown") for one line."""

    text: str
    icon: str


#: Icon of a line with no interaction: only a plain match earns the tick; a second
#: baclofen is a warning (its alert is one), a close spelling is a question, an
#: intrathecal pump is critical (its alert is one).
_NO_INTERACTION_ICON = {
    "matched": "ok",
    "close": "unknown",
    "duplicate": "warning",
    "intrathecal": "critical",
}


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


def line_status(match: MedicationMatch, interactions: tuple[Interaction, ...]) -> LineStatus:
    """Describe how a typed line was understood and what it interacts with."""
    if match.status == "unrecognized":
        text = _tr("Unrecognised: not checked for interactions")
        return LineStatus(_with_note(text, match.note), "unknown")
    if match.status == "ambiguous":
        text = _tr("Ambiguous: could be %1").replace("%1", ", ".join(match.candidates) or "?")
        return LineStatus(_with_note(text, match.note), "unknown")
    name = match.matched_name or match.input
    head = {
        "matched": _tr("Matched: %1"),
        "close": _tr("Close spelling: read as %1, check it"),
        "duplicate": _tr("Duplicate: %1"),
        "intrathecal": _tr("Intrathecal baclofen pump: %1"),
    }[match.status].replace("%1", name)
    note = None if match.status == "close" else match.note  # the typed text is in the line
    worst = max(interactions, key=lambda i: INTERACTION_SEVERITY_ORDER[i.severity], default=None)
    if worst is None:
        return LineStatus(_with_note(head, note), _NO_INTERACTION_ICON[match.status])
    classes = ", ".join(dict.fromkeys(interaction_texts(i)[0] for i in interactions))
    detail = _tr("%1 — %2 interaction").replace("%1", classes)
    detail = detail.replace("%2", severity_word(worst.severity).lower())
    return LineStatus(_with_note(f"{head} · {detail}", note), worst.severity)


def _with_note(text: str, note: str | None) -> str:
    return f"{text}\n{medication_note(note)}" if note else text
