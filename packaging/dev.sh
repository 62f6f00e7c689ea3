#!/usr/bin/env bash
# Set up everything Gemeinsam Desktop needs on a Debian/Ubuntu machine, then start or test it.
#
#   bash packaging/dev.sh start [--demo] [...]   set up, then start the app
#   bash packaging/dev.sh test [pytest args]     set up, then lint, type-check and run all tests
#   bash packaging/dev.sh setup                  only set up
#   bash packaging/dev.sh bundle                 set up, add PyInstaller, build dist/gemeinsam-desktop
#   bash packaging/dev.sh bundle-test            build the bundle and prove it runs on its own
#                                                (tests/packaging/test_bundle.py)
#
# Set-up is idempotent and quick when nothing changed: system libraries Qt needs (apt, only
# the missing ones), a virtualenv in .venv with Python 3.11+, and the project with its test
# extra (re-installed when pyproject.toml changes).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="${GEMEINSAM_VENV:-$ROOT/.venv}"

# Qt's xcb platform plugin (a real window) and its offscreen plugin (tests) need these.
SYSTEM_PACKAGES=(
    libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
    libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
    libxcb-xfixes0 libxcb-xkb1 fonts-dejavu-core
)

say() { printf '==> %s\n' "$*"; }

install_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || { say "Kein Debian/Ubuntu: Systembibliotheken bitte selbst installieren."; return; }
    local missing=()
    for pkg in "${SYSTEM_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [[ ${#missing[@]} -eq 0 ]] && return
    say "Installiere Systembibliotheken: ${missing[*]}"
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
    for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11; do
        [[ -n "$candidate" ]] || continue
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
            echo "$candidate"; return
        fi
    done
    echo "Python 3.11 oder neuer wird gebraucht (z. B. apt-get install python3 python3-venv)." >&2
    exit 1
}

setup_venv() {
    if [[ ! -x "$VENV/bin/python" ]]; then
        local py; py="$(find_python)"
        say "Lege die virtuelle Umgebung an: $VENV"
        "$py" -m venv "$VENV" || {
            echo "venv fehlt: bitte 'apt-get install python3-venv' ausführen." >&2; exit 1; }
    fi
    local stamp="$VENV/.gemeinsam-installed" want
    want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
        say "Installiere Gemeinsam Desktop und die Testwerkzeuge"
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[test]"
        echo "$want" > "$stamp"
    fi
}

setup() {
    install_system_packages
    setup_venv
}

# PyInstaller (the "packaging" extra) only for the bundle commands, not for everyday work.
setup_packaging() {
    local stamp="$VENV/.gemeinsam-packaging" want
    want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
        say "Installiere PyInstaller (Extra \"packaging\")"
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[test,packaging]"
        echo "$want" > "$stamp"
    fi
}

cmd="${1:-start}"
[[ $# -gt 0 ]] && shift
case "$cmd" in
    setup)
        setup ;;
    start)
        setup
        if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && "$(uname -s)" == Linux ]]; then
            say "Kein Bildschirm gefunden (DISPLAY ist leer). Unter X11 oder Wayland starten."
        fi
        exec "$VENV/bin/gemeinsam-desktop" "$@" ;;
    test)
        setup
        export QT_QPA_PLATFORM=offscreen
        say "ruff"
        "$VENV/bin/ruff" check gemeinsam_desktop tests benchmarks packaging
        say "mypy"
        "$VENV/bin/mypy" --no-error-summary
        say "pytest"
        set +e
        "$VENV/bin/python" -m pytest "$@"
        status=$?
        set -e
        [[ $status -eq 5 ]] && { echo "Keine Tests gefunden." >&2; exit 1; }
        exit $status ;;
    bundle)
        setup
        setup_packaging
        VENV="$VENV" GEMEINSAM_SKIP_INSTALL=1 bash packaging/build.sh ;;
    bundle-test)
        setup
        setup_packaging
        export QT_QPA_PLATFORM=offscreen GEMEINSAM_BUNDLE_TEST=1
        exec "$VENV/bin/python" -m pytest tests/packaging -p no:cacheprovider "$@" ;;
    *)
        echo "Aufruf: bash packaging/dev.sh start|test|setup|bundle|bundle-test [...]" >&2; exit 2 ;;
esac
