"""The start-up path of the window: what it does to start faster, and that it undoes it."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

from pypdf import PdfReader

if TYPE_CHECKING:
    from pathlib import Path

    from baclofen_desk.core.knowledge import Knowledge


def run_entry_point(tmp_path: Path, code: str) -> subprocess.CompletedProcess[str]:
    """`code` in a fresh interpreter on the offscreen platform with a fresh home."""
    inherited = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    env = {
        **inherited,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_garbage_collection_is_paused_until_the_window_is_shown_then_resumed(
    tmp_path: Path,
) -> None:
    code = (
        "import gc, sys\n"
        "from baclofen_desk.__main__ import main\n"
        "from baclofen_desk.ui import app\n"
        "states = []\n"
        "resume = app.resume_collection\n"
        "def recording():\n"
        "    states.append(gc.isenabled())\n"
        "    resume()\n"
        "    states.append(gc.isenabled())\n"
        "app.resume_collection = recording\n"
        "status = main(['--quit-after-show'])\n"
        "print(status, states, gc.isenabled(), gc.get_freeze_count() > 0)\n"
    )
    result = run_entry_point(tmp_path, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "0 [False, True] True True"


def test_the_pure_core_is_imported_before_pyside6(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "order = []\n"
        "class Recorder:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        order.append(name)\n"
        "sys.meta_path.insert(0, Recorder())\n"
        "from baclofen_desk.__main__ import CORE_MODULES, main\n"
        "status = main(['--quit-after-show'])\n"
        "print(status, all(order.index(m) < order.index('PySide6') for m in CORE_MODULES))\n"
    )
    result = run_entry_point(tmp_path, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "0 True"


def test_no_pydantic_plugin_runs_unless_a_setting_says_otherwise(tmp_path: Path) -> None:
    code = (
        "import os\n"
        "from baclofen_desk.__main__ import main\n"
        "main(['--version'])\n"
        "print(os.environ['PYDANTIC_DISABLE_PLUGINS'])\n"
    )
    assert run_entry_point(tmp_path, code).stdout.split("\n")[-2] == "__all__"
    chosen = "import os; os.environ['PYDANTIC_DISABLE_PLUGINS'] = 'one_plugin'\n" + code
    assert run_entry_point(tmp_path, chosen).stdout.split("\n")[-2] == "one_plugin"


def test_the_window_opens_without_importing_what_only_later_work_needs(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from baclofen_desk.__main__ import main\n"
        "status = main(['--quit-after-show'])\n"
        "print(status, sorted({'rapidfuzz', 'reportlab'} & set(sys.modules)))\n"
    )
    result = run_entry_point(tmp_path, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "0 []"


def test_check_previews_prints_and_previews_every_page_of_the_opened_plan(
    tmp_path: Path, knowledge: Knowledge
) -> None:
    import datetime as dt

    from baclofen_desk.core.models import Patient, PlanRequest
    from baclofen_desk.storage import HandoutChoices, save_plan_file

    plan_file = tmp_path / "ana.baclofen.json"
    request = PlanRequest(patient=Patient(age_years=45), start=dt.date(2026, 12, 1))
    save_plan_file(plan_file, request, HandoutChoices(), rules_version=knowledge.version)
    printed = tmp_path / "printed.pdf"
    code = (
        "import sys\n"
        "from baclofen_desk.__main__ import main\n"
        f"sys.exit(main([{str(plan_file)!r}, '--check-previews', {str(printed)!r}]))\n"
    )
    result = run_entry_point(tmp_path, code)
    assert result.returncode == 0, result.stderr
    pages = len(PdfReader(printed).pages)
    assert result.stdout.strip().splitlines()[-1] == (
        f"previews: {pages} pages; printed to printed.pdf: {pages}, "
        f"print preview painted: {pages}, PDF preview shows: {pages}"
    )


def test_check_previews_fails_without_a_plan_to_print(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from baclofen_desk.__main__ import main\n"
        f"sys.exit(main(['--check-previews', {str(tmp_path / 'out.pdf')!r}]))\n"
    )
    result = run_entry_point(tmp_path, code)
    assert result.returncode == 1
    assert result.stdout.strip().splitlines()[-1] == (
        "previews: no plan that can be printed (open a valid plan file)"
    )
    assert not (tmp_path / "out.pdf").exists()
