"""Building the window's translation catalogues: `.ts` sources to `.qm` files Qt loads.

The `.ts` files under resources/translations/ are the committed sources (English
texts with their translations); the `.qm` files are built from them, never kept
as the only copy. After changing a window text, refresh the sources with

    make translations        (python -m baclofen_desk.ui.translation_catalogues update)

and translate what it marks unfinished; `build` (run by make run/test and the
bundle) compiles them; Qt's own catalogues (qtbase_es.qm: the standard dialogs'
buttons) come with PySide6 and are loaded beside them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CODE = ROOT / "baclofen_desk" / "ui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es",)
#: Module-level `_tr("...")` helpers are window texts too.
LUPDATE_OPTIONS = ("-no-obsolete", "-locations", "none", "-tr-function-alias", "tr+=_tr")


def tool(name: str) -> str:
    """A PySide6 tool next to this Python (the virtualenv's bin folder), else on the PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials into this environment")
    return found


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"baclofen_desk_{language}.ts"


def code_files(code: Path = CODE) -> list[Path]:
    return sorted(code.rglob("*.py"))


def update(folder: Path = FOLDER, code: Path = CODE) -> list[Path]:
    """Refresh each `.ts` from the window's code: new texts come in unfinished, gone ones go."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        target = ts_file(language, folder)
        files = [str(path) for path in code_files(code)]
        command = [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *files, "-ts", str(target)]
        subprocess.run(command, check=True, capture_output=True, text=True)
        written.append(target)
    return written


def build(folder: Path = FOLDER, out: Path = FOLDER) -> list[Path]:
    """Compile each `.ts` to `.qm` in `out` (Qt's own qtbase catalogues come with PySide6)."""
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        target = out / f"baclofen_desk_{language}.qm"
        command = [tool("pyside6-lrelease"), "-silent", str(ts_file(language, folder))]
        subprocess.run([*command, "-qm", str(target)], check=True)
        built.append(target)
    return built


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, English text) -> its translation, or None while it is unfinished."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            text = translation.text if done and translation is not None else None
            found[(name, message.findtext("source") or "")] = text or None
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        for path in update():
            unfinished = sorted(key for key, text in messages(path).items() if text is None)
            print(f"{path.relative_to(ROOT)}: {len(unfinished)} text(s) to translate")
            for context, source in unfinished:
                print(f"  [{context or '-'}] {source}")
        return 0
    if command == "build":
        build()
        return 0
    print("usage: python -m baclofen_desk.ui.translation_catalogues update|build", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
