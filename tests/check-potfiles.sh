#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every source or data file that marks a string for translation must be
# listed in po/POTFILES.in, and every listed file must exist.
set -eu
srcdir=${1:-$(dirname "$0")/..}
cd "$srcdir"

listed=$(mktemp)
marked=$(mktemp)
trap 'rm -f "$listed" "$marked"' EXIT

grep -v '^#' po/POTFILES.in | sed '/^[[:space:]]*$/d' | sort -u > "$listed"

{
  grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_)\(|g?ngettext *\(|g_dngettext *\(' \
    --include='*.c' --include='*.h' src || true
  grep -rl 'translatable="yes"' --include='*.ui' data || true
  find data -name '*.desktop.in' -o -name '*.metainfo.xml.in' -o -name '*.gschema.xml' | \
    xargs -r grep -l -E '<summary>|<description>|^Name=|<name>|<p>' || true
} | sort -u > "$marked"

status=0
missing=$(comm -23 "$marked" "$listed")
if [ -n "$missing" ]; then
  echo "Files with translatable strings missing from po/POTFILES.in:"
  echo "$missing" | sed 's/^/  /'
  status=1
fi
while read -r f; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists a file that does not exist: $f"
    status=1
  fi
done < "$listed"
[ $status -eq 0 ] && echo "ok: $(wc -l < "$listed") files listed, all marked files present"
exit $status
