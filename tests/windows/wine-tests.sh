#!/usr/bin/env bash
# The Windows tests of the local-registry backend and ra-policy: a mingw-w64 cross build run under
# Wine, headless, in a throwaway prefix. CTest calls one step per test (tests/windows/CMakeLists.txt):
#
#   wine-tests.sh build MINGW_TREE BIN_DIR                 take ra-policy.exe + ra-win32-tests.exe from
#                                                          the MSI's mingw-w64 tree (tests/installer/msi.sh)
#   wine-tests.sh prefix BIN_DIR                           new WINEPREFIX, wineserver kept running (-p)
#   wine-tests.sh harness|apply|shrink|rollback BIN_DIR    the tests (see below)
#   wine-tests.sh cleanup BIN_DIR                          stop the wineserver
#
# Each test prints PASS/FAIL lines and "N passed, N failed", and exits 1 on any failure.
set -uo pipefail
step=$1
bin=${3:-}
[[ $step == build ]] || bin=$2
src=${2:-}

unset DISPLAY WAYLAND_DISPLAY
export WINEPREFIX=$bin/wineprefix
export WINEDEBUG=-all                                              # also hides the "wine32 is missing" hint
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"    # no Mono/Gecko, no .desktop files
export WINEARCH=win64

TS='HKLM\Software\Policies\Microsoft\Windows NT\Terminal Services'
TS_EXPORT='[HKEY_LOCAL_MACHINE\Software\Policies\Microsoft\Windows NT\Terminal Services]'
HELP_EXPORT='[HKEY_LOCAL_MACHINE\Software\Policies\Microsoft\Windows NT\Terminal Services\RAUnsolicit]'
work=$bin/e2e
pass=0 fail=0

ok() { echo "PASS $1"; pass=$((pass + 1)); }
ko() { echo "FAIL $1"; fail=$((fail + 1)); }
check() { # check DESCRIPTION COMMAND...
  local d=$1; shift
  if "$@"; then ok "$d"; else ko "$d"; fi
}
finish() { echo "$pass passed, $fail failed"; [[ $fail -eq 0 ]]; exit $?; }

ra_policy() { (cd "$work" && wine "$bin/app/ra-policy.exe" "$@"); }

# The policy key as `reg export` writes it (UTF-16LE with BOM, CRLF) turned into UTF-8 lines.
export_policies() { # export_policies OUT
  rm -f "$work/export.reg"
  (cd "$work" && wine reg export "$TS" export.reg /y >/dev/null 2>&1) || { : > "$1"; return 1; }
  iconv -f UTF-16 -t UTF-8 "$work/export.reg" | tr -d '\r' | sed '1s/^\xEF\xBB\xBF//' > "$1"
}
has_line() { grep -Fxq -- "$2" "$1"; }
lacks() { ! grep -Fq -- "$2" "$1"; }

# A source .reg (UTF-8 is accepted by ra-policy) with the given helpers and logging state.
write_profile() { # write_profile FILE LOGGING(0|1) HELPER...
  local f=$1 logging=$2; shift 2
  {
    printf 'Windows Registry Editor Version 5.00\r\n\r\n'
    printf '[HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Windows NT\\Terminal Services]\r\n'
    printf '"LoggingEnabled"=dword:%08x\r\n' "$logging"
    printf '"fAllowToGetHelp"=dword:00000001\r\n"fAllowFullControl"=dword:00000000\r\n'
    printf '"MaxTicketExpiry"=dword:00000006\r\n"MaxTicketExpiryUnits"=dword:00000001\r\n"fUseMailto"=dword:00000001\r\n'
    printf '"fAllowUnsolicited"=dword:00000001\r\n"fAllowUnsolicitedFullControl"=dword:00000000\r\n\r\n'
    printf '[-HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Windows NT\\Terminal Services\\RAUnsolicit]\r\n\r\n'
    printf '[HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Windows NT\\Terminal Services\\RAUnsolicit]\r\n'
    local h
    for h in "$@"; do
      h=${h//\\/\\\\}
      printf '"%s"="%s"\r\n' "$h" "$h"
    done
  } > "$f"
}

case $step in
build)
  tree=$src
  mkdir -p "$bin/app"
  for pair in "app/ra-policy.exe $bin/app/ra-policy.exe" "tests/windows/harness/ra-win32-tests.exe $bin/ra-win32-tests.exe"; do
    read -r from to <<<"$pair"
    [[ -f $tree/$from ]] || { echo "FAIL $tree/$from was not built (Installer.MingwMsi builds it)"; exit 1; }
    cp "$tree/$from" "$to" || exit 1
    # static runtime: only system DLLs are imported
    if x86_64-w64-mingw32-objdump -p "$to" | grep 'DLL Name' | grep -viqE 'kernel32|advapi32|msvcrt|userenv'; then
      echo "FAIL $to imports a non-system DLL:"; x86_64-w64-mingw32-objdump -p "$to" | grep 'DLL Name'; exit 1
    fi
  done
  echo "took $bin/app/ra-policy.exe and $bin/ra-win32-tests.exe from $tree"
  ;;
prefix)
  wineserver -k >/dev/null 2>&1
  rm -rf "$WINEPREFIX" "$work"
  mkdir -p "$work"
  wineboot --init >/dev/null 2>&1
  wineserver -w
  [[ -f $WINEPREFIX/system.reg ]] || { echo "wineboot did not create $WINEPREFIX"; exit 1; }
  # keep one wineserver for the whole run: starting it costs about 3 s per wine call otherwise
  wineserver -p </dev/null >/dev/null 2>&1
  wine cmd /c exit 0 </dev/null >/dev/null 2>&1
  echo "prefix $WINEPREFIX ready"
  ;;
cleanup)
  wineserver -k >/dev/null 2>&1
  wineserver -w >/dev/null 2>&1
  echo "wineserver stopped"
  ;;
harness)
  out=$(wine "$bin/ra-win32-tests.exe" 2>&1); rc=$?
  echo "$out" | tr -d '\r'
  [[ $rc -eq 0 ]] && echo "$out" | tr -d '\r' | grep -Eq '^[0-9]+ passed, 0 failed$'
  ;;
apply)
  wine reg add "$TS" /v fDenyTSConnections /t REG_DWORD /d 1 /f >/dev/null 2>&1 # other software's value
  write_profile "$work/profile.reg" 1 'CONTOSO\Helpdesk' 'CONTOSO\Jürgen' 'CONTOSO\Tier2'
  ra_policy import --from reg profile.reg -o profile.json > "$work/import.out" 2>&1; rc=$?
  check "ra-policy import writes a profile" test $rc -eq 0 -a -s "$work/profile.json"
  ra_policy apply --profile profile.json --to registry > "$work/apply.out" 2>&1; rc=$?
  check "ra-policy apply --profile --to registry exits 0" test $rc -eq 0
  check "it reports the applied target" grep -q 'Applied to registry.' "$work/apply.out"
  gpo="$WINEPREFIX/drive_c/windows/system32/GroupPolicy"
  check "the Local GPO's Registry.pol was written" test -s "$gpo/Machine/Registry.pol"
  check "the Local GPO's gpt.ini was written" grep -q 'gPCMachineExtensionNames=' "$gpo/gpt.ini"
  check "it says so" grep -q 'updated the Local Group Policy object' "$work/apply.out"
  check "Wine has no RefreshPolicyEx and ra-policy says what to do" grep -q "gpupdate /target:computer" "$work/apply.out"
  cp "$gpo/Machine/Registry.pol" "$work/local-gpo.pol"
  ra_policy show --from pol local-gpo.pol > "$work/gpo-show.out" 2>&1
  check "the Local GPO holds the same configuration" sh -c "tr -d '\r' < '$work/gpo-show.out' | grep -qx 'Configure Offer Remote Assistance (RA_Unsolicit): Enabled'"
  export_policies "$work/ts.txt"
  check "reg export of the policy key" has_line "$work/ts.txt" "$TS_EXPORT"
  for line in '"LoggingEnabled"=dword:00000001' '"fAllowToGetHelp"=dword:00000001' '"fAllowFullControl"=dword:00000000' \
              '"MaxTicketExpiry"=dword:00000006' '"MaxTicketExpiryUnits"=dword:00000001' '"fUseMailto"=dword:00000001' \
              '"fAllowUnsolicited"=dword:00000001' '"fAllowUnsolicitedFullControl"=dword:00000000' \
              '"fDenyTSConnections"=dword:00000001' "$HELP_EXPORT" \
              '"CONTOSO\\Helpdesk"="CONTOSO\\Helpdesk"' '"CONTOSO\\Jürgen"="CONTOSO\\Jürgen"' '"CONTOSO\\Tier2"="CONTOSO\\Tier2"'; do
    check "exported: $line" has_line "$work/ts.txt" "$line"
  done
  check "nothing else under the keys (11 values, 3 helpers)" test "$(grep -c '^"' "$work/ts.txt")" -eq 12
  check "Customize warning messages stays unset" lacks "$work/ts.txt" 'UseCustomMessages'
  ra_policy show --from registry > "$work/show.out" 2>&1
  tr -d '\r' < "$work/show.out" > "$work/show.txt"
  check "show --from registry reads it back" has_line "$work/show.txt" 'Configure Offer Remote Assistance (RA_Unsolicit): Enabled'
  check "show --from registry lists the non-ASCII helper" has_line "$work/show.txt" '        CONTOSO\Jürgen'
  ra_policy apply --dry-run --from reg profile.reg --to registry > "$work/dry.out" 2>&1; rc=$?
  check "a second apply (dry run) would change nothing" sh -c "test $rc -eq 0 && tr -d '\r' < '$work/dry.out' | grep -qx 'Dry run: 0 values would change; nothing was written.'"
  finish
  ;;
shrink)
  write_profile "$work/big.reg" 1 'CONTOSO\Helpdesk' 'CONTOSO\Jürgen' 'CONTOSO\Tier2'
  write_profile "$work/small.reg" 1 'CONTOSO\Tier2'
  ra_policy apply --from reg big.reg --to registry >/dev/null 2>&1
  ra_policy apply --dry-run --json --from reg small.reg --to registry > "$work/shrink-dry.json" 2>&1
  check "dry run lists the stale helper with before and after" \
    sh -c "tr -d '\r' < '$work/shrink-dry.json' | grep -q '\"value\": \"CONTOSO\\\\\\\\Helpdesk\",' "
  ra_policy apply --registry-only --from reg small.reg --to registry > "$work/shrink.out" 2>&1; rc=$?
  check "--registry-only leaves the Local GPO alone" lacks "$work/shrink.out" 'updated the Local Group Policy object'
  check "shrinking apply exits 0" test $rc -eq 0
  export_policies "$work/ts.txt"
  check "kept helper is still there" has_line "$work/ts.txt" '"CONTOSO\\Tier2"="CONTOSO\\Tier2"'
  check "stale helper CONTOSO\\Helpdesk is gone" lacks "$work/ts.txt" 'Helpdesk'
  check "stale helper CONTOSO\\Jürgen is gone" lacks "$work/ts.txt" 'Jürgen'
  check "the RAUnsolicit key holds one helper" test "$(sed -n "/^\[.*RAUnsolicit\]$/,\$p" "$work/ts.txt" | grep -c '^"')" -eq 1
  check "other software's value is untouched" sh -c "wine reg query '$TS' /v fDenyTSConnections 2>/dev/null | tr -d '\r' | grep -Eq 'REG_DWORD +0x1$'"
  finish
  ;;
rollback)
  write_profile "$work/before.reg" 1 'CONTOSO\Helpdesk' 'CONTOSO\Tier2'
  write_profile "$work/after.reg" 0 'CONTOSO\New'
  ra_policy apply --from reg before.reg --to registry >/dev/null 2>&1
  export_policies "$work/before.txt"
  for n in 1 2 3 4; do
    RA_POLICY_FAIL_AT_REGISTRY_WRITE=$n ra_policy apply --from reg after.reg --to registry > "$work/fail.out" 2> "$work/fail.err"; rc=$?
    check "failure at registry write $n: exit code 4" test $rc -eq 4
    check "failure at registry write $n: says it rolled back" grep -q 'failed; every change was rolled back' "$work/fail.err"
    check "failure at registry write $n: names the refused write" grep -q "write $n refused (injected failure)" "$work/fail.err"
    export_policies "$work/after.txt"
    check "failure at registry write $n: every previous value is back" cmp -s "$work/before.txt" "$work/after.txt"
  done
  RA_POLICY_FAIL_AT_REGISTRY_WRITE=2 ra_policy apply --json --from reg after.reg --to registry > "$work/fail.json" 2>&1
  check "--json reports the restored values" sh -c "tr -d '\r' < '$work/fail.json' | grep -q '\"restored\": \['"
  # and without a failure the same apply goes through
  ra_policy apply --from reg after.reg --to registry >/dev/null 2>&1; rc=$?
  export_policies "$work/after.txt"
  check "without the failure the apply succeeds" test $rc -eq 0
  check "... and writes the new helper" has_line "$work/after.txt" '"CONTOSO\\New"="CONTOSO\\New"'
  check "... and the new logging state" has_line "$work/after.txt" '"LoggingEnabled"=dword:00000000'
  finish
  ;;
*)
  echo "unknown step $step"; exit 2 ;;
esac
