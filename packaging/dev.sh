#!/usr/bin/env bash
# Set up ParishDesk from a fresh clone and run it, or run its whole test suite.
#
#   bash packaging/dev.sh run    # set up, then launch the app on the default database
#   bash packaging/dev.sh test   # set up, then lint, type-check and run every test
#   bash packaging/dev.sh setup [EXTRA]  # only set up (with an extra such as "bundle")
#
# Setting up means: install the system libraries Qt needs where they are missing
# (Debian/Ubuntu, via apt-get as root or with sudo), create .venv with Python 3.11+,
# and install ParishDesk into it (again only when pyproject.toml has changed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode=${1:-}
case "$mode" in
  run|test) shift ;;
  setup) shift; setup_extra=${1:-}; [ $# -gt 0 ] && shift ;;
  *) echo "usage: bash packaging/dev.sh run|test [extra arguments] | setup [EXTRA]" >&2; exit 2 ;;
esac

# --- system libraries -------------------------------------------------------
qt_libs=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
window_libs=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
             libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1)
test_tools=(poppler-utils desktop-file-utils)
wanted=("${qt_libs[@]}")
[ "$mode" = run ] && wanted+=("${window_libs[@]}")
[ "$mode" = test ] && wanted+=("${test_tools[@]}")
# PyInstaller reads the libraries' dependencies with ldd and objdump (binutils).
[ "$mode" = setup ] && [ "${setup_extra:-}" = bundle ] && wanted+=(binutils)

python=${PYTHON:-python3}
if ! "$python" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  wanted+=(python3 python3-venv)
fi

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# --- virtual environment ----------------------------------------------------
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv"
  "$python" -m venv .venv
fi
extras=""
[ "$mode" = test ] && extras="[test]"
[ "$mode" = setup ] && [ -n "${setup_extra:-}" ] && extras="[${setup_extra}]"
stamp=".venv/.parishdesk-installed${extras}"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing ParishDesk${extras} into .venv"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
  echo "$want" > "$stamp"
fi

[ "$mode" = setup ] && exit 0

# --- run --------------------------------------------------------------------
if [ "$mode" = run ]; then
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ] \
     && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No screen found (DISPLAY is not set): starting ParishDesk without a window." >&2
    export QT_QPA_PLATFORM=offscreen
  fi
  exec .venv/bin/parishdesk "$@"
fi

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
echo "== ruff";   .venv/bin/ruff check src tests benchmarks
echo "== mypy";   .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports
echo "== pytest"; exec .venv/bin/python -m pytest "$@"
