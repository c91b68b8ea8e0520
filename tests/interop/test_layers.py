"""The exports stay below the window: importing them loads neither Qt nor the UI."""

from __future__ import annotations

import subprocess
import sys


def test_interop_does_not_load_the_window() -> None:
    code = (
        "import sys\n"
        "import baclofen_desk.interop.fhir, baclofen_desk.interop.ics\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] == 'PySide6'"
        " or m.startswith('baclofen_desk.ui')]\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == ""
