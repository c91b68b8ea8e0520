"""Check the built bundle in dist/ by running it headless (`make bundle-check`).

What it checks, in order:

1. the bundle exists and reports the project's version;
2. `plan ... --json -` gives exactly the schedule the source tree gives, and
   the documented first step; invalid input exits 2 with a one-line message;
3. `--fhir` and `--ics` exports, and `--pdf` (a real PDF with the DejaVu
   fonts embedded);
4. the window starts offscreen with `--quit-after-show` and exits 0, also with
   a plan file given as argument (which must be opened, not ignored), in
   Spanish with LANG=es_ES.UTF-8 (its Spanish catalogue loaded), and under a
   virtual X server (xcb) when `xvfb-run` is installed; printing to a
   file, the print preview and the PDF preview each render every page
   (`--check-previews`, offscreen and under xcb);
5. contents: no Qt Quick, QML, virtual keyboard or WebEngine files; the Qt
   pieces the app needs are there; resources, licence notices (naming every
   bundled Python package) and the icon are inside;
6. Linux: Qt's libraries find all the system libraries they need; the menu
   entry and AppStream metadata validate; install.sh installs and uninstalls
   cleanly into a temporary folder;
7. the size: reported, and at most 150 MiB.

A part whose program code does not exist yet in the source tree (the window,
the PDF handout) is skipped with a message saying so. Exit status 1 when
any check fails.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
APP_ID = "org.baclofendesk.BaclofenDesk"
LIMIT_BYTES = 150 * 2**20  # 150 MiB
TIMEOUT = 120  # seconds for any one run of the program

PLAN_ARGS = [
    "plan",
    "--age",
    "45",
    "--weight",
    "70",
    "--sex",
    "male",
    "--scr",
    "0.9",
    "--start",
    "2026-12-01",
]
#: The first step of that plan (design.md's example).
FIRST_STEP = {"start": "2026-12-01", "end": "2026-12-03", "daily_mg": 15.0}
FIRST_DOSES = [5.0, 5.0, 5.0]

#: Files that must never be in the bundle (matched against the relative path, any case).
FORBIDDEN = re.compile(
    r"qt6?quick|qt6?qml|pyside6qml|webengine|webchannel|virtualkeyboard"
    r"|(^|/)qml(/|$)|imageformats/(lib)?qpdf",
    re.IGNORECASE,
)

WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"
LINUX = sys.platform.startswith("linux")


class CheckFailed(Exception):
    """One check failed; the message says what was expected and what happened."""


class Skipped(Exception):
    """A check that cannot run here; the message says why."""


# --- the bundle --------------------------------------------------------------


def project_version() -> str:
    """The project version, written once in baclofen_desk/__init__.py."""
    text = (ROOT / "baclofen_desk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("baclofen_desk/__init__.py does not define __version__")
    return match.group(1)


def bundle_root() -> Path:
    """The bundle folder (the .app on macOS)."""
    return DIST / "Baclofen Desk.app" if MACOS else DIST / "baclofen-desk"


def program(console: bool = True) -> Path:
    """The bundled executable; on Windows the console twin for command-line runs."""
    root = bundle_root()
    if MACOS:
        return root / "Contents" / "MacOS" / "baclofen-desk"
    if WINDOWS:
        return root / ("baclofen-desk-cli.exe" if console else "baclofen-desk.exe")
    return root / "baclofen-desk"


def internal() -> Path:
    """The folder holding the bundled libraries and data."""
    if MACOS:
        return bundle_root() / "Contents" / "Resources"
    return bundle_root() / "_internal"


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def source_has(module: str, attribute: str | None = None) -> bool:
    """Whether the source tree has `module` (and `attribute` in it) yet."""
    try:
        if importlib.util.find_spec(module) is None:
            return False
        if attribute is None:
            return True
        return hasattr(importlib.import_module(module), attribute)
    except ImportError:
        return False


class Runner:
    """Runs the bundled program in a throw-away home folder, so no real settings are touched."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "QT_", "XDG_", "VIRTUAL_ENV"))
            and key not in ("LD_LIBRARY_PATH", "DISPLAY", "WAYLAND_DISPLAY")
        }
        self.env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_RUNTIME_DIR=str(home / "runtime"),
        )
        (home / "runtime").mkdir(mode=0o700, exist_ok=True)

    def run(
        self,
        args: Sequence[str],
        *,
        console: bool = True,
        prefix: Sequence[str] = (),
        extra_env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        env = dict(self.env, **(extra_env or {}))
        command = [*prefix, str(program(console)), *args]
        try:
            return subprocess.run(
                command,
                env=env,
                cwd=self.home,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise CheckFailed(f"no exit within {TIMEOUT} s: {' '.join(command)}") from None


def tail(text: str, lines: int = 15) -> str:
    return "\n".join("      " + line for line in text.strip().splitlines()[-lines:])


def expect_exit(result: subprocess.CompletedProcess[str], code: int, what: str) -> None:
    if result.returncode != code:
        raise CheckFailed(
            f"{what}: exit status {result.returncode}, expected {code}\n"
            f"    stderr:\n{tail(result.stderr)}"
        )
    if "Traceback (most recent call last)" in result.stderr:
        raise CheckFailed(f"{what}: a Python traceback on stderr\n{tail(result.stderr)}")


# --- the checks ----------------------------------------------------------------


def check_exists(runner: Runner) -> str:
    if not program().is_file():
        raise CheckFailed(f"no bundle at {program().relative_to(ROOT)}: run `make bundle` first")
    result = runner.run(["--version"])
    expect_exit(result, 0, "--version")
    expected = f"baclofen-desk {project_version()}"
    if result.stdout.strip() != expected:
        raise CheckFailed(f"--version printed {result.stdout.strip()!r}, expected {expected!r}")
    return expected


def check_plan_json(runner: Runner) -> str:
    result = runner.run([*PLAN_ARGS, "--json", "-"])
    expect_exit(result, 0, "plan --json -")
    bundled = json.loads(result.stdout)
    source = subprocess.run(
        [sys.executable, "-m", "baclofen_desk", *PLAN_ARGS, "--json", "-"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=True,
    )
    if bundled != json.loads(source.stdout):
        raise CheckFailed("the bundle's plan differs from the source tree's plan")
    steps = bundled["steps"]
    first = {key: steps[0][key] for key in FIRST_STEP}
    if first != FIRST_STEP or steps[0]["doses_mg"] != FIRST_DOSES:
        raise CheckFailed(f"first step {steps[0]}, expected {FIRST_STEP} with {FIRST_DOSES}")
    if steps[-1]["end"] is not None:
        raise CheckFailed("the maintenance step should be open-ended (end = null)")
    if any(step["daily_mg"] > bundled["max_daily_mg"] for step in steps):
        raise CheckFailed("a step exceeds the maximum daily dose")
    if bundled["kidney"]["band"] != "normal":
        raise CheckFailed(f"kidney band {bundled['kidney']['band']!r}, expected 'normal'")
    return (
        f"{len(steps)} steps, {steps[0]['daily_mg']:g} -> {steps[-1]['daily_mg']:g} mg/day, "
        "identical to the source tree"
    )


def check_invalid_input(runner: Runner) -> str:
    result = runner.run(["plan", "--age", "-3", "--json", "-"])
    expect_exit(result, 2, "plan --age -3")
    lines = result.stderr.strip().splitlines()
    if len(lines) != 1 or "--age" not in lines[0] or result.stdout:
        raise CheckFailed(f"expected one line naming --age on stderr, got:\n{tail(result.stderr)}")
    return "exit 2, one line naming --age"


def check_exports(runner: Runner) -> str:
    out = runner.home / "exports"
    out.mkdir(exist_ok=True)
    fhir, ics = out / "plan.fhir.json", out / "plan.ics"
    result = runner.run([*PLAN_ARGS, "--fhir", str(fhir), "--ics", str(ics)])
    expect_exit(result, 0, "plan --fhir --ics")
    resource = json.loads(fhir.read_text(encoding="utf-8"))
    if resource.get("resourceType") != "MedicationRequest":
        raise CheckFailed(f"FHIR export is a {resource.get('resourceType')!r}")
    calendar = ics.read_text(encoding="utf-8")
    if not calendar.startswith("BEGIN:VCALENDAR") or "BEGIN:VEVENT" not in calendar:
        raise CheckFailed("the .ics export is not a calendar with events")
    return "FHIR MedicationRequest and iCalendar written"


def check_pdf(runner: Runner) -> str:
    if not source_has("baclofen_desk.report", "build_pdf"):
        raise Skipped("the PDF handout (baclofen_desk.report.build_pdf) does not exist yet")
    done = []
    for extra in ([], ["--lang", "es", "--large-print"]):
        pdf = runner.home / f"handout{'-'.join(['', *extra])}.pdf"
        result = runner.run([*PLAN_ARGS, *extra, "--pdf", str(pdf)])
        expect_exit(result, 0, f"plan --pdf {' '.join(extra)}".strip())
        data = pdf.read_bytes() if pdf.exists() else b""
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise CheckFailed(f"{pdf.name} is not a complete PDF")
        if b"DejaVu" not in data or b"/FontFile2" not in data:
            raise CheckFailed(f"{pdf.name}: the DejaVu fonts are not embedded")
        pages = _pdf_pages(pdf)
        done.append(f"{pdf.name} ({len(data) // 1024} KiB{pages})")
    return "; ".join(done) + ", DejaVu embedded"


def check_site_config(runner: Runner) -> str:
    """The bundle reads a site file named by BACLOFEN_DESK_SITE_CONFIG; a broken one warns."""
    site = runner.home / "site.toml"
    site.write_text(
        'default_product = "tablet-20"\nrefills = 3\nclinic_phone = "555-0100"\n', encoding="utf-8"
    )
    env = {"BACLOFEN_DESK_SITE_CONFIG": str(site)}
    result = runner.run([*PLAN_ARGS, "--json", "-"], extra_env=env)
    expect_exit(result, 0, "plan with a site file")
    plan = json.loads(result.stdout)
    if plan["request"]["product"] != "tablet-20" or not plan["sig"].endswith("Refills: 3."):
        raise CheckFailed("the site file's product and refills were not used")
    site.write_text('paper = "legal"\n', encoding="utf-8")
    broken = runner.run([*PLAN_ARGS, "--json", "-"], extra_env=env)
    expect_exit(broken, 0, "plan with a broken site file")
    lines = broken.stderr.strip().splitlines()
    if len(lines) != 1 or "Site configuration" not in lines[0] or "paper" not in lines[0]:
        raise CheckFailed(f"expected one warning naming the entry, got:\n{tail(broken.stderr)}")
    return "site file read; a broken one is one warning, exit 0"


def _pdf_pages(path: Path) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:
        return ""
    return f", {len(PdfReader(path).pages)} pages"


def window_ready() -> None:
    if not source_has("baclofen_desk.ui.app", "run_app"):
        raise Skipped("the window (baclofen_desk.ui.app.run_app) does not exist yet")


QT_LOAD_ERRORS = re.compile(
    r"Could not (load|find) the Qt platform plugin|Cannot load library|"
    r"This application failed to start|Could not load the Qt",
)


def run_window(
    runner: Runner,
    args: Sequence[str],
    what: str,
    *,
    extra_env: dict[str, str],
    prefix: Sequence[str] = (),
) -> str:
    started = time.monotonic()
    result = runner.run(
        ["--quit-after-show", *args], console=False, prefix=prefix, extra_env=extra_env
    )
    expect_exit(result, 0, what)
    if "window is not available" in result.stdout or "No display was found" in result.stdout:
        raise CheckFailed(
            f"{what}: the bundled program has no window (was the bundle built before "
            f"baclofen_desk/ui existed? run `make bundle`)\n{tail(result.stdout)}"
        )
    problem = QT_LOAD_ERRORS.search(result.stderr)
    if problem:
        raise CheckFailed(f"{what}: Qt could not load a part\n{tail(result.stderr)}")
    return f"exit 0 in {time.monotonic() - started:.1f} s"


OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}


def check_window_offscreen(runner: Runner) -> str:
    window_ready()
    return run_window(runner, [], "window (offscreen)", extra_env=OFFSCREEN)


def check_window_spanish(runner: Runner) -> str:
    """With a Spanish system locale the window starts in Spanish (its log says which catalogue)."""
    window_ready()
    spanish = dict(OFFSCREEN, LANG="es_ES.UTF-8", LC_ALL="es_ES.UTF-8", LANGUAGE="es")
    started = time.monotonic()
    result = runner.run(["--quit-after-show"], console=False, extra_env=spanish)
    expect_exit(result, 0, "window in Spanish")
    if "Window language: es_ES" not in result.stderr or "baclofen_desk_es.qm" not in result.stderr:
        raise CheckFailed(
            "the window did not load its Spanish catalogue with LANG=es_ES.UTF-8 "
            f"(was the bundle built with `make bundle`?)\n{tail(result.stderr)}"
        )
    return f"baclofen_desk_es.qm loaded, exit 0 in {time.monotonic() - started:.1f} s"


def write_plan_file(folder: Path) -> Path:
    """A plan file written by the source tree's own storage code."""
    import datetime as dt

    from baclofen_desk import cli, storage
    from baclofen_desk.resources import default_knowledge

    args = cli.build_parser().parse_args([*PLAN_ARGS[1:], "--med", "gabapentin 300 mg"])
    request = cli.request_from_args(args, dt.date(2026, 12, 1))
    path = folder / "Check patient.baclofen.json"
    storage.save_plan_file(
        path,
        request,
        storage.HandoutChoices(lang="es", large_print=True, patient_name="Check Patient"),
        rules_version=default_knowledge().version,
    )
    return path


def check_window_plan_file(runner: Runner) -> str:
    window_ready()
    if not source_has("baclofen_desk.storage", "save_plan_file"):
        raise Skipped("plan files (baclofen_desk.storage) do not exist yet")
    folder = runner.home / "plans"
    folder.mkdir(exist_ok=True)
    good = write_plan_file(folder)
    outcome = run_window(runner, [str(good)], "window with a plan file", extra_env=OFFSCREEN)
    evidence = _opened_evidence(runner, good)
    return f"{good.name}: {outcome}; {evidence}"


def check_window_previews(runner: Runner) -> str:
    """Print to a file, the print preview and the PDF preview, inside the bundle (offscreen)."""
    window_ready()
    if not source_has("baclofen_desk.ui.preview_check", "check_previews"):
        raise Skipped("--check-previews (baclofen_desk.ui.preview_check) does not exist yet")
    return run_previews(runner, "offscreen", extra_env=OFFSCREEN)


def run_previews(
    runner: Runner, what: str, *, extra_env: dict[str, str], prefix: Sequence[str] = ()
) -> str:
    """`--check-previews` with a plan file: its one-line report, after checking the file."""
    folder = runner.home / "plans"
    folder.mkdir(exist_ok=True)
    printed = runner.home / f"printed-{what}.pdf"
    result = runner.run(
        [str(write_plan_file(folder)), "--check-previews", str(printed)],
        console=False,
        prefix=prefix,
        extra_env=extra_env,
    )
    expect_exit(result, 0, f"window --check-previews ({what})")
    problem = QT_LOAD_ERRORS.search(result.stderr)
    if problem:
        raise CheckFailed(f"--check-previews: Qt could not load a part\n{tail(result.stderr)}")
    lines = [line for line in result.stdout.splitlines() if line.startswith("previews: ")]
    data = printed.read_bytes() if printed.exists() else b""
    if not lines or not data.startswith(b"%PDF-"):
        raise CheckFailed(f"--check-previews printed nothing:\n{tail(result.stdout)}")
    return lines[-1].removeprefix("previews: ")


def _opened_evidence(runner: Runner, plan: Path) -> str:
    """Show that the file was really read: opening a plan puts it on the recent-files list
    (a file that cannot be read is reported in a dialog instead, and is not listed)."""
    for ini in (runner.home / ".config").rglob("*.ini"):
        if plan.name in ini.read_text(encoding="utf-8", errors="replace"):
            return f"opened (now in the recent files, {ini.name})"
    raise CheckFailed(
        "the window started, but the plan file is not on the recent-files list, "
        "so it was not opened"
    )


def check_window_xcb(runner: Runner) -> str:
    window_ready()
    if not LINUX:
        raise Skipped("the X11 (xcb) check is for Linux")
    xvfb = shutil.which("xvfb-run")
    if xvfb is None or shutil.which("xauth") is None:
        raise Skipped("xvfb-run or xauth is not installed (Debian packages xvfb, xauth)")
    prefix = [xvfb, "-a", "-s", "-screen 0 1280x1024x24"]
    xcb = {"QT_QPA_PLATFORM": "xcb"}
    shown = run_window(runner, [], "window under Xvfb (xcb)", prefix=prefix, extra_env=xcb)
    previews = run_previews(runner, "xcb", extra_env=xcb, prefix=prefix)
    return f"{shown}; previews: {previews}"


def check_contents(runner: Runner) -> str:
    root = bundle_root()
    files = [p.relative_to(root).as_posix() for p in root.rglob("*")]
    forbidden = [f for f in files if FORBIDDEN.search(f)]
    if forbidden:
        shown = "\n".join("      " + f for f in forbidden[:20])
        raise CheckFailed(f"{len(forbidden)} Qt Quick/QML/WebEngine files in the bundle:\n{shown}")
    needed = required_files()
    missing = [pattern for pattern in needed if not any(re.search(pattern, f) for f in files)]
    if missing:
        raise CheckFailed("missing from the bundle: " + ", ".join(missing))
    return f"no Qt Quick/QML/WebEngine/virtual keyboard; {len(needed)} required parts present"


def required_files() -> list[str]:
    """Patterns (relative paths) the bundle must contain."""
    lib = r"(lib)?Qt6?{}(\.so|\.dll|\.framework|\.dylib)"
    needed = [lib.format(name) for name in ("Core", "Gui", "Widgets", "PrintSupport", "Pdf")]
    needed.append(lib.format("Network"))  # QtPdf needs it
    needed += [lib.format("PdfWidgets"), lib.format("Svg")]
    needed += [
        r"plugins/platforms/(lib)?qoffscreen",
        r"plugins/imageformats/(lib)?qsvg",
        r"plugins/iconengines/(lib)?qsvgicon",
        r"translations/qtbase_es\.qm$",
        r"(^|/)_rl_accel[^/]*\.(so|pyd)$",  # ReportLab's C accelerator
        r"baclofen_desk/resources/knowledge/rules\.toml$",
        r"baclofen_desk/resources/fonts/DejaVuSans\.ttf$",
        r"baclofen_desk/resources/fonts/LICENSE-DejaVu\.txt$",
        r"baclofen_desk/resources/icons/baclofen-desk\.svg$",
        r"THIRD-PARTY-NOTICES\.md$",
        r"licenses/LGPL-3\.0\.txt$",
        r"licenses/GPL-3\.0\.txt$",
        r"licenses/Python-PSF-2\.0\.txt$",
        r"licenses/pyinstaller/",
    ]
    if LINUX:
        needed += [
            r"plugins/platforms/libqxcb\.so$",
            r"plugins/platforms/libqwayland\.so$",
            r"plugins/printsupport/libcupsprintersupport\.so$",
            r"^share/applications/" + re.escape(APP_ID) + r"\.desktop$",
            r"^install\.sh$",
        ]
    if WINDOWS:
        needed += [r"plugins/platforms/qwindows\.dll$", r"^baclofen-desk-cli\.exe$"]
    if MACOS:
        needed += [r"plugins/platforms/libqcocoa\.dylib$", r"Contents/Info\.plist$"]
    translations = ROOT / "resources" / "translations"
    needed += [
        r"baclofen_desk/resources/translations/" + re.escape(qm.name) + "$"
        for qm in sorted(translations.glob("*.qm"))
    ]
    return needed


def check_notices(runner: Runner) -> str:
    """Every bundled Python distribution is named in the notices, with its licence files."""
    notices = (internal() / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8").lower()
    bundled = bundled_distributions()
    unnamed = [name for name in bundled if _normal(name) not in _normal(notices)]
    if unnamed:
        raise CheckFailed("THIRD-PARTY-NOTICES.md does not name: " + ", ".join(sorted(unnamed)))
    if "source code offer" not in notices or "lgpl-3.0" not in notices:
        raise CheckFailed("THIRD-PARTY-NOTICES.md lacks the Qt LGPL section with the source offer")
    return f"{len(bundled)} bundled Python packages named, Qt LGPL source offer present"


def _normal(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text.lower())


def bundled_distributions() -> list[str]:
    """Runtime dependencies of baclofen-desk (no extras), by distribution name."""
    found: dict[str, str] = {}
    todo = ["baclofen-desk"]
    while todo:
        wanted = todo.pop()
        if _normal(wanted) in found:
            continue
        dist = importlib.metadata.distribution(wanted)
        found[_normal(wanted)] = dist.metadata["Name"]
        todo += [
            re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0]
            for requirement in dist.requires or []
            if "extra ==" not in requirement
        ]
    found.pop("baclofen-desk")
    return sorted(found.values())


def check_linux_libraries(runner: Runner) -> str:
    """ldd on the Qt libraries and plugins: everything resolves (in the bundle or the system)."""
    if not LINUX:
        raise Skipped("a Linux check")
    if shutil.which("ldd") is None:
        raise Skipped("ldd is not available")
    qt = internal() / "PySide6" / "Qt"
    wayland = sorted((qt / "lib").glob("libQt6W[al]*.so.6"))  # need libwayland-cursor
    essential = [
        *[p for p in sorted((qt / "lib").glob("libQt6*.so.6")) if p not in wayland],
        qt / "plugins" / "platforms" / "libqoffscreen.so",
        qt / "plugins" / "platforms" / "libqxcb.so",
        qt / "plugins" / "iconengines" / "libqsvgicon.so",
        *sorted((qt / "plugins" / "imageformats").glob("*.so")),
    ]
    # Parts that need desktop libraries a headless machine may lack (reported, not failed).
    optional = [
        *wayland,
        qt / "plugins" / "platforms" / "libqwayland.so",
        qt / "plugins" / "printsupport" / "libcupsprintersupport.so",
        qt / "plugins" / "platformthemes" / "libqgtk3.so",
    ]
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal()}:{qt / 'lib'}")
    failures, notes = [], []
    for path in [p for p in essential + optional if p.exists()]:
        out = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True).stdout
        absent = sorted({line.split()[0] for line in out.splitlines() if "not found" in line})
        if not absent:
            continue
        entry = f"{path.name}: {', '.join(absent)}"
        (notes if path in optional else failures).append(entry)
    if failures:
        raise CheckFailed("libraries not found:\n" + "\n".join("      " + f for f in failures))
    checked = len([p for p in essential if p.exists()])
    if notes:
        return (
            f"{checked} Qt libraries/plugins resolve; not installed here (optional, "
            "present on desktops): " + "; ".join(notes)
        )
    return f"{checked} Qt libraries/plugins and the optional ones resolve"


def check_desktop_files(runner: Runner) -> str:
    if not LINUX:
        raise Skipped("a Linux check")
    linux = PACKAGING / "linux"
    results = []
    tools = {
        "desktop-file-validate": [str(linux / f"{APP_ID}.desktop")],
        "appstreamcli": ["validate", "--no-net", str(linux / f"{APP_ID}.metainfo.xml")],
    }
    for tool, args in tools.items():
        path = shutil.which(tool)
        if path is None:
            results.append(f"{tool} not installed (skipped)")
            continue
        out = subprocess.run([path, *args], capture_output=True, text=True, timeout=TIMEOUT)
        text = (out.stdout + out.stderr).strip()
        if out.returncode != 0 or (tool == "desktop-file-validate" and text):
            raise CheckFailed(f"{tool} reports:\n{tail(text)}")
        results.append(f"{tool} ok")
    metainfo = (linux / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    if f'<release version="{project_version()}"' not in metainfo:
        raise CheckFailed(f"the metainfo has no <release> for version {project_version()}")
    return ", ".join(results) + f", release {project_version()} listed"


def check_linux_install(runner: Runner) -> str:
    if not LINUX:
        raise Skipped("a Linux check")
    base = runner.home / "install-test"
    prefix, datadir, bindir = base / "opt" / "baclofen-desk", base / "share", base / "bin"
    options = ["--prefix", str(prefix), "--datadir", str(datadir), "--bindir", str(bindir)]
    script = bundle_root() / "install.sh"

    def sh(*extra: str) -> None:
        out = subprocess.run(
            ["sh", str(script), *options, *extra],
            env=runner.env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
        if out.returncode != 0:
            raise CheckFailed(f"install.sh {' '.join(extra)} failed:\n{tail(out.stderr)}")

    sh()
    desktop = datadir / "applications" / f"{APP_ID}.desktop"
    expected = [
        desktop,
        datadir / "metainfo" / f"{APP_ID}.metainfo.xml",
        datadir / "mime" / "packages" / f"{APP_ID}.xml",
        datadir / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png",
        datadir / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        bindir / "baclofen-desk",
    ]
    missing = [str(p.relative_to(base)) for p in expected if not p.exists()]
    if missing:
        raise CheckFailed("install.sh did not install: " + ", ".join(missing))
    if f"Exec={prefix}/baclofen-desk %f" not in desktop.read_text(encoding="utf-8"):
        raise CheckFailed("the installed menu entry does not start the installed program")
    validator = shutil.which("desktop-file-validate")
    if validator:
        out = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
        if out.returncode != 0 or out.stdout.strip():
            raise CheckFailed(f"installed menu entry: {out.stdout.strip()}")
    mime_type = _installed_mime_type(datadir, runner.home / "x.baclofen.json")
    version = subprocess.run(
        [str(bindir / "baclofen-desk"), "--version"],
        env=runner.env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    if version.returncode != 0 or project_version() not in version.stdout:
        raise CheckFailed(f"the installed command does not run:\n{tail(version.stderr)}")
    sh("--uninstall")
    left = [
        p.relative_to(base).as_posix()
        for p in base.rglob("*")
        if p.is_file() and not _is_cache(p.relative_to(datadir) if datadir in p.parents else p)
    ]
    if left or prefix.exists():
        raise CheckFailed("install.sh --uninstall left: " + ", ".join(left or [str(prefix)]))
    return f"installed, ran, uninstalled cleanly{mime_type}"


def _is_cache(relative: Path) -> bool:
    """Files the desktop's cache tools write (they stay, as with any package)."""
    parts = relative.parts
    if parts[:1] == ("mime",):
        return parts[1:2] != ("packages",)
    return relative.name in ("mimeinfo.cache", "icon-theme.cache")


def _installed_mime_type(datadir: Path, sample: Path) -> str:
    """The file type the system database gives a plan file (when the tools are there)."""
    if shutil.which("update-mime-database") is None or shutil.which("gio") is None:
        return ""
    sample.write_text("{}", encoding="utf-8")
    env = dict(os.environ, XDG_DATA_DIRS=f"{datadir}:/usr/local/share:/usr/share")
    out = subprocess.run(
        ["gio", "info", "-a", "standard::content-type", str(sample)],
        env=env,
        capture_output=True,
        text=True,
    )
    found = re.search(r"standard::content-type: (\S+)", out.stdout)
    if found and found.group(1) == "application/vnd.baclofendesk.plan+json":
        return "; *.baclofen.json recognised as application/vnd.baclofendesk.plan+json"
    return ""


def check_size(runner: Runner) -> str:
    size = folder_size(bundle_root())
    shown = f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)"
    if size > LIMIT_BYTES:
        raise CheckFailed(f"the bundle is {shown}, more than {LIMIT_BYTES / 2**20:.0f} MiB")
    return f"{shown}, limit {LIMIT_BYTES / 2**20:.0f} MiB"


def check_icons(runner: Runner) -> str:
    out = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    if out.returncode != 0:
        raise CheckFailed(out.stderr.strip())
    return "PNG/ICO/ICNS match the SVG"


CHECKS: list[tuple[str, Callable[[Runner], str]]] = [
    ("bundle runs, right version", check_exists),
    ("plan --json", check_plan_json),
    ("invalid input", check_invalid_input),
    ("--fhir / --ics", check_exports),
    ("--pdf", check_pdf),
    ("site configuration", check_site_config),
    ("window offscreen --quit-after-show", check_window_offscreen),
    ("window in Spanish (LANG=es_ES.UTF-8)", check_window_spanish),
    ("plan file as argument", check_window_plan_file),
    ("print, print preview, PDF preview", check_window_previews),
    ("window on X11 (Xvfb)", check_window_xcb),
    ("contents", check_contents),
    ("licence notices", check_notices),
    ("Linux libraries", check_linux_libraries),
    (".desktop / metainfo", check_desktop_files),
    ("install.sh", check_linux_install),
    ("icons up to date", check_icons),
    ("size", check_size),
]


def main() -> int:
    failed = skipped = 0
    print(f"Checking {bundle_root().relative_to(ROOT)}")
    with tempfile.TemporaryDirectory(prefix="bundle-check-") as temp:
        runner = Runner(Path(temp))
        for title, check in CHECKS:
            try:
                detail = check(runner)
            except Skipped as why:
                skipped += 1
                print(f"  SKIP {title}: {why}")
            except CheckFailed as why:
                failed += 1
                print(f"  FAIL {title}: {why}")
                if check is check_exists:
                    break
            except Exception as error:  # a bug here, or a changed API in the source tree
                failed += 1
                print(f"  FAIL {title}: {type(error).__name__}: {error}")
            else:
                print(f"  ok   {title}: {detail}")
            sys.stdout.flush()
    passed = len(CHECKS) - failed - skipped
    print(f"{passed} passed, {skipped} skipped, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
