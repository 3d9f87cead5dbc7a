#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Real input for editing: starts the built cronista on a library of the
# event fixtures, hides an event through the timeline's context menu
# opened with the Menu key (its item chosen by its mnemonic), undoes and
# redoes it with Ctrl+Z and Ctrl+Shift+Z, and checks the library with
# cronista-cli after each key.
#   editing-input.sh CRONISTA CRONISTA_CLI LANG FIXTURES_DIR
set -u

cronista=$1
cli=$2
lang=$3
fixtures=$4

# The mnemonic of “_Hide Event” in each language.
case $lang in
  en) hide_key=h ;;
  es) hide_key=o ;;
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

lib=$tmp/library.db
events () {
  "$cli" --db "$lib" events 2> /dev/null | wc -l
}

# Waits up to 10 s for the library to list $1 events.
wait_events () {
  i=0
  while [ "$(events)" -ne "$1" ] && [ $i -lt 100 ]; do
    sleep 0.1
    i=$((i + 1))
  done
  [ "$(events)" -eq "$1" ]
}

"$cli" --db "$lib" import "$fixtures" > /dev/null 2>&1
n=$(events)
if [ "$n" -gt 1 ]; then
  ok "the fixtures give $n events"
else
  not_ok "the fixtures gave $n events"
  exit 1
fi

"$cronista" --db "$lib" > "$tmp/stdout" 2> "$tmp/stderr" &
pid=$!
main=$(timeout 15 xdotool search --sync --onlyvisible --pid "$pid" --name '^Cronista$' 2> /dev/null | head -n 1)
if [ -z "$main" ]; then
  not_ok "no window titled “Cronista” within 15 s"
  cat "$tmp/stderr"
  exit 1
fi
# There is no window manager under Xvfb: give the window the focus ourselves.
xdotool windowfocus --sync "$main"
sleep 1

# A click on the timeline (right of the sidebar, below the bars) gives it
# the keyboard; Right puts its cursor on an event.
eval "$(xdotool getwindowgeometry --shell "$main")"
xdotool mousemove --window "$main" $((WIDTH * 2 / 3)) $((HEIGHT * 3 / 10)) click 1
sleep 0.3
xdotool key --clearmodifiers Right
sleep 0.3
xdotool key --clearmodifiers Menu
sleep 0.5
xdotool key --clearmodifiers "$hide_key"
if wait_events $((n - 1)); then
  ok "Menu, then “$hide_key”, hides an event"
else
  not_ok "Menu, then “$hide_key”: $(events) events, expected $((n - 1))"
fi

xdotool key --clearmodifiers ctrl+z
if wait_events "$n"; then
  ok "ctrl+z brings it back"
else
  not_ok "ctrl+z: $(events) events, expected $n"
fi

xdotool key --clearmodifiers ctrl+shift+z
if wait_events $((n - 1)); then
  ok "ctrl+shift+z hides it again"
else
  not_ok "ctrl+shift+z: $(events) events, expected $((n - 1))"
fi

xdotool key --clearmodifiers ctrl+z
wait_events "$n" || not_ok "the second ctrl+z: $(events) events, expected $n"

xdotool key --clearmodifiers ctrl+q
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
  [ $status -eq 0 ] && ok "ctrl+q quits with status 0" || not_ok "ctrl+q: exit status $status"
fi

# A warning or critical on stderr is a bug too.
if grep -E 'CRITICAL|WARNING' "$tmp/stderr" > /dev/null; then
  not_ok "cronista printed warnings:"
  sed 's/^/# /' "$tmp/stderr"
else
  ok "no warnings on stderr"
fi

exit $failures
