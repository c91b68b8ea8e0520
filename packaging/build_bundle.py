"""Build the desktop bundle for this operating system into dist/ (`make bundle`).

Runs PyInstaller with packaging/baclofen-desk.spec, then adds what installers
and IT need next to the program:

- Linux: first the Debian packages the build needs (binutils, and the X11
  libraries Qt's xcb plugin uses, which are copied into the bundle) are
  installed when missing, as .ci/run does for the tests; then `share/` (menu
  entry, AppStream metadata, file type, icons) and `install.sh` inside the
  folder, and a tarball `dist/baclofen-desk-<version>-linux-<arch>.tar.gz`;
- Windows: the folder that packaging/windows/baclofen-desk.iss turns into a
  setup program;
- macOS: `dist/Baclofen Desk.app`, to be signed and notarised
  (packaging/macos/README.md).

    .venv/bin/python packaging/build_bundle.py [--no-archive] [--no-apt]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_ID = "org.baclofendesk.BaclofenDesk"
NAME = "baclofen-desk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def version() -> str:
    """The project version, written once in baclofen_desk/__init__.py."""
    text = (ROOT / "baclofen_desk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("baclofen_desk/__init__.py does not define __version__")
    return match.group(1)


def bundle_folder() -> Path:
    """Where PyInstaller puts the program for this OS."""
    if sys.platform == "darwin":
        return DIST / "Baclofen Desk.app"
    return DIST / NAME


def folder_size(path: Path) -> int:
    """Bytes in all regular files below `path` (symbolic links not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


#: Debian packages of the system libraries Qt needs on the build machine: the X11
#: helpers are copied into the bundle (so the program runs where they are missing),
#: the rest must be present for PyInstaller to analyse Qt.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libzstd.so.1": "libzstd1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
}


def missing_linux_packages() -> tuple[list[str], list[str]]:
    """Debian packages the Linux build needs but lacks, and libraries with no known package."""
    packages: set[str] = set()
    if shutil.which("objcopy") is None:
        packages.add("binutils")  # PyInstaller writes the program with objcopy
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    files = [
        *(
            qt / "lib" / f"libQt6{name}.so.6"
            for name in ("Core", "Gui", "Widgets", "Network", "Pdf", "PdfWidgets", "PrintSupport")
        ),
        *(qt / "lib" / f"libQt6{name}.so.6" for name in ("Svg", "DBus", "OpenGL", "XcbQpa")),
        qt / "plugins" / "platforms" / "libqxcb.so",
        qt / "plugins" / "platforms" / "libqoffscreen.so",
        *(qt / "plugins" / "xcbglintegrations").glob("*.so"),
    ]
    env = dict(os.environ, LD_LIBRARY_PATH=str(qt / "lib"))
    unknown: set[str] = set()
    for path in files:
        out = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "not found" in line:
                soname = line.split()[0]
                if soname in DEBIAN_PACKAGES:
                    packages.add(DEBIAN_PACKAGES[soname])
                else:
                    unknown.add(soname)
    return sorted(packages), sorted(unknown)


def linux_build_dependencies(install: bool) -> None:
    """Make sure the build machine has what a complete Linux bundle needs."""
    packages, unknown = missing_linux_packages()
    if unknown:
        raise SystemExit("Qt needs libraries this machine lacks: " + ", ".join(unknown))
    if not packages:
        return
    command = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages]
    if os.geteuid() != 0:
        command = ["sudo", "-n", *command]
    if not install or shutil.which("apt-get") is None:
        raise SystemExit(
            "The bundle needs these Debian packages on the build machine: "
            + " ".join(packages)
            + "\n  sudo apt-get install --no-install-recommends "
            + " ".join(packages)
        )
    print("+ " + " ".join(command), flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if subprocess.run(command, env=env, check=False).returncode != 0:
        raise SystemExit("could not install: " + " ".join(packages) + " (install them and retry)")


def build_translations() -> None:
    """The window's .qm catalogues from the committed .ts sources (they are not committed)."""
    command = [sys.executable, "-m", "baclofen_desk.ui.translation_catalogues", "build"]
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


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


def strip_libpython(folder: Path) -> None:
    """Linux: drop the debugging symbols of the bundled libpython (about 17 MB of 22 MB).

    The Python wheels' other libraries ship stripped already; the interpreter's library
    comes from the build machine's Python with its symbols. Exported symbols stay.
    """
    for library in (folder / "_internal").glob("libpython3*.so*"):
        if library.is_file() and not library.is_symlink():
            subprocess.run(["strip", "--strip-unneeded", str(library)], check=True)


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
    parser.add_argument(
        "--no-apt",
        action="store_true",
        help="Linux: do not install missing Debian packages, only name them",
    )
    args = parser.parse_args(argv)

    started = time.monotonic()
    if sys.platform.startswith("linux"):
        linux_build_dependencies(install=not args.no_apt)
    build_translations()
    run_pyinstaller()
    folder = bundle_folder()
    if sys.platform.startswith("linux"):
        strip_libpython(folder)
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
