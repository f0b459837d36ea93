#!/usr/bin/env bash
# Build ParishDesk as a one-folder program that runs without Python: dist/ParishDesk/.
#
#   bash packaging/build.sh
#
# Sets up .venv as packaging/dev.sh does (system libraries for Qt, Python 3.11+),
# installs ParishDesk with its "bundle" extra (PyInstaller), then runs
# packaging/parishdesk.spec. On Linux the folder also gets install.sh, which
# adds ParishDesk to the user's applications menu. For Windows see
# packaging/README.md (the same spec, then the Inno Setup script).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash packaging/dev.sh setup bundle
start=$(date +%s)
rm -rf build/pyinstaller dist/ParishDesk
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/parishdesk.spec

if [ "$(uname)" = Linux ]; then
  cp packaging/linux/install.sh packaging/linux/parishdesk.desktop dist/ParishDesk/
  cp packaging/icons/parishdesk.png dist/ParishDesk/parishdesk.png
  chmod +x dist/ParishDesk/install.sh
fi
echo "Built dist/ParishDesk/ in $(( $(date +%s) - start )) s: $(du -sh dist/ParishDesk | cut -f1)"
