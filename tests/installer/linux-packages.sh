#!/usr/bin/env bash
# CPack's .deb and .tar.gz: control fields, dependencies, exact contents, stripped programs.
#   linux-packages.sh BUILD_DIR WORK_DIR EXPECTED_FILE_LIST VERSION
set -uo pipefail
build=$1 work=$2 expected=$3 version=$4
failures=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
expect() {
  if [[ $2 == "$3" ]]; then pass "$1"; else
    fail "$1"
    diff -u <(printf '%s\n' "$2") <(printf '%s\n' "$3") | tail -n +3 | sed 's/^/       /'
  fi
}
for tool in cpack dpkg-deb dpkg-shlibdeps dpkg objdump tar file; do
  command -v $tool >/dev/null || { echo "FAIL $tool is not installed (see tools/buildroot.packages)"; exit 1; }
done

rm -rf "$work"
mkdir -p "$work"
if ! cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work" >"$work/cpack.txt" 2>&1; then
  cat "$work/cpack.txt"
  echo "FAIL cpack"
  exit 1
fi
deb=$work/ra-console_${version}_amd64.deb
tgz=$work/ra-console-$version-Linux.tar.gz
expect "cpack made the .deb and the .tar.gz" "$(printf '%s\n' "$(basename "$tgz")" "$(basename "$deb")" | LC_ALL=C sort)" \
  "$(cd "$work" && ls -1 -- *.deb *.tar.gz | LC_ALL=C sort)"

# --- .deb -----------------------------------------------------------------------------------------
expect ".deb control fields" \
  "$(printf '%s\n' "ra-console" "$version" "amd64" "admin" "optional" "https://github.com/ra-console/ra-console")" \
  "$(for f in Package Version Architecture Section Priority Homepage; do dpkg-deb -f "$deb" $f; done)"
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//; s/ *(.*//' | LC_ALL=C sort -u)
# dpkg-shlibdeps found the libraries ra-console links; the two Qt plugin packages are added by hand
for pkg in libc6 libstdc++6 qt6-qpa-plugins qt6-svg-plugins; do
  grep -qx "$pkg" <<<"$depends" && pass "Depends: $pkg" || fail "Depends lacks $pkg: $(dpkg-deb -f "$deb" Depends)"
done
# every dependency exists in this Debian release (the build root): nothing made up
if command -v dpkg-query >/dev/null; then
  missing=$(while read -r pkg; do dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q 'ok installed' || echo "$pkg"; done <<<"$depends")
  expect "every dependency is a package installed in this Debian 13 root" "" "$missing"
fi
expect ".deb files are exactly $(basename "$expected")" "$(cat "$expected")" \
  "$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sed 's|^\./|/|' | LC_ALL=C sort)"
expect ".deb files belong to root:root" "root/root" "$(dpkg-deb -c "$deb" | awk '{ print $2 }' | sort -u)"
mkdir -p "$work/deb-root"
dpkg-deb -x "$deb" "$work/deb-root"
# the programs, and the Intune plugin the console loads when it is used (Qt Network, QtKeychain)
for exe in bin/ra-console bin/ra-policy lib/ra-console/ra-console-intune.so; do
  info=$(file -b "$work/deb-root/usr/$exe")
  [[ $info == *"ELF 64-bit"*", stripped"* ]] && pass "/usr/$exe is a stripped ELF file" || fail "/usr/$exe: $info"
  # each shared library the program needs comes from a package the .deb depends on
  multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
  for soname in $(objdump -p "$work/deb-root/usr/$exe" | awk '$1 == "NEEDED" { print $2 }'); do
    # only the native multiarch folder counts: libc6-i386, lib32* and the like ship the same
    # sonames for other architectures (wine pulls them into the build root)
    pkg=$(dpkg -S "*/$multiarch/$soname" 2>/dev/null | grep -v -- '-dev:' | head -n1 | cut -d: -f1)
    if [[ -n $pkg ]] && grep -qx "$pkg" <<<"$depends"; then
      pass "${exe##*/} needs $soname: Depends has $pkg"
    else
      fail "${exe##*/} needs $soname (package '${pkg:-?}'), not in Depends: $(dpkg-deb -f "$deb" Depends)"
    fi
  done
done

# --- .tar.gz --------------------------------------------------------------------------------------
expect ".tar.gz files are the same, under ra-console-$version-Linux/" \
  "$(sed "s|^/usr/|ra-console-$version-Linux/|" "$expected")" \
  "$(tar -tzf "$tgz" | grep -v '/$' | LC_ALL=C sort)"

if ((failures)); then echo "$failures check(s) failed"; exit 1; fi
echo "all checks passed"
