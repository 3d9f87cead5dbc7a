#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The API guards in meson.build make anything newer than Debian 12's
# libraries a diagnostic. Compile a probe that calls a libadwaita 1.2
# function: silent with the project's guards (1.2), a deprecation
# diagnostic when the ceiling is lowered to 1.1.
set -eu
cc=${1:?compiler}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/probe.c" <<'C'
#include <adwaita.h>
GtkWidget *probe (void);
GtkWidget *probe (void) { return adw_about_window_new (); }
C
flags=$(pkg-config --cflags libadwaita-1)

# shellcheck disable=SC2086
$cc -c -o "$tmp/ok.o" $flags -Wall -Werror=deprecated-declarations \
  -DADW_VERSION_MIN_REQUIRED=ADW_VERSION_1_2 -DADW_VERSION_MAX_ALLOWED=ADW_VERSION_1_2 \
  "$tmp/probe.c" 2> "$tmp/ok.log" || { echo "not ok - the 1.2 guards reject a 1.2 API:"; cat "$tmp/ok.log"; exit 1; }
echo "ok - a libadwaita 1.2 call compiles cleanly under the project's guards"

# shellcheck disable=SC2086
$cc -c -o "$tmp/low.o" $flags -Wall \
  -DADW_VERSION_MIN_REQUIRED=ADW_VERSION_1_1 -DADW_VERSION_MAX_ALLOWED=ADW_VERSION_1_1 \
  "$tmp/probe.c" 2> "$tmp/low.log" || true
if grep -q "adw_about_window_new.*deprecated.*Not available before 1.2" "$tmp/low.log"; then
  echo "ok - lowering ADW_VERSION_MAX_ALLOWED to 1.1 makes it a diagnostic:"
  grep "deprecated" "$tmp/low.log" | sed 's/^/#   /'
else
  echo "not ok - no diagnostic with ADW_VERSION_MAX_ALLOWED=1.1:"; cat "$tmp/low.log"; exit 1
fi

# The project really builds with those guards.
root=${2:?source root}
grep -q "ADW_VERSION_MAX_ALLOWED=ADW_VERSION_1_2" "$root/meson.build" &&
grep -q "GLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74" "$root/meson.build" &&
grep -q "GDK_VERSION_MAX_ALLOWED=GDK_VERSION_4_8" "$root/meson.build" ||
  { echo "not ok - meson.build lost its version guards"; exit 1; }
echo "ok - meson.build pins GLib 2.74, GDK 4.8 and libadwaita 1.2"
