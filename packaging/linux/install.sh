#!/bin/sh
# Add ParishDesk to your applications menu (for you only; no administrator needed).
#
#   ./install.sh            add the menu entry and icon, pointing at this folder
#   ./install.sh --remove   take them away again (your councils' data is not touched)
#
# The program stays in this folder: move the folder first, then run this script.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$data_home/applications"
icons="$data_home/icons/hicolor/256x256/apps"
entry="$apps/parishdesk.desktop"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$icons/parishdesk.png"
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
  echo "ParishDesk has been taken off the applications menu."
  echo "Your data was left where it is (see Help > About ParishDesk for the folder)."
  exit 0
fi

if [ ! -x "$here/ParishDesk" ]; then
  echo "install.sh must stay in the ParishDesk folder, beside the ParishDesk program." >&2
  exit 1
fi
mkdir -p "$apps" "$icons"
cp "$here/parishdesk.png" "$icons/parishdesk.png"
# Exec= takes the program's path in double quotes, with " ` $ \\ escaped (and every
# backslash doubled again for the file); TryExec= takes the plain path.
program="$here/ParishDesk"
quoted=$(printf '%s' "$program" | sed 's/[\\"`$]/\\&/g; s/\\/\\\\/g')
for_sed() { printf '%s' "$1" | sed 's/[\\&|]/\\&/g'; }
sed -e "s|@EXEC@|\"$(for_sed "$quoted")\"|" -e "s|@TRYEXEC@|$(for_sed "$program")|" \
  "$here/parishdesk.desktop" > "$entry.tmp"
mv "$entry.tmp" "$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
  && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
echo "ParishDesk is now in your applications menu ($entry)."
