#!/bin/sh
# Install Baclofen Desk from this unpacked folder, with its menu entry, icon and
# file type (*.baclofen.json).
#
#   sudo ./install.sh          all users: /opt/baclofen-desk, /usr/local/share, /usr/local/bin
#   ./install.sh               this user: ~/.local/opt/baclofen-desk, ~/.local/share, ~/.local/bin
#   ./install.sh --uninstall   remove what the same command installed
#
# Options: --prefix DIR (program folder), --datadir DIR (share folder),
#          --bindir DIR (where the `baclofen-desk` command link goes).
set -eu

APP_ID=org.baclofendesk.BaclofenDesk
EXE=baclofen-desk
HERE=$(cd "$(dirname "$0")" && pwd)

if [ "$(id -u)" -eq 0 ]; then
    PREFIX=/opt/baclofen-desk
    DATADIR=/usr/local/share
    BINDIR=/usr/local/bin
else
    PREFIX="$HOME/.local/opt/baclofen-desk"
    DATADIR="${XDG_DATA_HOME:-$HOME/.local/share}"
    BINDIR="$HOME/.local/bin"
fi
UNINSTALL=no

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX=$2; shift 2 ;;
        --datadir) DATADIR=$2; shift 2 ;;
        --bindir) BINDIR=$2; shift 2 ;;
        --uninstall) UNINSTALL=yes; shift ;;
        -h | --help) sed -n '2,11s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
done

ICON_SIZES="16 24 32 48 64 128 256 512"

refresh_caches() {
    # Each tool is optional; desktops pick the files up at the next login anyway.
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$DATADIR/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATADIR/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$DATADIR/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "$UNINSTALL" = yes ]; then
    rm -f "$BINDIR/$EXE"
    rm -f "$DATADIR/applications/$APP_ID.desktop"
    rm -f "$DATADIR/metainfo/$APP_ID.metainfo.xml"
    rm -f "$DATADIR/mime/packages/$APP_ID.xml"
    for size in $ICON_SIZES; do
        rm -f "$DATADIR/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    rm -f "$DATADIR/icons/hicolor/scalable/apps/$APP_ID.svg"
    if [ -x "$PREFIX/$EXE" ] && [ -d "$PREFIX/_internal" ]; then
        rm -rf "$PREFIX"
    fi
    refresh_caches
    echo "Baclofen Desk removed from $PREFIX"
    exit 0
fi

if [ ! -x "$HERE/$EXE" ] || [ ! -d "$HERE/_internal" ]; then
    echo "install.sh: run me from the unpacked Baclofen Desk folder" >&2
    exit 1
fi

# The program folder: copied beside the old one, then swapped in.
if [ "$HERE" != "$PREFIX" ]; then
    if [ -e "$PREFIX" ] && ! { [ -x "$PREFIX/$EXE" ] && [ -d "$PREFIX/_internal" ]; } &&
        [ -n "$(ls -A "$PREFIX" 2>/dev/null)" ]; then
        echo "install.sh: $PREFIX exists and is not a Baclofen Desk folder; not replacing it" >&2
        exit 1
    fi
    mkdir -p "$(dirname "$PREFIX")"
    rm -rf "$PREFIX.new"
    cp -R "$HERE" "$PREFIX.new"
    rm -rf "$PREFIX"
    mv "$PREFIX.new" "$PREFIX"
fi

SHARE="$PREFIX/share"
mkdir -p "$BINDIR" "$DATADIR/applications" "$DATADIR/metainfo" "$DATADIR/mime/packages"
ln -sf "$PREFIX/$EXE" "$BINDIR/$EXE"

# The menu entry starts the program by its full path, whatever PATH is.
sed -e "s|^TryExec=.*|TryExec=$PREFIX/$EXE|" -e "s|^Exec=$EXE |Exec=$PREFIX/$EXE |" \
    "$SHARE/applications/$APP_ID.desktop" >"$DATADIR/applications/$APP_ID.desktop"
chmod 644 "$DATADIR/applications/$APP_ID.desktop"
cp "$SHARE/metainfo/$APP_ID.metainfo.xml" "$DATADIR/metainfo/"
cp "$SHARE/mime/packages/$APP_ID.xml" "$DATADIR/mime/packages/"
for size in $ICON_SIZES; do
    mkdir -p "$DATADIR/icons/hicolor/${size}x${size}/apps"
    cp "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
        "$DATADIR/icons/hicolor/${size}x${size}/apps/"
done
mkdir -p "$DATADIR/icons/hicolor/scalable/apps"
cp "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg" "$DATADIR/icons/hicolor/scalable/apps/"

refresh_caches
echo "Baclofen Desk installed in $PREFIX (command: $BINDIR/$EXE)"
