#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# cronista-cli answers --help and --version, and refuses what it does not know.
set -u
cli=${CRONISTA_CLI:?}
fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT; cd "$tmp"
check () { # description, command...
  desc=$1; shift
  if "$@"; then echo "ok - $desc"; else echo "not ok - $desc"; fail=1; fi
}

out=$("$cli" --version)
check "--version prints the version" test "$out" = "cronista-cli 0.1.0"

"$cli" --help > help.out 2>&1
check "--help exits 0 and shows the usage" grep -q "Usage: cronista-cli" help.out

"$cli" --no-such-option > /dev/null 2> err.out
check "an unknown option exits 2" test $? -eq 2
check "an unknown option is explained on stderr" grep -q -- "--no-such-option" err.out

"$cli" frobnicate > /dev/null 2> err.out
check "an unknown command exits 2" test $? -eq 2

"$cli" --format xml --help > /dev/null 2> err.out
check "a bad --format exits 2" test $? -eq 2
check "a bad --format names the value" grep -q "xml" err.out

exit $fail
