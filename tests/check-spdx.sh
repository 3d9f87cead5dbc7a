#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every source, build, script and template file of the project starts with
# an SPDX licence identifier in its first lines. Test data, translations,
# images and prose are not source files.
set -eu
srcdir=${1:-$(dirname "$0")/..}
cd "$srcdir"

missing=$(find src tests data bench build-aux po tools flatpak .ci meson.build meson_options.txt \
  -type f \( -name '*.c' -o -name '*.h' -o -name '*.sh' -o -name '*.py' -o -name '*.js' \
            -o -name 'meson.build' -o -name 'meson_options.txt' -o -name '*.ui' \
            -o -name '*.xml' -o -name '*.in' -o -name 'dev' -o -name 'run' \) \
  -not -path 'tests/data/*' -not -path 'tests/fuzz/corpus/*' -not -path 'data/samples/*' \
  -not -path '*/node_modules/*' 2> /dev/null | sort | while read -r f; do
    head -n 5 "$f" | grep -q 'SPDX-License-Identifier:' || echo "$f"
  done)

if [ -n "$missing" ]; then
  echo "Files without an SPDX-License-Identifier in their first 5 lines:"
  echo "$missing" | sed 's/^/  /'
  exit 1
fi
echo "ok: every source file names its licence"
