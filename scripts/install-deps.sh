#!/bin/sh
# Installs what precis needs to build and test on Debian 12 (as root, or through sudo): the
# packages listed in scripts/debian-packages.
set -eu
cd "$(dirname "$0")/.."
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2046
$SUDO apt-get install -y -qq --no-install-recommends $(grep -v '^#' scripts/debian-packages) >/dev/null
