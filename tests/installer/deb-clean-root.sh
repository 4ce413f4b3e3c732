#!/usr/bin/env bash
# By hand, not part of CTest (needs root, network and mmdebstrap; a few minutes): the .deb installs
# with `apt install ./ra-console_*.deb` into a clean Debian 13 root, and both programs start there.
#
#   tests/installer/deb-clean-root.sh build/dev/tests/installer/linux-packages/ra-console_*_amd64.deb
#
# The root is made by mmdebstrap (variant apt: apt and its essentials, nothing else), the package
# goes in, apt resolves its dependencies from the Debian mirror, then:
#   ra-policy --version               prints "ra-policy <version>"
#   ra-console (offscreen, 5 seconds) still running when timeout stops it (exit 124): it started,
#                                     found its Qt plugins and libraries, and did not crash
# The root is deleted afterwards (mmdebstrap writes it to a tarball in a temporary folder).
set -euo pipefail
deb=$(realpath "${1:?usage: deb-clean-root.sh ra-console_VERSION_amd64.deb}")
mirror=${RA_BUILDROOT_MIRROR:-http://deb.debian.org/debian}
version=$(dpkg-deb -f "$deb" Version)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$deb" "$work/"
name=$(basename "$deb")
start=$(date +%s)
mmdebstrap --variant=apt --mode=root --quiet \
  --customize-hook="copy-in $work/$name /tmp" \
  --customize-hook='chroot "$1" apt-get update -qq' \
  --customize-hook="chroot \"\$1\" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q /tmp/$name" \
  --customize-hook='chroot "$1" dpkg-query -W -f="\${Package} \${Version} \${Status}\n" ra-console' \
  --customize-hook="chroot \"\$1\" sh -c 'test \"\$(ra-policy --version)\" = \"ra-policy $version\"' && echo 'ra-policy --version: ra-policy $version'" \
  --customize-hook='chroot "$1" sh -c "QT_QPA_PLATFORM=offscreen timeout 5 ra-console; rc=\$?; echo ra-console exit \$rc; test \$rc -eq 124"' \
  --customize-hook='chroot "$1" sh -c "dpkg -L ra-console | grep -E \"^/usr/(bin|share/(applications|metainfo))/\""' \
  trixie "$work/root.tar" "$mirror"
echo "deb-clean-root: $name installed and started in a clean Debian 13 root ($(( $(date +%s) - start )) s)"
