"""The printable PDF: patient handout (English or Spanish, optional large print) and
clinician summary.

`handout_data` and `summary_data` turn a plan into every string and number to
print (pure, tested exactly); the renderer in `render/` only lays them out.

`build_pdf` loads on first use: the data builders need no ReportLab, so the
window (which uses this package's units for its table) does not pay for
ReportLab at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from baclofen_desk.report.handout_data import handout_data
from baclofen_desk.report.model import HandoutData, SummaryData
from baclofen_desk.report.settings import HandoutSettings
from baclofen_desk.report.summary_data import summary_data

if TYPE_CHECKING:
    from baclofen_desk.report.pdf import build_pdf

__all__ = [
    "HandoutData",
    "HandoutSettings",
    "SummaryData",
    "build_pdf",
    "handout_data",
    "summary_data",
]


def __getattr__(name: str) -> Any:
    if name == "build_pdf":
        from baclofen_desk.report.pdf import build_pdf

        return build_pdf
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
