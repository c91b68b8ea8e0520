"""The user's preferences: a versioned, validated model stored as JSON in the settings file.

A stored value that no longer validates (edited by hand, or written by another
version) is reported in the log and replaced by the defaults as a whole; a
half-understood preference is never used.
"""

from __future__ import annotations

import json
import logging
from typing import Literal

from pydantic import Field, ValidationError, field_validator

from baclofen_desk.core.handout_catalogue import HandoutLanguage
from baclofen_desk.core.handout_countries import MAX_REFILLS, Paper, check_emergency_number
from baclofen_desk.core.models import ClockTime, Frozen, ProductId
from baclofen_desk.core.plain_text import MAX_PRINTED_TEXT
from baclofen_desk.ui.color_scheme import SchemeChoice
from baclofen_desk.ui.qt_settings import app_settings
from baclofen_desk.ui.translations import WindowLanguage

log = logging.getLogger(__name__)

KEY = "preferences/json"


class Preferences(Frozen):
    """Clinic details printed on handouts and the defaults for a new plan."""

    schema_version: Literal[1] = 1
    clinic_name: str = Field(
        "", max_length=MAX_PRINTED_TEXT, description="Printed on every handout"
    )
    clinic_phone: str = Field(
        "", max_length=MAX_PRINTED_TEXT, description="Number patients should call"
    )
    after_hours_phone: str = Field(
        "", max_length=MAX_PRINTED_TEXT, description="Number to call out of hours"
    )
    clinic_address: str = Field("", max_length=MAX_PRINTED_TEXT, description="Printed on handouts")
    prescriber: str = Field("", max_length=MAX_PRINTED_TEXT, description="Printed on the summary")
    emergency_number: str = Field(
        "", max_length=20, description="Printed in the emergency sections; empty: by country"
    )
    paper: Paper | None = Field(None, description="Handout paper; None: by the country")
    refills: int = Field(0, ge=0, le=MAX_REFILLS, description="Refills on the prescription")
    language: HandoutLanguage = Field("en", description="Handout language of a new plan")
    default_product: ProductId | None = Field(None, description="None: the rule base's default")
    dose_times: tuple[ClockTime, ...] | None = Field(
        None, max_length=4, description="Clock times for a new plan; None: from the rules"
    )
    large_print: bool = Field(False, description="Large print handout for a new plan")
    keep_recent_files: bool = Field(
        True, description="Keep a list of recently opened plans (file names may name patients)"
    )
    color_scheme: SchemeChoice = Field(
        "system", description="The window's colours: the system's scheme, or always light or dark"
    )
    window_language: WindowLanguage = Field(
        "system", description="The window's language: the system's, or always English or Spanish"
    )

    @field_validator("emergency_number")
    @classmethod
    def _dialable(cls, value: str) -> str:
        return check_emergency_number(" ".join(value.split())) or ""

    @field_validator("dose_times")
    @classmethod
    def _ordered(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is not None and (list(value) != sorted(set(value))):
            raise ValueError("dose times must differ and be in order through the day")
        return value or None


def load_preferences() -> Preferences:
    """The stored preferences, or the defaults when none (or none valid) are stored."""
    text = app_settings().value(KEY, "")
    if not isinstance(text, str) or not text:
        return Preferences()
    try:
        return Preferences.model_validate(json.loads(text))
    except (ValueError, ValidationError) as exc:
        log.warning("Stored preferences are not valid and were reset: %s", type(exc).__name__)
        return Preferences()


def save_preferences(preferences: Preferences) -> None:
    settings = app_settings()
    settings.setValue(KEY, preferences.model_dump_json())
    settings.sync()
