#!/usr/bin/env bash
# The MSI, built with wixl from installer/windows/ra-console.wxs and the mingw-w64 build of
# ra-policy.exe (GUI off), checked with msiinfo and installed with Wine's msiexec.
#
#   msi.sh STEP --source DIR --work DIR --prefix DIR --base VERSION --next VERSION --vendor NAME
#              --help-link URL --about-link URL --upgrade-code GUID
#
# STEP: build      (fixture) configure and build the mingw-w64 tree (warnings are errors), run its
#                  `msi` target for the base version with a stand-in runtime folder, and build the
#                  next version; the tree's ra-policy.exe and ra-win32-tests.exe are also what the
#                  Wine tests of tests/windows run
#       tables     msiinfo checks of both MSIs
#       prefix     (fixture) a new WINEPREFIX and a persistent wineserver
#       shutdown   (fixture cleanup) stop the wineserver
#       install | upgrade | downgrade | uninstall   one msiexec scenario each; every scenario
#                  starts by removing whatever an earlier one left installed
#
# The stand-in runtime folder plays the part of windeployqt's output in the base version: real
# Windows files (mingw-w64's runtime DLLs and Qt's German translation, one level down) that the next
# version no longer ships, so the upgrade test can see that files of the old version are removed.
set -uo pipefail

step=${1:?step}
shift
while (($#)); do
  case $1 in
    --source) source_dir=$2 ;;
    --work) work=$2 ;;
    --prefix) prefix=$2 ;;
    --base) base=$2 ;;
    --next) next=$2 ;;
    --vendor) vendor=$2 ;;
    --help-link) help_link=$2 ;;
    --about-link) about_link=$2 ;;
    --upgrade-code) upgrade_code=$2 ;;
    *) echo "msi.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift 2
done

product="Remote Assistance Policy Console"
mingw=$work/mingw-build
runtime=$work/runtime-stand-in
msidir=$mingw/installer/windows/msi
base_msi=$msidir/ra-console-$base-x64.msi
next_msi=$msidir/ra-console-$next-x64.msi
logs=$work/logs
install_dir=$prefix/drive_c/Program\ Files/$vendor/$product
win_install_dir="C:\\Program Files\\$vendor\\$product"
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall'
mkdir -p "$work" "$logs"

failures=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
# expect DESCRIPTION EXPECTED ACTUAL: exact comparison, with a diff when they differ
expect() {
  if [[ $2 == "$3" ]]; then
    pass "$1"
  else
    fail "$1"
    diff -u <(printf '%s\n' "$2") <(printf '%s\n' "$3") | tail -n +3 | sed 's/^/       /'
  fi
}
finish() {
  if ((failures)); then
    echo "$failures check(s) failed"
    exit 1
  fi
  echo "all checks passed"
  exit 0
}
die() { echo "FAIL $*"; exit 1; }
need() {
  local tool
  for tool; do command -v "$tool" >/dev/null || die "$tool is not installed (see tools/buildroot.packages)"; done
}

# ---- MSI tables --------------------------------------------------------------------------------
# table MSI NAME: the rows of a table (tab separated, sorted, without msiinfo's three header lines)
table() { msiinfo export "$1" "$2" | tr -d '\r' | tail -n +4 | LC_ALL=C sort; }
property() { msiinfo export "$1" Property | tr -d '\r' | awk -F'\t' -v k="$2" '$1 == k { print $2 }'; }

# ---- Wine ----------------------------------------------------------------------------------------
wine_env() {
  need wine wineserver wineboot
  export WINEPREFIX=$prefix WINEARCH=win64 WINEDEBUG=-all
  export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
  export XDG_RUNTIME_DIR=$work/xdg-runtime
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
  unset DISPLAY WAYLAND_DISPLAY
}
# Wine's processes outlive the command (the server is persistent), so none of them may hold the
# test's output pipe: everything goes to files.
wine_quiet() { wine "$@" </dev/null >>"$logs/wine-stdout.txt" 2>>"$logs/wine-stderr.txt"; }
winpath() { local p=${1//\//\\}; printf 'Z:%s' "$p"; }
# msiexec LOGNAME ARGS...: runs msiexec quietly with a verbose log; prints the exit status
msiexec() {
  local log=$logs/$1.log
  shift
  rm -f "$log"
  wine msiexec "$@" /qn /l*v "$(winpath "$log")" </dev/null >>"$logs/wine-stdout.txt" 2>>"$logs/wine-stderr.txt"
  echo $?
}
# reg_values KEY: "name<TAB>type<TAB>data" for each value of KEY itself, sorted
reg_values() {
  wine reg query "$1" </dev/null 2>/dev/null | tr -d '\r' |
    awk '/^    [^ ]/ { sub(/^    /, ""); n = split($0, f, /    /); d = f[3]; for (i = 4; i <= n; ++i) d = d "    " f[i]; print f[1] "\t" f[2] "\t" d }' |
    LC_ALL=C sort
}
reg_key_exists() { wine reg query "$1" </dev/null >/dev/null 2>&1; }
# our_products: "key<TAB>DisplayVersion" for every uninstall entry named like the product
our_products() {
  wine reg query "$uninstall_key" /s </dev/null 2>/dev/null | tr -d '\r' |
    awk -v name="$product" '
      /^HKEY_/ { key = $0; next }
      /^    DisplayName    / { sub(/^    DisplayName    REG_SZ    /, ""); if ($0 == name) ours[key] = 1 }
      /^    DisplayVersion    / { sub(/^    DisplayVersion    REG_SZ    /, ""); version[key] = $0 }
      END { for (k in ours) print k "\t" version[k] }' | LC_ALL=C sort
}
installed_files() { [[ -d $install_dir ]] && (cd "$install_dir" && find . -type f | LC_ALL=C sort); }
shortcuts() {
  find "$prefix/drive_c" -path '*/Start Menu/Programs/*' -name 'Remote Assistance Policy*' |
    sed "s|^$prefix/drive_c/||" | LC_ALL=C sort
}
# packed GUID, the form Windows Installer uses in registry key names
packed_guid() {
  local g=${1//[\{\}-]/} out="" i
  for i in 7 6 5 4 3 2 1 0 11 10 9 8 15 14 13 12; do out+=${g:i:1}; done
  for ((i = 16; i < 32; i += 2)); do out+=${g:i+1:1}${g:i:1}; done
  printf '%s' "$out"
}

# Brings the prefix back to "not installed", whatever an earlier scenario left behind, and checks it.
clean_slate() {
  local msi rc
  for msi in "$next_msi" "$base_msi"; do
    rc=$(msiexec "clean-$(basename "$msi")" /x "$(winpath "$msi")")
    # 0: removed; 1605 (ERROR_UNKNOWN_PRODUCT, 69 after mod 256): it was not installed
    [[ $rc == 0 || $rc == 69 ]] || die "clean slate: msiexec /x $(basename "$msi") exited $rc"
  done
  [[ -z $(our_products) ]] || die "clean slate: an uninstall entry is left: $(our_products)"
  [[ ! -e $install_dir ]] || die "clean slate: $install_dir is left"
}

# checks after installing VERSION from MSI, with EXPECTED_FILES in the install folder
check_installed() {
  local version=$1 msi=$2 expected_files=$3 product_code
  product_code=$(property "$msi" ProductCode)
  expect "$version: exactly one uninstall entry, for this version's product code" \
    "$uninstall_key\\$product_code	$version" "$(our_products | sed 's/^HKEY_LOCAL_MACHINE/HKLM/')"
  expect "$version: Add/Remove Programs values" \
    "$(printf '%s\n' \
      "DisplayName	REG_SZ	$product" \
      "DisplayVersion	REG_SZ	$version" \
      "HelpLink	REG_SZ	$help_link" \
      "NoModify	REG_DWORD	0x1" \
      "Publisher	REG_SZ	$vendor" \
      "URLInfoAbout	REG_SZ	$about_link" \
      "UninstallString	REG_EXPAND_SZ	MsiExec.exe /X$product_code" \
      "WindowsInstaller	REG_DWORD	0x1")" \
    "$(reg_values "$uninstall_key\\$product_code" |
      grep -E '^(DisplayName|DisplayVersion|HelpLink|NoModify|Publisher|URLInfoAbout|UninstallString|WindowsInstaller)	')"
  expect "$version: the product icon is registered" "1" \
    "$(reg_values "HKLM\\Software\\Classes\\Installer\\Products\\$(packed_guid "$product_code")" |
      grep -c "^ProductIcon	REG_SZ	.*RaConsoleIcon.ico$")"
  expect "$version: files in C:\\Program Files\\$vendor\\$product" "$expected_files" "$(installed_files)"
  if cmp -s "$install_dir/ra-policy.exe" "$mingw/app/ra-policy.exe"; then
    pass "$version: ra-policy.exe is the mingw-w64 build"
  else
    fail "$version: ra-policy.exe differs from the mingw-w64 build"
  fi
  expect "$version: HKLM\\Software\\$vendor\\$product" \
    "$(printf '%s\n' "InstallDir	REG_SZ	$win_install_dir\\" "Version	REG_SZ	$version")" \
    "$(reg_values "HKLM\\Software\\$vendor\\$product")"
  expect "$version: one Start-menu shortcut" \
    "users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Remote Assistance Policy (command line).lnk" \
    "$(shortcuts)"
  local lnk
  lnk=$(find "$prefix/drive_c" -path '*/Start Menu/Programs/Remote Assistance Policy (command line).lnk' | head -n1)
  if [[ -n $lnk ]] && tr -d '\000' <"$lnk" | grep -aqF '/k ra-policy.exe --help' &&
    tr -d '\000' <"$lnk" | grep -aqiF 'cmd.exe'; then
    pass "$version: the shortcut opens cmd.exe /k ra-policy.exe --help"
  else
    fail "$version: the shortcut does not run cmd.exe /k ra-policy.exe --help"
  fi
}

# the installed ra-policy.exe runs from Program Files: it turns a .reg export into a profile and
# applies the profile to Wine's registry
check_runs() {
  local out rc ts='HKLM\Software\Policies\Microsoft\Windows NT\Terminal Services'
  out=$(wine "$win_install_dir\\ra-policy.exe" --version </dev/null 2>>"$logs/wine-stderr.txt" | tr -d '\r')
  rc=$?
  expect "installed ra-policy.exe --version exits 0" 0 "$rc"
  expect "installed ra-policy.exe --version" "ra-policy $base" "$out"

  # a .reg export of the Offer Remote Assistance policy (view only, one helper), Solicited off
  printf '%s\r\n' 'Windows Registry Editor Version 5.00' '' \
    '[HKEY_LOCAL_MACHINE\Software\Policies\Microsoft\Windows NT\Terminal Services]' \
    '"fAllowUnsolicited"=dword:00000001' '"fAllowUnsolicitedFullControl"=dword:00000000' \
    '"fAllowToGetHelp"=dword:00000000' '' \
    '[HKEY_LOCAL_MACHINE\Software\Policies\Microsoft\Windows NT\Terminal Services\RAUnsolicit]' \
    '"CONTOSO\\Helpdesk"="CONTOSO\\Helpdesk"' >"$work/helpdesk.reg"
  wine_quiet reg delete "$ts" /f
  rm -f "$work/helpdesk.json"
  wine "$win_install_dir\\ra-policy.exe" import --from reg "$(winpath "$work/helpdesk.reg")" -o "$(winpath "$work/helpdesk.json")" \
    </dev/null >"$logs/import-stdout.txt" 2>"$logs/import-stderr.txt"
  rc=$?
  expect "installed ra-policy.exe import --from reg -o profile exits 0" 0 "$rc"
  ((rc == 0)) || sed 's/^/       /' "$logs/import-stderr.txt"
  wine "$win_install_dir\\ra-policy.exe" apply --profile "$(winpath "$work/helpdesk.json")" --to registry --registry-only \
    </dev/null >"$logs/apply-stdout.txt" 2>"$logs/apply-stderr.txt"
  rc=$?
  expect "installed ra-policy.exe apply --profile --to registry exits 0" 0 "$rc"
  ((rc == 0)) || sed 's/^/       /' "$logs/apply-stderr.txt"
  expect "Wine's registry: the Terminal Services policy values" \
    "$(printf '%s\n' "fAllowToGetHelp	REG_DWORD	0x0" "fAllowUnsolicited	REG_DWORD	0x1" \
      "fAllowUnsolicitedFullControl	REG_DWORD	0x0")" \
    "$(reg_values "$ts")"
  expect "Wine's registry: the helper list" 'CONTOSO\Helpdesk	REG_SZ	CONTOSO\Helpdesk' \
    "$(reg_values "$ts\\RAUnsolicit")"
}

base_files=$(printf '%s\n' ./LICENSE.txt ./libgcc_s_seh-1.dll ./libstdc++-6.dll ./libwinpthread-1.dll \
  ./ra-policy.exe ./translations/qtbase_de.qm)
next_files=$(printf '%s\n' ./LICENSE.txt ./ra-policy.exe)

case $step in
  build)
    need cmake ninja x86_64-w64-mingw32-g++-posix x86_64-w64-mingw32-objdump wixl rsvg-convert magick
    rm -rf "$runtime"
    mkdir -p "$runtime/translations"
    for dll in libgcc_s_seh-1.dll libstdc++-6.dll libwinpthread-1.dll; do
      path=$(x86_64-w64-mingw32-g++-posix -print-file-name=$dll)
      [[ $path == /* && -f $path ]] || path=/usr/x86_64-w64-mingw32/lib/$dll
      cp "$path" "$runtime/" || die "stand-in runtime: $dll not found"
    done
    cp /usr/share/qt6/translations/qtbase_de.qm "$runtime/translations/" || die "stand-in runtime: qtbase_de.qm not found"
    cmake -S "$source_dir" -B "$mingw" -G Ninja \
      -DCMAKE_TOOLCHAIN_FILE="$source_dir/cmake/mingw-w64-x86_64.cmake" -DCMAKE_BUILD_TYPE=Release \
      -DRA_BUILD_GUI=OFF -DRA_BUILD_TESTS=OFF -DRA_WINDOWS_TESTS=OFF -DCMAKE_COMPILE_WARNING_AS_ERROR=ON \
      -DRA_WIN32_TEST_HARNESS=ON \
      -DRA_MSI_VERSION="$base" -DRA_MSI_WITH_GUI=OFF -DRA_MSI_EXTRA_FILES_DIR="$runtime" >"$logs/mingw-configure.txt" 2>&1 ||
      { cat "$logs/mingw-configure.txt"; die "configuring the mingw-w64 tree failed"; }
    # ra-win32-tests.exe too: the Wine tests of tests/windows take it and ra-policy.exe from here
    cmake --build "$mingw" --target msi ra-win32-tests --parallel 2 || die "building ra-policy.exe, ra-win32-tests.exe and the $base MSI failed"
    cmake -DSETTINGS="$mingw/installer/windows/msi-settings-Release.cmake" -DVERSION="$next" -DEXTRA_FILES_DIR= \
      -P "$source_dir/installer/windows/BuildMsi.cmake" || die "building the $next MSI failed"
    [[ -f $base_msi ]] && pass "built $(basename "$base_msi")" || fail "no $base_msi"
    [[ -f $next_msi ]] && pass "built $(basename "$next_msi")" || fail "no $next_msi"
    expect "ra-policy.exe is a 64-bit console program" "PE32+ executable (console), x86-64" \
      "$(file -b "$mingw/app/ra-policy.exe" | sed 's/ for MS Windows.*(console)/ (console)/; s/, [0-9]* sections$//')"
    # statically linked: no libstdc++-6.dll, libgcc_s_seh-1.dll or libwinpthread-1.dll to ship
    expect "ra-policy.exe imports only Windows' own DLLs" "" \
      "$(x86_64-w64-mingw32-objdump -p "$mingw/app/ra-policy.exe" | awk '/DLL Name:/ { print $3 }' |
        grep -viE '^(api-ms-win-[a-z0-9-]+|kernel32|advapi32|user32|shell32|ole32|oleaut32|userenv|bcrypt|crypt32|ws2_32|msvcrt|ucrtbase)\.dll$')"
    finish
    ;;

  tables)
    need msiinfo
    for msi in "$base_msi" "$next_msi"; do [[ -f $msi ]] || die "$msi is missing (Installer.MingwMsi)"; done
    guid="{$upgrade_code}"
    expect "Upgrade: a newer version replaces this one, an older one is refused" \
      "$(printf '%s\n' "$guid		$base		1		WIX_UPGRADE_DETECTED" "$guid	$base			2		WIX_DOWNGRADE_DETECTED")" \
      "$(table "$base_msi" Upgrade)"
    expect "Upgrade rows of the next version" \
      "$(printf '%s\n' "$guid		$next		1		WIX_UPGRADE_DETECTED" "$guid	$next			2		WIX_DOWNGRADE_DETECTED")" \
      "$(table "$next_msi" Upgrade)"
    expect "LaunchCondition" \
      "$(printf '%s\n' "NOT WIX_DOWNGRADE_DETECTED	A newer version of [ProductName] is already installed. Uninstall it first to install this older version." \
        "VersionNT64	[ProductName] needs a 64-bit edition of Windows.")" \
      "$(table "$base_msi" LaunchCondition)"
    expect "InstallExecuteSequence: the old version is removed right after InstallValidate" \
      "$(printf '%s\n' "InstallValidate		1400" "RemoveExistingProducts		1401")" \
      "$(table "$base_msi" InstallExecuteSequence | grep -E '^(InstallValidate|RemoveExistingProducts)	')"
    for msi in "$base_msi" "$next_msi"; do
      v=$([[ $msi == "$base_msi" ]] && echo "$base" || echo "$next")
      expect "Property ($v)" \
        "$(printf '%s\n' "ALLUSERS	1" "ARPHELPLINK	$help_link" "ARPNOMODIFY	1" "ARPPRODUCTICON	RaConsoleIcon.ico" \
          "ARPURLINFOABOUT	$about_link" "Manufacturer	$vendor" "ProductLanguage	1033" "ProductName	$product" \
          "ProductVersion	$v" "UpgradeCode	$guid")" \
        "$(table "$msi" Property | grep -E '^(ALLUSERS|ARP[A-Z]*|Manufacturer|ProductLanguage|ProductName|ProductVersion|UpgradeCode)	')"
      expect "Summary information: x64, per machine ($v)" "$(printf '%s\n' "Template: x64;1033" "Version: 500 (1f4)")" \
        "$(msiinfo suminfo "$msi" | tr -d '\r' | grep -E '^(Template|Version):')"
    done
    base_pc=$(property "$base_msi" ProductCode)
    next_pc=$(property "$next_msi" ProductCode)
    if [[ $base_pc =~ ^\{[0-9A-F-]{36}\}$ && $next_pc =~ ^\{[0-9A-F-]{36}\}$ && $base_pc != "$next_pc" ]]; then
      pass "each version has its own ProductCode"
    else
      fail "ProductCodes: '$base_pc' and '$next_pc'"
    fi
    expect "Directory: INSTALLDIR is Program Files (64-bit)\\<vendor>\\$product" \
      "$(printf '%s\n' "INSTALLDIR	VendorFolder	$product" "ProgramFiles64Folder	TARGETDIR	." \
        "ProgramMenuFolder	TARGETDIR	." "VendorFolder	ProgramFiles64Folder	$vendor")" \
      "$(table "$base_msi" Directory | grep -E '^(INSTALLDIR|ProgramFiles64Folder|ProgramMenuFolder|VendorFolder)	')"
    # Component: every component is 64-bit (msidbComponentAttributes64bit = 256); registry key
    # paths add 4 (msidbComponentAttributesRegistryKeyPath)
    expect "Component: the fixed components, 64-bit" \
      "$(printf '%s\n' "LicenseText	INSTALLDIR	256	LicenseText" "RaPolicyExe	INSTALLDIR	256	RaPolicyExe" \
        "StartMenuShortcut	ProgramMenuFolder	260	reg" "VendorFolderCleanup	VendorFolder	260	reg")" \
      "$(table "$base_msi" Component | awk -F'\t' '$1 !~ /^RtFile_/ { k = $6; if (k ~ /^reg/) k = "reg"; print $1 "\t" $3 "\t" $4 "\t" k }')"
    expect "Component: every component of both versions has the 64-bit bit" "" \
      "$(for m in "$base_msi" "$next_msi"; do table "$m" Component; done | awk -F'\t' 'int($4 / 256) % 2 != 1 { print $1 }')"
    expect "Component: the generated runtime fragment, one component per file, in its folder" \
      "$(printf '%s\n' "INSTALLDIR	libgcc_s_seh-1.dll" "INSTALLDIR	libstdc++-6.dll" "INSTALLDIR	libwinpthread-1.dll" \
        "translations	qtbase_de.qm")" \
      "$(join -t $'\t' -1 1 -2 1 \
        <(table "$base_msi" Component | awk -F'\t' '$1 ~ /^RtFile_/ { print $1 "\t" $3 }' | LC_ALL=C sort) \
        <(table "$base_msi" File | awk -F'\t' '{ print $2 "\t" $3 }' | LC_ALL=C sort) |
        awk -F'\t' '{ d = $2; if (d != "INSTALLDIR") d = "translations"; print d "\t" $3 }' | LC_ALL=C sort)"
    expect "Directory: the fragment's translations folder is under INSTALLDIR" "INSTALLDIR	translations" \
      "$(table "$base_msi" Directory | awk -F'\t' '$1 ~ /^RtDir_/ { print $2 "\t" $3 }')"
    expect "File: the next version ships only ra-policy.exe and LICENSE.txt" \
      "$(printf '%s\n' "LICENSE.txt" "ra-policy.exe")" "$(table "$next_msi" File | cut -f3 | LC_ALL=C sort)"
    expect "Shortcut" \
      "StartMenuShortcut	ProgramMenuFolder	Remote Assistance Policy (command line)	StartMenuShortcut	[SystemFolder]cmd.exe	/k ra-policy.exe --help	A command prompt for ra-policy, the Remote Assistance policy tool		RaConsoleIcon.ico			INSTALLDIR				" \
      "$(table "$base_msi" Shortcut)"
    expect "Registry" \
      "$(printf '%s\n' "1	Software\\$vendor\\$product	StartMenuShortcut	#1	StartMenuShortcut" \
        "2	Software\\$vendor\\$product	InstallDir	[INSTALLDIR]	RaPolicyExe" \
        "2	Software\\$vendor\\$product	Version	$base	VendorFolderCleanup")" \
      "$(table "$base_msi" Registry | cut -f2- | LC_ALL=C sort)"
    expect "Icon: the application icon" "RaConsoleIcon.ico" "$(table "$base_msi" Icon | cut -f1)"
    # The license page shows LICENSE as RTF: one paragraph per paragraph of LICENSE, lines joined.
    # (The exported row spans several lines: the RTF header, one line per paragraph, then "}".)
    expect "Control: the license page shows LICENSE" \
      "$(awk 'BEGIN { RS = ""; ORS = "\n" } { gsub(/\n/, " "); print }' "$source_dir/LICENSE")" \
      "$(msiinfo export "$base_msi" Control | tr -d '\r' |
        awk -F'\t' 'found && /^}/ { exit } found { print }
                    $1 == "WelcomeEulaDlg" && $2 == "LicenseText" && $10 ~ /^\{\\rtf1\\ansi/ { found = 1 }' |
        sed -e 's/\\par\\par$//' -e 's/\\par$//')"
    finish
    ;;

  prefix)
    wine_env
    wineserver -k >/dev/null 2>&1
    rm -rf "$prefix" "$logs"/wine-*.txt
    wineboot --init </dev/null >"$logs/wineboot.txt" 2>&1
    wineserver -w
    [[ -f $prefix/system.reg ]] || die "wineboot made no prefix (see $logs/wineboot.txt)"
    # One server for the whole run (Installer.WineShutdown stops it): about 0.1 s per wine command
    # instead of 2-3 s.
    wineserver -p </dev/null >/dev/null 2>&1
    wine_quiet cmd /c exit 0 || die "wine cannot run cmd.exe in the new prefix"
    pass "prefix $prefix with a persistent wineserver"
    finish
    ;;

  shutdown)
    wine_env
    wineserver -k >/dev/null 2>&1
    wineserver -w
    pass "wineserver stopped"
    finish
    ;;

  install)
    wine_env
    clean_slate
    expect "msiexec /i $base exits 0" 0 "$(msiexec install-$base /i "$(winpath "$base_msi")")"
    check_installed "$base" "$base_msi" "$base_files"
    check_runs
    finish
    ;;

  upgrade)
    wine_env
    clean_slate
    expect "msiexec /i $base exits 0" 0 "$(msiexec upgrade-install-$base /i "$(winpath "$base_msi")")"
    expect "msiexec /i $next over $base exits 0" 0 "$(msiexec upgrade-to-$next /i "$(winpath "$next_msi")")"
    check_installed "$next" "$next_msi" "$next_files"
    old_pc=$(property "$base_msi" ProductCode)
    if grep -aqF "WIX_UPGRADE_DETECTED = $old_pc" "$logs/upgrade-to-$next.log"; then
      pass "the upgrade found $base ($old_pc) through the UpgradeCode"
    else
      fail "the upgrade log does not show WIX_UPGRADE_DETECTED = $old_pc"
    fi
    if reg_key_exists "$uninstall_key\\$old_pc"; then fail "$base's uninstall entry is still there"; else pass "$base's uninstall entry is gone"; fi
    check_runs
    finish
    ;;

  downgrade)
    wine_env
    clean_slate
    expect "msiexec /i $next exits 0" 0 "$(msiexec downgrade-install-$next /i "$(winpath "$next_msi")")"
    # 1603 (ERROR_INSTALL_FAILURE) reaches Linux as 1603 mod 256 = 67
    expect "msiexec /i $base over $next is refused with 1603" 67 "$(msiexec downgrade-to-$base /i "$(winpath "$base_msi")")"
    if grep -aqF "WIX_DOWNGRADE_DETECTED = $(property "$next_msi" ProductCode)" "$logs/downgrade-to-$base.log"; then
      pass "the refused install found $next through the UpgradeCode (WIX_DOWNGRADE_DETECTED)"
    else
      fail "the downgrade log does not mention WIX_DOWNGRADE_DETECTED"
    fi
    check_installed "$next" "$next_msi" "$next_files"
    finish
    ;;

  uninstall)
    wine_env
    clean_slate
    expect "msiexec /i $base exits 0" 0 "$(msiexec uninstall-install-$base /i "$(winpath "$base_msi")")"
    expect "msiexec /i $next exits 0" 0 "$(msiexec uninstall-install-$next /i "$(winpath "$next_msi")")"
    next_pc=$(property "$next_msi" ProductCode)
    expect "msiexec /x {ProductCode} exits 0" 0 "$(msiexec uninstall-$next /x "$next_pc")"
    expect "no uninstall entry" "" "$(our_products)"
    if [[ -e $prefix/drive_c/Program\ Files/$vendor ]]; then
      fail "C:\\Program Files\\$vendor is left: $(cd "$prefix/drive_c/Program Files" && find "$vendor")"
    else
      pass "C:\\Program Files\\$vendor is gone"
    fi
    expect "no Start-menu shortcut" "" "$(shortcuts)"
    for key in "HKLM\\Software\\$vendor" "HKCU\\Software\\$vendor" "$uninstall_key\\$next_pc" \
      "HKLM\\Software\\Classes\\Installer\\Products\\$(packed_guid "$next_pc")" \
      "HKLM\\Software\\Classes\\Installer\\UpgradeCodes\\$(packed_guid "{$upgrade_code}")"; do
      if reg_key_exists "$key"; then fail "$key is left"; else pass "$key is gone"; fi
    done
    finish
    ;;

  *)
    echo "msi.sh: unknown step $step" >&2
    exit 2
    ;;
esac
