"""Keep PySide6 6.12.0 on Python 3.10/3.11 from crashing the program after a while.

The 6.12.0 wheels (cp310-abi3) hand back `None` from every Qt method that
returns nothing, and `True` from `Signal.emit`, without taking a reference to
it. Python 3.12 made these objects immortal, so there it is harmless; on 3.10
and 3.11 their reference counts fall by one per call (hundreds per edit in the
window) until Python aborts with "none_dealloc: deallocating None" or
"bool_dealloc", taking the unsaved plan with it.

`protect_none()` detects the leak by measuring it, and only then gives `None`,
`True` and `False` the immortality 3.12 has: a reference count too large to
ever reach zero. It changes nothing on a Python or PySide6 without the leak.
"""

from __future__ import annotations

import ctypes
import platform
import sys

#: References added to None: more than a program could ever release by mistake.
IMMORTAL_HEADROOM = 1 << 40
#: Void Qt calls made to measure the leak.
PROBE_CALLS = 64

_protected = False


def leaks_none() -> bool:
    """Whether a void Qt method call releases a reference to None it did not take."""
    from PySide6.QtGui import QColor

    color = QColor()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        color.setAlpha(255)
    return before - sys.getrefcount(None) >= PROBE_CALLS // 2


def protect_none() -> bool:
    """Make None, True and False immortal when (and only when) the leak is present."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    if _protected or hasattr(sys, "gettotalrefcount"):  # debug builds lay out differently
        return False
    if not leaks_none():
        return False
    for singleton in (None, True, False):
        before = sys.getrefcount(singleton)
        ctypes.c_ssize_t.from_address(id(singleton)).value += IMMORTAL_HEADROOM
        added = sys.getrefcount(singleton) - before  # other references come and go meanwhile
        if abs(added - IMMORTAL_HEADROOM) > IMMORTAL_HEADROOM // 2:  # pragma: no cover
            raise RuntimeError(f"could not protect {singleton} from the PySide6 reference leak")
    globals()["_protected"] = True
    return True
