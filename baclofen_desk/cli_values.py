"""Reading the command line's typed values strictly: one line naming the option, or the value.

Numbers are ASCII digits only (Arabic-Indic or full-width digits, "1_0", a leading non-breaking
space are refused, not read as numbers); dates are YYYY-MM-DD; typed text holds
no control characters or direction overrides; an option that takes one value
may be given once. Other modules that add options use these same readers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import TYPE_CHECKING, Any, Final, NoReturn

from pydantic import ValidationError

from baclofen_desk.core.input_errors import first_problem
from baclofen_desk.core.models import Override
from baclofen_desk.core.plain_text import is_hidden_control

if TYPE_CHECKING:
    from collections.abc import Sequence

#: Longest number accepted (characters), so no typed number is read slowly or rounded away.
MAX_NUMBER_CHARS: Final = 16

_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)", re.ASCII)
_INTEGER = re.compile(r"[+-]?[0-9]+", re.ASCII)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


class InvalidInput(Exception):
    """Bad input: the message is one line that names the option."""


class StrictParser(argparse.ArgumentParser):
    """A parser that raises `InvalidInput` and takes single-value options only once."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)  # "--ag" is not "--age"
        super().__init__(*args, **kwargs)
        self.register("action", None, StoreOnce)
        self.register("action", "store", StoreOnce)

    def error(self, message: str) -> NoReturn:
        raise InvalidInput(shown(message))


class StoreOnce(argparse._StoreAction):
    """Store the value, refusing the option a second time (`--age 45 --age 90`)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        given = f"_given_{self.dest}"
        if getattr(namespace, given, False):
            raise argparse.ArgumentError(self, "given more than once; give it once")
        setattr(namespace, given, True)
        super().__call__(parser, namespace, values, option_string)


def shown(text: str) -> str:
    """`text` fit for one line of a terminal: control characters as U+XXXX."""
    return "".join(f"<U+{ord(c):04X}>" if is_hidden_control(c) else c for c in text)


def number(text: str) -> float:
    """A decimal number in ASCII digits ("45", "0.9", "-1" — bounds are the models')."""
    if len(text) > MAX_NUMBER_CHARS or not _DECIMAL.fullmatch(text):
        raise argparse.ArgumentTypeError(f"not a number: {text!r}")
    return float(text)


def integer(text: str) -> int:
    """A whole number in ASCII digits."""
    if len(text) > MAX_NUMBER_CHARS or not _INTEGER.fullmatch(text):
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}")
    return int(text)


def date(text: str) -> dt.date:
    """A calendar date as YYYY-MM-DD (its range is the models')."""
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def text(value: str) -> str:
    """Typed text without control characters, line breaks or direction overrides."""
    for char in value:
        if is_hidden_control(char):
            raise argparse.ArgumentTypeError(
                f"contains a control character (U+{ord(char):04X}); type plain text on one line"
            )
    return value


def override(value: str) -> Override:
    """CODE=REASON: the code of a critical alert, a warning or a major interaction, and why
    it is acceptable."""
    code, sep, reason = text(value).partition("=")
    if not sep or not code.strip() or not reason.strip():
        raise argparse.ArgumentTypeError(f"expected CODE=REASON, got {value!r}")
    try:
        return Override(code=code.strip(), reason=reason.strip())
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(first_problem(exc).text()) from None


def choices_of(values: Sequence[str]) -> dict[str, Any]:
    """`add_argument` keywords for a closed list: its values and a metavar listing them."""
    return {"choices": tuple(values), "metavar": "|".join(values)}
