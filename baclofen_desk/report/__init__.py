"""The printable PDF: patient handout (English or Spanish, optional large print) and
clinician summary.

`handout_data` and `summary_data` turn a plan into every string and number to
print (pure, tested exactly); the renderer in `render/` only lays them out.
"""

from baclofen_desk.report.context import PlanRefused
from baclofen_desk.report.handout_data import handout_data
from baclofen_desk.report.model import HandoutData, SummaryData
from baclofen_desk.report.pdf import build_pdf
from baclofen_desk.report.settings import HandoutSettings
from baclofen_desk.report.summary_data import summary_data

__all__ = [
    "HandoutData",
    "HandoutSettings",
    "PlanRefused",
    "SummaryData",
    "build_pdf",
    "handout_data",
    "summary_data",
]
