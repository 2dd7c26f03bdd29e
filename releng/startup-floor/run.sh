#!/bin/bash
# The floor under Dossier's startup time: Eclipse's workbench with an empty perspective in a configuration of the
# built product without any Dossier bundle, against one empty SWT shell, started the same way (same Java options, no
# class data sharing), interleaved. Needs the built product and a display:
#   xvfb-run -a releng/startup-floor/run.sh [RUNS]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PRODUCT="$HERE/../dossier.product/target/products/dossier.product/linux/gtk/x86_64/dossier"
RUNS=${1:-7}
[ -f "$PRODUCT/artifacts.xml" ] || { echo "no product at $PRODUCT: build it first (./dossier --help builds it)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LAUNCHER=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar)

# The bundle: compiled against the product's own plugins.
mkdir -p "$WORK/classes"
javac -nowarn -d "$WORK/classes" -cp "$(ls "$PRODUCT"/plugins/*.jar | tr '\n' ':')" "$HERE/src/floor/BareWorkbench.java"
jar cfm "$WORK/dossier.startup.floor.jar" "$HERE/META-INF/MANIFEST.MF" -C "$HERE" plugin.xml -C "$WORK/classes" .

# The configuration: the product's bundles but Dossier's, and this one.
mkdir -p "$WORK/configuration/org.eclipse.equinox.simpleconfigurator"
{ grep -v '^dossier\.' "$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
  echo "dossier.startup.floor,1.0.0,file:$WORK/dossier.startup.floor.jar,4,false"; } \
  > "$WORK/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
{ grep -E '^osgi\.' "$PRODUCT/configuration/config.ini"
  echo "eclipse.application=dossier.startup.floor.workbench"
  echo "org.eclipse.equinox.simpleconfigurator.configUrl=file\:$WORK/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
} > "$WORK/configuration/config.ini"

start() { # REPORT ARGS...: seconds from process start to the window shown
  local report=$1; shift
  rm -f "$report"
  local started; started=$(date +%s.%N)
  java -Xms256m -Xmx2g -Ddossier.startup.report="$report" -Ddossier.startup.exit=true -jar "$LAUNCHER" "$@" \
    >>"$WORK/output.log" 2>&1
  [ -s "$report" ] || { echo "no window was shown: $(tail -5 "$WORK/output.log")" >&2; exit 1; }
  echo "$(date -d "$(cat "$report")" +%s.%N) - $started" | bc
}
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{v[NR] = $1} END {printf "%.2f (min %.2f, max %.2f)", v[int((NR + 1) / 2)], v[1], v[NR]}'; }
floor_times=; shell_times=
for run in $(seq 0 "$RUNS"); do # run 0 warms up
  f=$(start "$WORK/floor.shown" -configuration "$WORK/configuration" -data "$WORK/floor-workspace")
  s=$(start "$WORK/shell.shown" -configuration "$PRODUCT/configuration" \
    -application dossier.bench.ui.emptyShell -data "$WORK/shell-workspace")
  [ "$run" = 0 ] || { floor_times+="$f "; shell_times+="$s "; }
done
echo "startup, $RUNS interleaved runs after a warm-up, seconds, median"
echo "Eclipse workbench, empty perspective, no Dossier bundle: $(median <<<"$floor_times")"
echo "empty SWT shell, same Java options:                     $(median <<<"$shell_times")"
echo "ratio: $(echo "scale=2; $(median <<<"$floor_times" | cut -d' ' -f1) / $(median <<<"$shell_times" | cut -d' ' -f1)" | bc)x"
