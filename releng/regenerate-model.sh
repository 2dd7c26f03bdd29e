#!/bin/bash
# Regenerates the EMF model code of bundles/dossier.model (src-gen/) from model/casefile.genmodel
# with EMF's own code generator, run standalone by releng/model-generator (a plain Maven program,
# not part of the Tycho build).
#
#   releng/regenerate-model.sh                    regenerate bundles/dossier.model/src-gen
#   releng/regenerate-model.sh --check            regenerate into a temp folder; exit 1 and list the
#                                                 files if the committed src-gen differs
#   releng/regenerate-model.sh --update-genmodel  after editing casefile.ecore: add/remove the genmodel's
#                                                 elements for it (keeping its settings), then regenerate
#
# src-gen/ is generated only: never edit it by hand. Hand-written code goes to src/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUNDLE="$ROOT/bundles/dossier.model"
GENMODEL="$BUNDLE/model/casefile.genmodel"
TARGET="$BUNDLE/src-gen"

usage() { sed -n '6,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
mode=generate
case "${1-}" in
  "") ;;
  --check) mode=check ;;
  --update-genmodel) mode=update ;;
  -h|--help) usage ;;
  *) echo "regenerate-model.sh: unknown option $1" >&2; usage ;;
esac
[ $# -le 1 ] || usage

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

generator() {
  # -f: a plain jar build; the root .mvn/extensions.xml (Tycho pomless) does not get in its way
  (cd "$ROOT" && ./mvnw -B -q -f releng/model-generator/pom.xml compile exec:java -Dexec.args="$*")
}

if [ "$mode" = update ]; then
  generator update-genmodel "$BUNDLE" "$GENMODEL"
fi

# Maven prints its errors on stdout: show them only when generation fails
if ! out=$(generator generate "$BUNDLE" "$GENMODEL" "$TMP/src-gen" 2>&1); then
  echo "$out" >&2
  echo "regenerate-model.sh: EMF code generation failed (see above)" >&2
  exit 1
fi

if [ "$mode" = check ]; then
  if [ ! -d "$TARGET" ]; then
    echo "regenerate-model.sh --check: $TARGET is missing; run releng/regenerate-model.sh" >&2
    exit 1
  fi
  changes=$( (cd "$TMP/src-gen" && find . -type f; cd "$TARGET" && find . -type f) | sort -u | while read -r f; do
    f=${f#./}
    if [ ! -f "$TARGET/$f" ]; then echo "missing   src-gen/$f"
    elif [ ! -f "$TMP/src-gen/$f" ]; then echo "extra     src-gen/$f"
    elif ! cmp -s "$TARGET/$f" "$TMP/src-gen/$f"; then echo "differs   src-gen/$f"
    fi
  done)
  if [ -n "$changes" ]; then
    echo "bundles/dossier.model/src-gen is not what model/casefile.genmodel generates:" >&2
    echo "$changes" >&2
    echo "run releng/regenerate-model.sh and commit the result (src-gen is never edited by hand)" >&2
    exit 1
  fi
  echo "src-gen is up to date with model/casefile.genmodel"
  exit 0
fi

rm -rf "$TARGET"
cp -r "$TMP/src-gen" "$TARGET"
echo "regenerated $(find "$TARGET" -type f | wc -l) files in bundles/dossier.model/src-gen"
