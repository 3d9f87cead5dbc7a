#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Real input: starts the built cronista on the X display, types the
# accelerators with xdotool and checks what the user would see.
#   shortcuts.sh CRONISTA LANG EXPECTED_VERSION
# LANG is en or es; the window titles are expected in that language.
set -u

cronista=$1
lang=$2
expected_version=$3

case $lang in
  en) preferences_title=Preferences ;;
  es) preferences_title=Preferencias ;;
  *) echo "not ok - unknown language $lang"; exit 1 ;;
esac

tmp=$(mktemp -d)
pid=
cleanup () {
  [ -n "$pid" ] && kill "$pid" 2> /dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

failures=0
ok () { echo "ok - $*"; }
not_ok () { echo "not ok - $*"; failures=$((failures + 1)); }

# Waits up to 15 s for a window of our process whose title is exactly $1;
# prints its id.
wait_window () {
  timeout 15 xdotool search --sync --onlyvisible --pid "$pid" --name "^$1\$" 2> /dev/null | head -n 1
}

version=$("$cronista" --version)
if [ "$version" = "$expected_version" ]; then
  ok "--version prints “$version”"
else
  not_ok "--version printed “$version”, expected “$expected_version”"
fi

"$cronista" --db "$tmp/library.db" > "$tmp/stdout" 2> "$tmp/stderr" &
pid=$!

main=$(wait_window Cronista)
if [ -n "$main" ]; then
  ok "main window “Cronista” appears"
else
  not_ok "no window titled “Cronista” within 15 s"
  cat "$tmp/stderr"
  exit 1
fi

# There is no window manager under Xvfb: give the window the focus ourselves.
xdotool windowfocus --sync "$main"
xdotool key --clearmodifiers ctrl+comma

preferences=$(wait_window "$preferences_title")
if [ -n "$preferences" ]; then
  ok "ctrl+comma opens “$preferences_title”"
  xdotool windowfocus --sync "$preferences"
else
  not_ok "ctrl+comma: no window titled “$preferences_title”"
fi

xdotool key --clearmodifiers ctrl+q

# Up to 10 s for the process to go away.
i=0
while kill -0 "$pid" 2> /dev/null && [ $i -lt 100 ]; do
  sleep 0.1
  i=$((i + 1))
done
if kill -0 "$pid" 2> /dev/null; then
  not_ok "ctrl+q: cronista still running after 10 s"
else
  wait "$pid"
  status=$?
  pid=
  if [ $status -eq 0 ]; then
    ok "ctrl+q quits with status 0"
  else
    not_ok "ctrl+q: cronista exited with status $status"
  fi
fi

# A warning or critical on stderr is a bug too.
if grep -E 'CRITICAL|WARNING' "$tmp/stderr" > /dev/null; then
  not_ok "cronista printed warnings:"
  sed 's/^/# /' "$tmp/stderr"
else
  ok "no warnings on stderr"
fi

exit $failures
