"""The last line of defence: an uncaught error is logged and shown, and the window stays open.

The log gets the error's type and where it happened, never its message: a
message can carry what the user typed (names, values), and logs leave the
clinic more easily than plan files do. The user sees the full message.
"""

from __future__ import annotations

import logging
import sys
import traceback
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

log = logging.getLogger("baclofen_desk.crash")


def log_error(logger: logging.Logger, context: str, error: BaseException) -> None:
    """Log what failed and where (file, line, function): no message, no source text."""
    kind = type(error)
    stack = "\n".join(
        f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}'
        for frame in traceback.extract_tb(error.__traceback__)
    )
    logger.error("%s %s.%s\n%s", context, kind.__module__, kind.__qualname__, stack)


def install_excepthook(show: Callable[[str], None]) -> None:
    """Route uncaught exceptions to the log and to `show(message)`."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        report_uncaught(error.with_traceback(tb), show)

    sys.excepthook = hook


def report_uncaught(error: BaseException, show: Callable[[str], None]) -> None:
    """Log the type and stack (no message) and show the message to the user."""
    log_error(log, "Uncaught", error)
    try:
        show(f"{type(error).__name__}: {error}")
    except Exception:  # the dialog itself failed: say so on standard error, keep running
        print(f"Unexpected error: {type(error).__name__}", file=sys.stderr)
