#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Real input for importing: starts the built cronista on the X display,
# opens the sample library with the empty state's button (its mnemonic,
# typed with xdotool), then starts it again with files on the command
# line, and checks the libraries with cronista-cli.
#   import-input.sh CRONISTA CRONISTA_CLI LANG
set -u

cronista=$1
cli=$2
lang=$3

# The mnemonic of “Open _Sample Library” in each language.
case $lang in
  en) sample_key=alt+s ;;
  es) sample_key=alt+e ;;
  *) echo "not ok - unknown language $lang"; exit 1 ;;
esac

tmp=$(mktemp -d)
pid=
cleanup () {
  [ -n "$pid" ] && kill "$pid" 2> /dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

export XDG_DATA_HOME="$tmp/data"
failures=0
ok () { echo "ok - $*"; }
not_ok () { echo "not ok - $*"; failures=$((failures + 1)); }

wait_window () {
  timeout 15 xdotool search --sync --onlyvisible --pid "$pid" --name '^Cronista$' 2> /dev/null | head -n 1
}

# Articles in library $1, 0 when it does not exist (yet).
count () {
  [ -f "$1" ] || { echo 0; return; }
  "$cli" --db "$1" list 2> /dev/null | wc -l
}

# Waits up to 30 s for library $1 to hold at least $2 articles.
wait_count () {
  i=0
  while [ "$(count "$1")" -lt "$2" ] && [ $i -lt 300 ]; do
    sleep 0.1
    i=$((i + 1))
  done
  [ "$(count "$1")" -ge "$2" ]
}

quit () {
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
    [ $status -eq 0 ] && ok "$1: quits with status 0" || not_ok "$1: exit status $status"
  fi
  pid=
}

# 1. The empty state's Open Sample Library button.
"$cronista" --db "$tmp/library.db" > "$tmp/stdout" 2> "$tmp/stderr" &
pid=$!
main=$(wait_window)
if [ -z "$main" ]; then
  not_ok "no window titled “Cronista” within 15 s"
  cat "$tmp/stderr"
  exit 1
fi
xdotool windowfocus --sync "$main"
sleep 0.5
xdotool key --clearmodifiers "$sample_key"

sample="$XDG_DATA_HOME/cronista/sample-library.db"
if wait_count "$sample" 10; then
  ok "$sample_key opens the sample library, imported into its own file ($(count "$sample") articles)"
else
  not_ok "$sample_key: the sample library has $(count "$sample") articles after 30 s"
fi
if [ -e "$tmp/library.db" ]; then
  not_ok "the user's library was created by opening the samples"
else
  ok "the user's library is left alone"
fi
quit "sample library"

# 2. Files passed on the command line are imported into the library.
printf 'Primera reunión en Lima\n\nEl 3 de septiembre de 2025 se reunieron en Lima.\n' > "$tmp/a.txt"
printf 'Second meeting in Lima\n\nOn 4 September 2025 they met again in Lima.\n' > "$tmp/b.txt"
"$cronista" --db "$tmp/library.db" "$tmp/a.txt" "$tmp/b.txt" >> "$tmp/stdout" 2>> "$tmp/stderr" &
pid=$!
main=$(wait_window)
if wait_count "$tmp/library.db" 2; then
  ok "files on the command line are imported ($(count "$tmp/library.db") articles)"
else
  not_ok "files on the command line: $(count "$tmp/library.db") articles after 30 s"
fi
[ -n "$main" ] && xdotool windowfocus --sync "$main"
quit "command-line files"

if grep -E 'CRITICAL|WARNING' "$tmp/stderr" > /dev/null; then
  not_ok "cronista printed warnings:"
  sed 's/^/# /' "$tmp/stderr"
else
  ok "no warnings on stderr"
fi

exit $failures
