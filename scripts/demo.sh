#!/bin/sh
# Quick start 1: install the dependencies, build, and summarise the bundled example article.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build/src/cli/precis examples/harbour-bridge.txt
