#!/bin/sh
# Installs what precis needs to build and test on Debian 12 (as root, or through sudo): the
# packages listed in scripts/debian-packages. Does nothing when they are all installed
# already.
set -eu
cd "$(dirname "$0")/.."
packages=$(grep -v '^#' scripts/debian-packages)
missing=
for p in $packages; do
  dpkg-query -W -f '${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing="$missing $p"
done
[ -n "$missing" ] || exit 0
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
