"""The About box: version, rule base, licences and what the program is (and is not)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, qVersion

from baclofen_desk import __version__

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge

#: Components shipped with the program and their licences.
LICENCES = (
    ("Qt 6 / Qt for Python (PySide6)", "LGPL-3.0"),
    ("ReportLab", "BSD"),
    ("pydantic", "MIT"),
    ("RapidFuzz", "MIT"),
    ("icalendar", "BSD-2-Clause"),
    ("fhir.resources", "BSD"),
    ("DejaVu fonts", "Bitstream Vera licence, with public-domain changes"),
)


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


def about_html(knowledge: Knowledge) -> str:
    """Rich text for the About box."""
    rows = "".join(f"<li>{escape(name)}: {escape(licence)}</li>" for name, licence in LICENCES)
    purpose = _tr("Plans oral baclofen titration and tapers.")
    support = _tr("Decision support — not a substitute for clinical judgement.")
    check = _tr("Check every plan against the patient and the product label.")
    rule_base = _tr("Rule base")
    version = _tr("version")
    built = _tr("Built with Qt")
    licences = _tr("Third-party components and their licences:")
    return (
        f"<h3>Baclofen Desk {escape(__version__)}</h3>"
        f"<p>{escape(purpose)}</p>"
        f"<p><b>{escape(support)}</b> {escape(check)}</p>"
        f"<p>{escape(rule_base)}: {escape(knowledge.rules.title)}, "
        f"{escape(version)} {escape(knowledge.version)}</p>"
        f"<p>{escape(built)} {escape(qVersion())}. {escape(licences)}</p><ul>{rows}</ul>"
    )
