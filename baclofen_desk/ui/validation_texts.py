"""The model's messages about refused input, in the window's language.

The domain model (and pydantic) word them in English; each message the form can
show is listed here as a pattern with its translatable text, so a new message
shows in English until it is added (the Spanish window test lists it).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

_CONTEXT = "ValidationTexts"

#: English message (a pattern; its groups are %1, %2...) -> the text to translate.
_MESSAGES = {
    r"Field required": QT_TRANSLATE_NOOP("ValidationTexts", "Required"),
    r"Input should be greater than or equal to (\S+)": QT_TRANSLATE_NOOP(
        "ValidationTexts", "Must be at least %1"
    ),
    r"Input should be greater than (\S+)": QT_TRANSLATE_NOOP(
        "ValidationTexts", "Must be more than %1"
    ),
    r"Input should be less than or equal to (\S+)": QT_TRANSLATE_NOOP(
        "ValidationTexts", "Must be at most %1"
    ),
    r"Input should be less than (\S+)": QT_TRANSLATE_NOOP(
        "ValidationTexts", "Must be less than %1"
    ),
    r"a taper needs the current daily dose": QT_TRANSLATE_NOOP(
        "ValidationTexts", "a taper needs the current daily dose"
    ),
    r"a taper always ends at 0 mg/day; a target is for titration only": QT_TRANSLATE_NOOP(
        "ValidationTexts", "a taper always ends at 0 mg/day; a target is for titration only"
    ),
    r"the target must be above the current dose for a titration; use a taper to lower the dose": (
        QT_TRANSLATE_NOOP(
            "ValidationTexts",
            "the target must be above the current dose for a titration; "
            "use a taper to lower the dose",
        )
    ),
    r"give one time for each dose: (\d+) doses a day need \d+ times": QT_TRANSLATE_NOOP(
        "ValidationTexts", "give one time for each dose: %1 doses a day need %1 times"
    ),
    r"dose times must differ from each other": QT_TRANSLATE_NOOP(
        "ValidationTexts", "dose times must differ from each other"
    ),
    r"dose times must be in order through the day": QT_TRANSLATE_NOOP(
        "ValidationTexts", "dose times must be in order through the day"
    ),
    r"serum creatinine (\S+) (\S+) is above the plausible limit of (\S+) \S+; "
    r"check the value and its unit": QT_TRANSLATE_NOOP(
        "ValidationTexts",
        "serum creatinine %1 %2 is above the plausible limit of %3 %2; "
        "check the value and its unit",
    ),
    r"serum creatinine (\S+) (\S+) is below the plausible limit of (\S+) \S+; "
    r"check the value and its unit": QT_TRANSLATE_NOOP(
        "ValidationTexts",
        "serum creatinine %1 %2 is below the plausible limit of %3 %2; "
        "check the value and its unit",
    ),
    r"'(.*)' is not a clock time as HH:MM \(24-hour\)": QT_TRANSLATE_NOOP(
        "ValidationTexts", "'%1' is not a clock time as HH:MM (24-hour)"
    ),
}
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def validation_message(english: str) -> str:
    """`english` in the window's language when it is a known message, else as it is."""
    for pattern, text in _MESSAGES.items():
        match = re.fullmatch(pattern, english)
        if match is None:
            continue
        shown = QCoreApplication.translate(_CONTEXT, str(text))
        if shown == text:  # no translation installed: the model's own words
            return english
        for number, value in enumerate(match.groups(), start=1):
            shown = shown.replace(f"%{number}", _localised(value))
        return shown
    return english


def _localised(value: str) -> str:
    """0.5 as the window writes it; 120.0 as 120 (pydantic shows the bound as a float)."""
    if not _NUMBER.fullmatch(value):
        return value
    number = float(value)
    text = QLocale().toString(number, "f", 2)
    point = QLocale().decimalPoint()
    return text.rstrip("0").removesuffix(point) if point in text else text
