"""What the clinic adds to every handout (from the settings, the window or the command line)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

from baclofen_desk.core.handout_countries import MAX_REFILLS, Paper, check_emergency_number
from baclofen_desk.core.plain_text import MAX_PRINTED_TEXT

if TYPE_CHECKING:
    from baclofen_desk.core.handout_countries import Countries

#: Longest setting printed (one definition with the plan file's patient name).
MAX_SETTING = MAX_PRINTED_TEXT
PAPERS: tuple[Paper, ...] = get_args(Paper)


class HandoutSettings(BaseModel):
    """Clinic, people and paper of the handout; the names are never put in PDF metadata.

    Without an `emergency_number` the handout says "call your local emergency
    number": a number is never guessed.
    """

    model_config = ConfigDict(defer_build=True, frozen=True, extra="forbid")

    clinic_name: str | None = Field(None, max_length=MAX_SETTING)
    clinic_phone: str | None = Field(None, max_length=MAX_SETTING)
    after_hours_phone: str | None = Field(None, max_length=MAX_SETTING)
    clinic_address: str | None = Field(None, max_length=MAX_SETTING)
    patient_name: str | None = Field(None, max_length=MAX_SETTING)
    prescriber: str | None = Field(None, max_length=MAX_SETTING)
    emergency_number: str | None = Field(None, max_length=20)
    paper: Paper = "letter"
    refills: int = Field(0, ge=0, le=MAX_REFILLS)

    @field_validator(
        "clinic_name",
        "clinic_phone",
        "after_hours_phone",
        "clinic_address",
        "patient_name",
        "prescriber",
        "emergency_number",
    )
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        if value is None:
            return None
        return " ".join(value.split()) or None

    @field_validator("emergency_number")
    @classmethod
    def _dialable(cls, value: str | None) -> str | None:
        return check_emergency_number(value)

    @classmethod
    def for_country(
        cls,
        countries: Countries,
        country: str | None,
        *,
        emergency_number: str | None,
        paper: Paper | None,
        **fields: Any,
    ) -> HandoutSettings:
        """The settings given, the country filling in an emergency number and paper not set."""
        return cls(
            emergency_number=emergency_number or countries.emergency_number(country),
            paper=paper or countries.paper_for(country),
            **fields,
        )


#: The two parts a PDF can hold, in the order they are printed: the patient's handout and
#: the clinician's summary. A PDF holds both, or one of them alone.
PdfPart = Literal["handout", "summary"]
PDF_PARTS: tuple[PdfPart, ...] = get_args(PdfPart)
#: What the PDF's page labels put before each part's own page number, so a PDF viewer (and
#: the print preview) shows the numbers the footers print: "3" for the handout's third page,
#: "Summary 1" for the summary's first.
PAGE_LABEL_PREFIX: dict[PdfPart, str] = {"handout": "", "summary": "Summary "}
