"""Screenshots of the real window under Xvfb, for the README.

    .venv/bin/python docs/screenshots/make_screenshots.py

Without a display the script restarts itself under `xvfb-run`. Each scenario is
saved as a plan file, opened through the window like a user would, and grabbed
once the window has settled, at 1280x800 and 1024x700, light and dark; the file
names say which (`standard-adult-1024x700-dark.png`). The user's own settings
are never touched.

    .venv/bin/python docs/screenshots/make_screenshots.py --language es

shoots the window in Spanish at 1280x800 instead (`standard-adult-es-1280x800-light.png`,
and the older adult with the override dialog of a critical alert open).

    .venv/bin/python docs/screenshots/make_screenshots.py --visits

shoots a plan after two follow-up visits at 1280x800, light: the History page with its
trend chart (`visits-history-1280x800-light.png`) and the Record visit dialog of a third
visit (`visits-record-visit-1280x800-light.png`).

    .venv/bin/python docs/screenshots/make_screenshots.py --scene edited-schedule

shoots the standard adult's schedule shaped in the table (step 3 held 4 more days, the
maintenance dose lowered to 55 mg/day) at 1280x800 (`edited-schedule-hold-1280x800-light.png`).
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
SIZES = ((1280, 800), (1024, 700))
SCHEMES = ("light", "dark")
SCREEN = "-screen 0 1600x1000x24"
SETTLE_MS = 600


def main(argv: list[str]) -> int:
    language = argv[argv.index("--language") + 1] if "--language" in argv else "en"
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") is None:
        if shutil.which("xvfb-run") is None:
            print("xvfb-run is needed (Debian: apt install xvfb)", file=sys.stderr)
            return 1
        command = [sys.executable, __file__, *argv]
        return subprocess.call(["xvfb-run", "-a", "-s", SCREEN, *command])
    if "--visits" in argv:
        return shoot_visits()
    if "--scene" in argv and argv[argv.index("--scene") + 1] == "edited-schedule":
        return shoot_edited_schedule()
    return shoot_spanish() if language == "es" else shoot()


def scenarios() -> dict[str, tuple[object, object, str]]:
    """File name -> (PlanRequest, HandoutChoices, the editor tab shown: patient or medications)."""
    from baclofen_desk.core.models import Patient, PlanRequest
    from baclofen_desk.storage import HandoutChoices

    today = dt.date.today()
    return {
        "standard-adult": (
            PlanRequest(
                patient=Patient(age_years=45, weight_kg=70, sex="male", scr=0.9, indication="ms"),
                start=today,
            ),
            HandoutChoices(),
            "patient",
        ),
        "older-adult-crcl-40-four-medications": (
            PlanRequest(
                patient=Patient(age_years=78, weight_kg=70, sex="male", crcl_ml_min=40),
                start=today,
                medications=(
                    "oxycodone 5 mg q6h",
                    "gabapentin 300 mg three times a day",
                    "sertraline 50 mg daily",
                    "lorazepam 1 mg at night",
                ),
            ),
            HandoutChoices(),
            "medications",
        ),
        "taper-spanish-handout": (
            PlanRequest(
                patient=Patient(age_years=52, weight_kg=64, height_cm=160, sex="female", scr=0.7),
                mode="taper",
                current_daily_mg=60,
                start=today,
            ),
            HandoutChoices(lang="es", patient_name="María López"),
            "patient",
        ),
    }


def shots(name: str) -> list[tuple[tuple[int, int], str]]:
    """(size, scheme) of each screenshot of a scenario: the taper at one size, light only."""
    if name.startswith("taper"):
        return [(SIZE, "light")]
    return [(size, scheme) for size in SIZES for scheme in SCHEMES]


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
    for name, (request, handout, tab) in scenarios().items():
        plan_file = work / f"{name}.baclofen.json"
        save_plan_file(plan_file, request, handout, rules_version=knowledge.version)  # type: ignore[arg-type]
        for (width, height), scheme in shots(name):
            window = MainWindow(knowledge)
            window.colors.set_choice(scheme)  # type: ignore[arg-type]
            window.files.open_path(plan_file)
            window.show()
            window.resize(width, height)
            editor = window.editor
            editor.tabs.setCurrentWidget(getattr(editor, f"{tab}_page"))
            settle(app, window)
            save(window, f"{name}-{width}x{height}-{scheme}")
            if handout.lang != "en":  # type: ignore[attr-defined]
                shoot_preview(app, window, f"{name}-preview")
            window.document.set_modified(False)
            window.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


def spanish_scenarios() -> dict[str, tuple[object, object, str]]:
    """The standard adult; the older adult tapered from 60 mg/day, above the 40 mg/day that
    CrCl 40 allows: a critical alert, with its override dialog open."""
    from baclofen_desk.core.models import PlanRequest

    chosen = scenarios()
    older_name = "older-adult-crcl-40-four-medications"
    older, handout, tab = chosen[older_name]
    taper = PlanRequest.model_validate(
        {**older.model_dump(), "mode": "taper", "current_daily_mg": 60}  # type: ignore[attr-defined]
    )
    return {
        "standard-adult": chosen["standard-adult"],
        f"{older_name}-taper-override": (taper, handout, tab),
    }


def shoot_spanish() -> int:
    """The window in Spanish at 1280x800, light; the override dialog open where one is due."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from baclofen_desk.resources import default_knowledge
    from baclofen_desk.storage import save_plan_file
    from baclofen_desk.ui.main_window import MainWindow
    from baclofen_desk.ui.override_dialog import OverrideDialog
    from baclofen_desk.ui.qt_settings import name_application
    from baclofen_desk.ui.translations import install_translators

    work = Path(tempfile.mkdtemp(prefix="baclofen-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    name_application()
    app = QApplication(sys.argv)
    if not install_translators(app, "es"):
        raise SystemExit("no Spanish catalogue: run `make translations` / the build step first")
    knowledge = default_knowledge()
    for name, (request, handout, tab) in spanish_scenarios().items():
        plan_file = work / f"{name}.baclofen.json"
        save_plan_file(plan_file, request, handout, rules_version=knowledge.version)  # type: ignore[arg-type]
        window = MainWindow(knowledge)
        window.colors.set_choice("light")
        window.files.open_path(plan_file)
        window.show()
        window.move(0, 0)
        window.resize(*SIZE)
        editor = window.editor
        editor.tabs.setCurrentWidget(getattr(editor, f"{tab}_page"))
        settle(app, window)
        blocking = [a for a in window.results.alerts.alerts() if a.blocking]
        if not blocking:
            save(window, f"{name}-es-1280x800-light")
        else:
            dialog = OverrideDialog(blocking[0], window)
            dialog.show()
            geometry = window.frameGeometry()
            dialog.move(geometry.center() - dialog.rect().center())
            settle(app, dialog)
            screen = app.primaryScreen().grabWindow(0, 0, 0, *SIZE)
            target = HERE / f"{name}-es-1280x800-light.png"
            screen.save(str(target))
            print(f"wrote {target.relative_to(HERE.parent.parent)}")
            dialog.reject()
        window.document.set_modified(False)
        window.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


def visits_request() -> object:
    """A titration, a visit that raised the target, a visit that lowered it again (policy P10)."""
    from baclofen_desk.core.models import Patient, PlanRequest
    from baclofen_desk.core.planner import build_plan
    from baclofen_desk.core.visit_models import Visit
    from baclofen_desk.core.visits import after_visit, history_entry
    from baclofen_desk.resources import default_knowledge

    knowledge = default_knowledge()
    first = dt.date.today() - dt.timedelta(days=49)
    request = PlanRequest(
        patient=Patient(age_years=45, weight_kg=70, sex="male", scr=0.9, indication="ms"),
        start=first,
    )
    visits = (
        (
            Visit(
                date=first + dt.timedelta(days=14),
                taking_mg=60,
                outcome="tolerated",
                pain=6,
                spasms=3,
                note="less stiffness at night",
            ),
            {"mode": "titrate", "target_daily_mg": 75},
        ),
        (
            Visit(
                date=first + dt.timedelta(days=35),
                taking_mg=75,
                outcome="side-effects",
                pain=4,
                spasms=1,
                note="drowsy in the afternoon",
            ),
            {"mode": "reduce", "target_daily_mg": 60},
        ),
    )
    for visit, choices in visits:
        plan = build_plan(request, knowledge)
        entry = history_entry(
            request,
            plan.steps,
            visit,
            review_date=plan.review_date,
            rules_version=plan.rules_version,
        )
        following = after_visit(request, entry)  # as `--visit` with `--mode` and `--target-mg`
        request = PlanRequest.model_validate(
            {**following.model_dump(), "schedule": None, **choices}
        )
    return request


def shoot_visits() -> int:
    """The History page after two visits, and the Record visit dialog of a third."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from baclofen_desk.core.visits import dose_on, earliest_visit
    from baclofen_desk.resources import default_knowledge
    from baclofen_desk.storage import HandoutChoices, save_plan_file
    from baclofen_desk.ui.history_view import history_words
    from baclofen_desk.ui.main_window import MainWindow
    from baclofen_desk.ui.qt_settings import name_application
    from baclofen_desk.ui.visit_actions import request_after
    from baclofen_desk.ui.visit_dialog import VisitDialog

    work = Path(tempfile.mkdtemp(prefix="baclofen-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    name_application()
    app = QApplication(sys.argv)
    knowledge = default_knowledge()
    plan_file = work / "visits.baclofen.json"
    save_plan_file(plan_file, visits_request(), HandoutChoices(), rules_version=knowledge.version)  # type: ignore[arg-type]
    window = MainWindow(knowledge)
    window.colors.set_choice("light")
    window.files.open_path(plan_file)
    window.show()
    window.move(0, 0)
    window.resize(*SIZE)
    window.editor.show_history()
    settle(app, window)
    save(window, "visits-history-1280x800-light")
    plan = window.visits.plan()
    if plan is None:
        raise SystemExit("visits: the plan after two visits is not valid")
    today = dt.date.today()
    dialog = VisitDialog(
        history_words(knowledge).outcomes,
        earliest_visit(plan.request),
        today,
        lambda day: dose_on(plan, day),
        lambda visit: request_after(plan, visit),
        window,
    )
    dialog.outcome.set_value("tolerated")
    dialog.pain.set_value_or_none(3)
    dialog.spasms.set_value_or_none(1)
    dialog.note.setText("steady; the drowsiness has gone")
    dialog.show()
    dialog.move(window.frameGeometry().center() - dialog.rect().center())
    dialog.note.setFocus()
    settle(app, dialog)
    target = HERE / "visits-record-visit-1280x800-light.png"
    app.primaryScreen().grabWindow(0, 0, 0, *SIZE).save(str(target))
    print(f"wrote {target.relative_to(HERE.parent.parent)}")
    dialog.reject()
    window.document.set_modified(False)
    window.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


def shoot_edited_schedule() -> int:
    """The standard adult's schedule edited in the table the way a clinician does it: the
    third step held 4 more days and the last dose lowered, the held cell selected."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from baclofen_desk.resources import default_knowledge
    from baclofen_desk.storage import save_plan_file
    from baclofen_desk.ui.main_window import MainWindow
    from baclofen_desk.ui.qt_settings import name_application
    from baclofen_desk.ui.schedule_model import DAILY, DAYS

    work = Path(tempfile.mkdtemp(prefix="baclofen-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    name_application()
    app = QApplication(sys.argv)
    knowledge = default_knowledge()
    request, handout, _tab = scenarios()["standard-adult"]
    plan_file = work / "edited.baclofen.json"
    save_plan_file(plan_file, request, handout, rules_version=knowledge.version)  # type: ignore[arg-type]
    window = MainWindow(knowledge)
    window.colors.set_choice("light")
    window.files.open_path(plan_file)
    window.show()
    window.resize(*SIZE)
    settle(app, window)
    model, table = window.results.schedule, window.results.table
    if window.schedule_editing.hold(2, 4) is not None:
        raise SystemExit("the hold was refused")
    if not model.setData(model.index(3, DAILY), 55.0):
        raise SystemExit("the edit of the last dose was refused")
    table.setFocus()
    table.setCurrentIndex(model.index(2, DAYS))
    settle(app, window)
    save(window, "edited-schedule-hold-1280x800-light")
    window.document.set_modified(False)
    window.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


def save(widget: QWidget, name: str) -> None:
    target = HERE / f"{name}.png"
    widget.grab().save(str(target))
    print(f"wrote {target.relative_to(HERE.parent.parent)}")


def shoot_preview(app: QApplication, window: MainWindow, name: str) -> None:
    """The in-window PDF preview of the plan's handout (here: in Spanish)."""
    from baclofen_desk.ui.pdf_preview import PdfPreview

    # A clinic's handout names whom to call; without it export would first ask about it.
    window.preferences = window.preferences.model_copy(
        update={
            "clinic_name": "Riverside Spasticity Clinic",
            "clinic_phone": "555-0100",
            "emergency_number": "911",
        }
    )
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
    sys.exit(main(sys.argv[1:]))
