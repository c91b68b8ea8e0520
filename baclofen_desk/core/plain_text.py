"""Typed text that prints as it reads: no control characters, line breaks or direction overrides.

An escape sequence, a carriage return or a right-to-left override in a medication
line or a reason could hide or reorder what the handout and summary print, so
every free-typed field refuses them (window, command line and plan files alike).
"""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator

#: Longest name or setting the handout prints (clinic, phone, patient, prescriber).
MAX_PRINTED_TEXT = 120


def plain_text(value: str) -> str:
    """Refuse control characters and direction overrides, which could hide or reorder text."""
    for char in value:
        if is_hidden_control(char):
            raise ValueError(
                f"contains a control character (U+{ord(char):04X}); type plain text on one line"
            )
    return value


def is_hidden_control(char: str) -> bool:
    """A character that moves, hides or breaks printed text (escape, CR, newline, bidi)."""
    return unicodedata.category(char) in _CONTROL_CATEGORIES or char in _BIDI_CONTROLS


_CONTROL_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

PlainText = Annotated[str, AfterValidator(plain_text)]
