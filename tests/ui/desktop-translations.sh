#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The generated desktop file and metainfo carry the Spanish strings.
#   desktop-translations.sh DESKTOP_FILE METAINFO_FILE
set -u
desktop=$1
metainfo=$2
failures=0

check () { # description, command…
  description=$1
  shift
  if "$@" > /dev/null; then
    echo "ok - $description"
  else
    echo "not ok - $description"
    failures=$((failures + 1))
  fi
}

check "desktop file: Spanish comment" \
  grep -qx 'Comment\[es\]=Convierta artículos de prensa en una cronología de acontecimientos fechados' "$desktop"
check "desktop file: Spanish keywords end with a semicolon" \
  grep -qE '^Keywords\[es\]=.*noticias;.*;$' "$desktop"
check "metainfo: Spanish summary" \
  grep -q '<summary xml:lang="es">Convierta artículos de prensa en una cronología</summary>' "$metainfo"
check "metainfo: Spanish description" \
  grep -q '<p xml:lang="es">' "$metainfo"

exit $failures
