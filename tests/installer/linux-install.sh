#!/usr/bin/env bash
# cmake --install into a DESTDIR with prefix /usr: exactly the expected files, in the freedesktop
# locations, and the desktop file and AppStream metainfo pass their validators.
#   linux-install.sh BUILD_DIR WORK_DIR EXPECTED_FILE_LIST
set -uo pipefail
build=$1 work=$2 expected=$3
app_id=io.github.ra_console.RaConsole
failures=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
run_check() { # DESCRIPTION COMMAND...: passes when COMMAND succeeds; shows its output otherwise
  local desc=$1 out
  shift
  if out=$("$@" 2>&1); then pass "$desc"; else fail "$desc"; printf '%s\n' "$out" | sed 's/^/       /'; fi
}
for tool in cmake desktop-file-validate appstreamcli file; do
  command -v $tool >/dev/null || { echo "FAIL $tool is not installed (see tools/buildroot.packages)"; exit 1; }
done

root=$work/root
rm -rf "$root"
mkdir -p "$root"
if ! DESTDIR=$root cmake --install "$build" --prefix /usr >"$work/install.txt" 2>&1; then
  cat "$work/install.txt"
  echo "FAIL cmake --install"
  exit 1
fi
actual=$(cd "$root" && find . \( -type f -o -type l \) | sed 's|^\.||' | LC_ALL=C sort)
if diff -u "$expected" <(printf '%s\n' "$actual") >"$work/files.diff"; then
  pass "installed files are exactly $(basename "$expected")"
else
  fail "installed files differ from $(basename "$expected"):"
  tail -n +3 "$work/files.diff" | sed 's/^/       /'
fi

run_check "desktop-file-validate $app_id.desktop" desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
run_check "appstreamcli validate --no-net --pedantic $app_id.metainfo.xml" \
  appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$app_id.metainfo.xml"
# the whole tree: the metainfo's launchable finds the desktop file, which names an installed icon
run_check "appstreamcli validate-tree --no-net (metainfo, desktop file and icons together)" \
  appstreamcli validate-tree --no-net "$root"

# the installed console finds the installed Intune plugin (../lib/ra-console beside bin/)
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/ra-console" --check-components 2>&1)
[[ $out == "Intune: $root/usr/lib/ra-console/ra-console-intune.so" ]] &&
  pass "the installed ra-console loads the installed Intune plugin" || fail "ra-console --check-components: $out"

desktop=$root/usr/share/applications/$app_id.desktop
[[ $(grep -c "^Exec=ra-console$" "$desktop") == 1 && -x $root/usr/bin/ra-console ]] &&
  pass "the desktop file starts /usr/bin/ra-console" || fail "Exec= does not name the installed ra-console"
[[ $(grep -c "^Icon=$app_id$" "$desktop") == 1 ]] && pass "the desktop file's icon is $app_id" ||
  fail "Icon= is not $app_id"
version=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$root/usr/share/metainfo/$app_id.metainfo.xml")
policy_version=$("$root/usr/bin/ra-policy" --version 2>&1)
[[ -n $version && $policy_version == *" $version" ]] &&
  pass "the metainfo's release ($version) is the installed ra-policy's version" ||
  fail "metainfo release '$version' vs. ra-policy --version '$policy_version'"
for png in "$root"/usr/share/icons/hicolor/*x*/apps/$app_id.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  info=$(file -b "$png")
  [[ $info == "PNG image data, ${size/x/ x }, "* ]] && pass "icon $size is a ${size/x/ x } PNG" || fail "icon $size: $info"
done
if ((failures)); then echo "$failures check(s) failed"; exit 1; fi
echo "all checks passed"
