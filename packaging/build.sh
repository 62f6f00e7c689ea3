#!/usr/bin/env bash
# Build the one-folder app with PyInstaller: dist/gemeinsam-desktop/
#
#   packaging/build.sh                 # venv in build/venv (created on first run)
#   VENV=.venv packaging/build.sh      # use an existing venv instead
#   PYTHON=python3.11 packaging/build.sh
#   GEMEINSAM_SKIP_INSTALL=1 ...       the venv already holds the app and PyInstaller
#                                      (bash packaging/dev.sh bundle does that)
#
# Runs on Linux and macOS (and in Git Bash on Windows; see packaging/README.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3}"
VENV="${VENV:-$ROOT/build/venv}"
DIST="$ROOT/dist"
APP="$DIST/gemeinsam-desktop"

if [[ -x "$VENV/bin/python" ]]; then
    PY="$VENV/bin/python"
elif [[ -x "$VENV/Scripts/python.exe" ]]; then
    PY="$VENV/Scripts/python.exe"
else
    echo "==> Creating the build venv in $VENV"
    "$PYTHON" -m venv "$VENV"
    if [[ -x "$VENV/bin/python" ]]; then PY="$VENV/bin/python"; else PY="$VENV/Scripts/python.exe"; fi
fi

VERSION="$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
echo "==> Gemeinsam Desktop $VERSION"

if [[ -z "${GEMEINSAM_SKIP_INSTALL:-}" ]]; then
    echo "==> Installing the app and PyInstaller into $VENV"
    "$PY" -m pip install --quiet --upgrade pip
    "$PY" -m pip install --quiet -e ".[packaging]"
fi

if [[ ! -f packaging/icons/gemeinsam-desktop.png ]]; then
    echo "==> Rendering the app icons"
    "$PY" packaging/make_icons.py
fi

echo "==> Running PyInstaller (about a minute)"
START=$SECONDS
GEMEINSAM_VERSION="$VERSION" "$PY" -m PyInstaller --noconfirm --clean \
    --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" \
    packaging/gemeinsam-desktop.spec

echo "==> PyInstaller took $((SECONDS - START)) s"
echo "==> Adding the desktop file and icon"
cp packaging/gemeinsam-desktop.desktop "$APP/"
cp packaging/icons/gemeinsam-desktop.png "$APP/gemeinsam-desktop.png"
printf '%s\n' "$VERSION" > "$APP/VERSION"

case "$(uname -s)" in
    Linux)
        ARCHIVE="$DIST/gemeinsam-desktop-$VERSION-linux-$(uname -m).tar.gz"
        tar -C "$DIST" -czf "$ARCHIVE" gemeinsam-desktop
        echo "==> Archive: $ARCHIVE"
        ;;
    Darwin)
        echo "==> App bundle: $DIST/Gemeinsam Desktop.app (see packaging/README.md for signing)"
        ;;
    MINGW* | MSYS* | CYGWIN*)
        echo "==> Installer: iscc /DAppVersion=$VERSION packaging\\windows\\gemeinsam-desktop.iss"
        ;;
esac

echo
du -sh "$APP" | sed 's/^/==> Size: /'
echo "Fertig / done: $APP"
echo "Start: $APP/gemeinsam-desktop   (command line: $APP/gemeinsam-desktop-cli --help)"
