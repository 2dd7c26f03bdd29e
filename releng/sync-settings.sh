#!/bin/sh
# Copies releng/settings/*.prefs into every bundle's .settings/ folder.
cd "$(dirname "$0")/.." || exit 1
for b in bundles/*/META-INF/MANIFEST.MF; do
  d=$(dirname "$(dirname "$b")")/.settings
  mkdir -p "$d" && cp releng/settings/*.prefs "$d/"
done
