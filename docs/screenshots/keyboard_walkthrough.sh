#!/bin/bash
# The whole workflow by keyboard alone, under Xvfb at 1280x800, with screenshots:
# a 78-year-old (60 kg, creatinine 2.5 mg/dL), four medications typed with Enter between
# them, the oral solution chosen, the severe-kidney alert overridden with a reason, the
# PDF exported through File > Export > PDF (Alt+F, E, P; Ctrl+Shift+E does the same) with
# Alt+Y to the question about the handout's missing emergency number, the plan saved;
# then Open Recent, How to Use (F1), New with Alt+Y and Alt+C (nothing ticked), and the
# Unsaved-changes question answered with Alt+D.
#
#     bash docs/screenshots/keyboard_walkthrough.sh [PYTHON]
#
# Needs xvfb and xdotool (Debian: apt install xvfb xdotool) and the libxcb set of .ci/run.
# There is no window manager under Xvfb, so the script gives each new window the X input
# focus (xdotool windowfocus), as a window manager would; every other step is a key press.
# Settings and files live in a temporary home: the user's own are never touched.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PYTHON="${1:-$ROOT/.venv/bin/python}"
WORK="$(mktemp -d)"
export DISPLAY=:77 HOME="$WORK" XDG_CONFIG_HOME="$WORK/.config" XDG_DATA_HOME="$WORK/.local/share"
Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill "$APP" "$XVFB" 2>/dev/null || true; rm -rf "$WORK"' EXIT
sleep 1
cd "$ROOT"
QT_QPA_PLATFORM=xcb PYTHONPATH="$ROOT" "$PYTHON" -m baclofen_desk >"$WORK/app.log" 2>&1 &
APP=$!

focus() { # the window whose title matches $1 gets the X input focus
    local id
    id="$(xdotool search --sync --onlyvisible --name "$1" | tail -1)"
    xdotool windowfocus --sync "$id"
    sleep 0.4
}
k() { xdotool key --delay 80 "$@"; sleep 0.4; }
t() { xdotool type --delay 50 "$1"; sleep 0.4; }
shot() { sleep 0.8; "$PYTHON" -c "from PIL import ImageGrab; \
ImageGrab.grab(xdisplay='$DISPLAY').quantize(256).save('$HERE/keyboard-$1.png', optimize=True)"; }

focus "Untitled plan"
t 78; k Tab; t 60; k alt+x; t m; k alt+r; t 2.5; k Tab; k alt+n; t m; k Tab
shot 1-patient
k ctrl+Tab
t "oxycodone 5mg q6h prn"; k Return; t "Neurontin 300 tid"; k Return
t "sertraline 50 mg daily"; k Return; t "amlodipine 5 mg daily"; k Return
shot 2-four-medications
k alt+p; k alt+Down; k Down Down Down Down; k Return   # Baclofen oral solution 1 mg/mL
k alt+v
focus "Override critical alert"
t "Nephrology agrees: spasticity limits transfers; low dose, weekly review"
shot 3-override-reason
k Return
focus "— Baclofen Desk$"
shot 4-plan-ready
k alt+f; k e
shot 5-file-export-menu
k p
focus "Handout incomplete"   # no emergency number in this fresh home's Preferences
k alt+y
focus "Export PDF"
t "mr-k-78.pdf"; k Return
focus "mr-k-78.pdf"
shot 6-exported-pdf
k Escape
focus "— Baclofen Desk$"
k ctrl+s
focus "Save plan"
k ctrl+a; t "mr-k-78"; k Return
focus "mr-k-78 — Baclofen Desk"
k alt+f; k r
shot 7-saved-open-recent
k Escape Escape
focus "mr-k-78 — Baclofen Desk"
k F1
focus "How to Use"
shot 8-how-to-use
k Escape
focus "mr-k-78 — Baclofen Desk"
k ctrl+n
focus "Untitled plan"
t 80; k alt+y; k alt+c
shot 9-new-alt-y-alt-c
k ctrl+n
focus "Unsaved changes"
shot 10-unsaved-changes
k alt+d
test -f "$WORK/mr-k-78.pdf" && test -f "$WORK/mr-k-78.baclofen.json"
echo "exported and saved by keyboard; screenshots in $HERE"
