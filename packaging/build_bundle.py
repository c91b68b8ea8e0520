"""Build the desktop bundle for this operating system into dist/ (`make bundle`).

Runs PyInstaller with packaging/baclofen-desk.spec, then adds what installers
and IT need next to the program:

- Linux: `share/` (menu entry, AppStream metadata, file type, icons) and
  `install.sh` inside the folder, and a tarball
  `dist/baclofen-desk-<version>-linux-<arch>.tar.gz` of the whole folder;
- Windows: the folder that packaging/windows/baclofen-desk.iss turns into a
  setup program;
- macOS: `dist/Baclofen Desk.app`, to be signed and notarised
  (packaging/macos/README.md).

    .venv/bin/python packaging/build_bundle.py [--no-archive]
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_ID = "org.baclofendesk.BaclofenDesk"
NAME = "baclofen-desk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def version() -> str:
    """The project version (pyproject.toml)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def bundle_folder() -> Path:
    """Where PyInstaller puts the program for this OS."""
    if sys.platform == "darwin":
        return DIST / "Baclofen Desk.app"
    return DIST / NAME


def folder_size(path: Path) -> int:
    """Bytes in all regular files below `path` (symbolic links not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def run_pyinstaller() -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(PACKAGING / "baclofen-desk.spec"),
    ]
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


def add_linux_files(folder: Path) -> None:
    """Desktop integration files and the installer script, inside the bundle folder."""
    linux = PACKAGING / "linux"
    share = folder / "share"
    if share.exists():
        shutil.rmtree(share)
    copies = {
        linux / f"{APP_ID}.desktop": share / "applications" / f"{APP_ID}.desktop",
        linux / f"{APP_ID}.metainfo.xml": share / "metainfo" / f"{APP_ID}.metainfo.xml",
        linux / f"{APP_ID}.xml": share / "mime" / "packages" / f"{APP_ID}.xml",
        ROOT / "resources" / "icons" / f"{NAME}.svg": (
            share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
        ),
    }
    for size in ICON_SIZES:
        copies[ROOT / "resources" / "icons" / f"{NAME}-{size}.png"] = (
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        )
    for source, target in copies.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    shutil.copy2(linux / "install.sh", folder / "install.sh")


def add_notices(folder: Path) -> None:
    """The third-party notices next to the program, where IT and users look first."""
    # The bundled copy lists the exact versions in this build.
    notices = folder / "_internal" / "THIRD-PARTY-NOTICES.md"
    shutil.copyfile(notices, folder / "THIRD-PARTY-NOTICES.md")


def make_tarball(folder: Path) -> Path:
    """`dist/baclofen-desk-<version>-linux-<arch>.tar.gz`, one top folder inside."""
    top = f"{NAME}-{version()}"
    archive = DIST / f"{top}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=top)
    return archive


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-archive", action="store_true", help="Linux: skip the tarball")
    args = parser.parse_args(argv)

    started = time.monotonic()
    run_pyinstaller()
    folder = bundle_folder()
    if sys.platform.startswith("linux"):
        add_linux_files(folder)
    if sys.platform != "darwin":
        add_notices(folder)
    size = folder_size(folder)
    print(
        f"bundle: {folder.relative_to(ROOT)}  {size / 2**20:.1f} MiB ({size / 1e6:.1f} MB)"
        f"  built in {time.monotonic() - started:.0f} s"
    )
    if sys.platform.startswith("linux") and not args.no_archive:
        archive = make_tarball(folder)
        print(f"archive: {archive.relative_to(ROOT)}  {archive.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
