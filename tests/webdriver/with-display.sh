#!/usr/bin/env bash
# Runs a command with a private X display (WebKitGTK needs one, even when driven):
#   tests/webdriver/with-display.sh COMMAND [ARG...]
# Xvfb picks a free display number itself (-displayfd) and is stopped by its pid afterwards,
# whatever the command's outcome.
set -euo pipefail
fifo="$(mktemp -u)"
mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset 3>"$fifo" >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; rm -f "$fifo"' EXIT
read -r -t 10 number <"$fifo" || { echo "Xvfb gave no display number" >&2; exit 1; }
DISPLAY=":$number" "$@"
