# Sourced by ./dossier and ./run-tests: makes sure Debian packages are there.
# As root, installs what is missing with apt-get; otherwise prints the exact apt-get line and stops.

require_java17() {
  local version
  version=$(javac -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p')
  if [ -z "$version" ] || [ "$version" -lt 17 ]; then
    require_packages openjdk-17-jdk-headless
  fi
}

require_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || { echo "apt-get could not install: ${missing[*]}" >&2; exit 1; }
  else
    echo "Dossier needs these Debian packages; install them and run this again:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
}

# what building needs (mvnw downloads Maven with curl and unpacks it with unzip), and what the product needs
BUILD_PACKAGES="curl unzip ca-certificates"
RUN_PACKAGES="libgtk-3-0 fonts-dejavu-core"
# what the UI tests and the product smoke test need: a virtual display and X tools to find and press dialogs;
# pdftoppm (poppler-utils) turns the PDF reports of dossier.report.tests into PNG pages; Debian's python3 with
# python3-jsonschema runs the W3C Web Annotation suite's check.py on the exports (dossier.report.tests);
# Chromium and its ChromeDriver run the browser extension's tests (dossier.capture.tests)
TEST_PACKAGES="xvfb xauth x11-utils xdotool poppler-utils python3 python3-jsonschema chromium chromium-driver"
