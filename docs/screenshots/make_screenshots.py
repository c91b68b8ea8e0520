"""Screenshots of the real window at 1280x800 under Xvfb, for the README.

    .venv/bin/python docs/screenshots/make_screenshots.py

Without a display the script restarts itself under `xvfb-run`. Each scenario is
saved as a plan file, opened through the window like a user would, and grabbed
once the window has settled. The user's own settings are never touched.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from baclofen_desk.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent
SIZE = (1280, 800)
SCREEN = "-screen 0 1600x1000x24"
SETTLE_MS = 600


def main() -> int:
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") is None:
        if shutil.which("xvfb-run") is None:
            print("xvfb-run is needed (Debian: apt install xvfb)", file=sys.stderr)
            return 1
        return subprocess.call(["xvfb-run", "-a", "-s", SCREEN, sys.executable, __file__])
    return shoot()


def scenarios() -> dict[str, tuple[object, object]]:
    """File name -> (PlanRequest, HandoutChoices)."""
    from baclofen_desk.core.models import Patient, PlanRequest
    from baclofen_desk.storage import HandoutChoices

    today = dt.date.today()
    return {
        "standard-adult-titration": (
            PlanRequest(
                patient=Patient(age_years=45, weight_kg=70, sex="male", scr=0.9, indication="ms"),
                start=today,
            ),
            HandoutChoices(),
        ),
        "older-adult-crcl-40-opioid-gabapentin": (
            PlanRequest(
                patient=Patient(age_years=78, weight_kg=70, sex="male", crcl_ml_min=40),
                start=today,
                medications=("oxycodone 5 mg q6h", "gabapentin 300 mg three times a day"),
            ),
            HandoutChoices(),
        ),
        "taper-spanish-handout": (
            PlanRequest(
                patient=Patient(age_years=52, weight_kg=64, height_cm=160, sex="female", scr=0.7),
                mode="taper",
                current_daily_mg=60,
                start=today,
            ),
            HandoutChoices(lang="es", patient_name="María López"),
        ),
    }


def shoot() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from baclofen_desk.resources import default_knowledge
    from baclofen_desk.storage import save_plan_file
    from baclofen_desk.ui.main_window import MainWindow
    from baclofen_desk.ui.qt_settings import name_application

    work = Path(tempfile.mkdtemp(prefix="baclofen-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    name_application()
    app = QApplication(sys.argv)
    knowledge = default_knowledge()
    for name, (request, handout) in scenarios().items():
        plan_file = work / f"{name}.baclofen.json"
        save_plan_file(plan_file, request, handout, rules_version=knowledge.version)  # type: ignore[arg-type]
        window = MainWindow(knowledge)
        window.files.open_path(plan_file)
        window.show()
        window.resize(*SIZE)
        settle(app, window)
        if handout.lang != "en":  # type: ignore[attr-defined]
            show_choices(app, window)
        save(window, name)
        if handout.lang != "en":  # type: ignore[attr-defined]
            shoot_preview(app, window, f"{name}-preview")
        window.document.set_modified(False)
        window.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


def show_choices(app: QApplication, window: MainWindow) -> None:
    """Scroll the form down to the plan and handout choices (taper, language) the scenario is
    about, stopping at the top of a condition so none is cut in half at the edge."""
    from PySide6.QtCore import QPoint

    area = window.editor.area
    bottom = area.verticalScrollBar().maximum()
    tops = [
        box.mapTo(area.widget(), QPoint(0, 0)).y()
        for box in window.editor.patient.conditions.boxes.values()
    ]
    area.verticalScrollBar().setValue(max((top for top in tops if top <= bottom), default=bottom))
    settle(app, window)


def save(widget: QWidget, name: str) -> None:
    target = HERE / f"{name}.png"
    widget.grab().save(str(target))
    print(f"wrote {target.relative_to(HERE.parent.parent)}")


def shoot_preview(app: QApplication, window: MainWindow, name: str) -> None:
    """The in-window PDF preview of the plan's handout (here: in Spanish)."""
    from baclofen_desk.ui.pdf_preview import PdfPreview

    data = window.exports.pdf()
    if data is None:
        raise SystemExit(f"{name}: the plan gave no PDF")
    preview = PdfPreview(data, "handout.pdf", window)
    preview.show()
    preview.resize(*SIZE)
    settle(app, preview)
    save(preview, name)
    preview.close()


def settle(app: QApplication, window: QWidget) -> None:
    """Let the window reach the screen and its layouts settle (a short event loop)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(SETTLE_MS, loop.quit)
    loop.exec()
    if window.windowHandle() is None or not window.windowHandle().isExposed():
        raise SystemExit("the window did not reach the screen")
    app.processEvents()


if __name__ == "__main__":
    sys.exit(main())
