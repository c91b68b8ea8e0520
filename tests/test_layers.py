"""The core stays pure: importing it loads neither Qt nor ReportLab."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import baclofen_desk.core.planner, baclofen_desk.core.knowledge, baclofen_desk.core.drug_dictionary
import baclofen_desk.resources, baclofen_desk.cli
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "reportlab", "shiboken6"})
print(",".join(loaded))
"""


def test_core_and_cli_import_without_qt_or_reportlab():
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_no_core_module_names_qt_or_reportlab():
    from pathlib import Path

    core = Path(__file__).resolve().parents[1] / "baclofen_desk" / "core"
    for path in core.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for banned in ("PySide6", "reportlab", "shiboken6"):
            assert f"import {banned}" not in text and f"from {banned}" not in text, path


def test_opening_the_window_does_not_load_reportlab():
    """ReportLab (about 200 ms and 20 MB) loads only when a PDF is made, not at start-up."""
    check = (
        "import sys; import baclofen_desk.ui.app, baclofen_desk.ui.main_window; "
        "print('reportlab' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
