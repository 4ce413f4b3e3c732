#!/usr/bin/env bash
# Checks of tools/buildroot that can run inside the build environment: usage, the package list
# parses, and `native` answers.
set -u
top=$1
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass+1)); else echo "FAIL: $1"; fail=$((fail+1)); fi; }
check "usage exits 2" '"$top/tools/buildroot" >/dev/null 2>&1; [ $? -eq 2 ]'
check "path prints the root" '[ -n "$("$top/tools/buildroot" path)" ]'
check "package list is not empty" '[ $(sed -e "s/#.*//" "$top/tools/buildroot.packages" | tr -s " \t" "\n" | sed "/^$/d" | wc -l) -gt 20 ]'
check "package list names qt6-base-dev" 'grep -qw qt6-base-dev "$top/tools/buildroot.packages"'
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
