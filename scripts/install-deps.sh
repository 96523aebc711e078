#!/bin/sh
# Installs what precis needs to build and test on Debian 12 (as root, or through sudo):
# the build (meson, glib, json-glib, libstemmer), the tests (check, valgrind) and the
# sanitizer and fuzzing builds (clang with its runtime libraries, for libFuzzer), GNU parallel
# (the batch test that runs precis under it).
set -eu
PACKAGES="build-essential meson ninja-build pkg-config libglib2.0-dev libglib2.0-bin
  libjson-glib-dev libxml2-dev libstemmer-dev check valgrind clang libclang-rt-14-dev parallel"
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null
