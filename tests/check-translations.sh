#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Extracts the strings from the sources listed in po/POTFILES.in, merges
# them into each po/LINGUAS catalogue and fails unless every string is
# translated, none is fuzzy, and msgfmt --check accepts the result. The
# catalogue in git is never modified.
set -eu
srcdir=${1:-$(dirname "$0")/..}
cd "$srcdir"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

grep -v '^#' po/POTFILES.in | sed '/^[[:space:]]*$/d' > "$work/files"

# The same keywords as meson's "glib" gettext preset.
xgettext --from-code=UTF-8 --add-comments=Translators \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
  --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
  --keyword=ngettext:1,2 \
  --package-name=cronista --files-from="$work/files" -o "$work/cronista.pot"

status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$work/cronista.pot" -o "$work/$lang.po"
  stats=$(msgfmt --check --statistics -o /dev/null "$work/$lang.po" 2>&1) || {
    echo "$lang: msgfmt --check failed:"; echo "$stats"; status=1; continue; }
  echo "$lang: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*)
      status=1
      echo "$lang: untranslated or fuzzy strings:"
      msgattrib --untranslated --only-fuzzy "$work/$lang.po" 2>/dev/null | grep '^msgid' | head -20
      msgattrib --untranslated "$work/$lang.po" | grep -A1 '^msgid' | head -40
      ;;
  esac
  # Obsolete entries in git mean the catalogue was not refreshed.
  if grep -q '^#~' "po/$lang.po"; then
    echo "$lang: po/$lang.po keeps obsolete (#~) entries; drop them"
    status=1
  fi
done
exit $status
