#!/usr/bin/env bash
# Smoke test of the built program (dist/ParishDesk/), as a clerk's computer would run it:
# from another folder, with a clean environment (no Python paths, no virtualenv, a fresh
# home and data folder), offscreen. Every step must succeed:
#   --version, demo, check, members export (.pdf and .xlsx), pack --councillor …, calendar,
#   letters word,
#   and the desktop program started until its main window is shown, then quit.
#
#   bash packaging/smoke_bundle.sh [dist/ParishDesk]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bundle=$(cd "${1:-$repo/dist/ParishDesk}" && pwd)
work=$(mktemp -d /tmp/parishdesk-smoke.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/out"
cd "$work"   # not the source tree: nothing may be imported from it

cli="$bundle/parishdesk-cli"
gui="$bundle/ParishDesk"
[ -x "$cli" ] && [ -x "$gui" ] || { echo "smoke: no program in $bundle (run packaging/build.sh)" >&2; exit 1; }

# A clean environment: only what a desktop session would have.
clean=(env -i "HOME=$work/home" "PATH=/usr/bin:/bin" "LANG=C.UTF-8" "QT_QPA_PLATFORM=offscreen"
       "XDG_RUNTIME_DIR=$work/home")
data="$work/data"
step() { echo "== $*"; }
ms() { echo $(( $(date +%s%N) / 1000000 )); }
timed() { local t0; t0=$(ms); "$@"; echo "   ($(( $(ms) - t0 )) ms)"; }

step "version";      v=$("${clean[@]}" "$cli" --version); echo "   $v"
expected=$(sed -n 's/^version = "\(.*\)"/\1/p' "$repo/pyproject.toml")
[ "$v" = "ParishDesk $expected" ] || { echo "smoke: expected ParishDesk $expected" >&2; exit 1; }
step "demo";         timed "${clean[@]}" "$cli" --data-dir "$data" demo
step "check";        timed "${clean[@]}" "$cli" --data-dir "$data" check
step "members export .pdf"
timed "${clean[@]}" "$cli" --data-dir "$data" members export "$work/out/register.pdf"
step "members export .xlsx"
timed "${clean[@]}" "$cli" --data-dir "$data" members export "$work/out/register.xlsx"
head -c 5 "$work/out/register.pdf" | grep -q '%PDF-' || { echo "smoke: register.pdf is not a PDF" >&2; exit 1; }
head -c 2 "$work/out/register.xlsx" | grep -q 'PK' || { echo "smoke: register.xlsx is not .xlsx" >&2; exit 1; }

# A councillor of the demo council (a surname only one councillor has).
councillor="Marchetti"
step "pack --councillor $councillor"
timed "${clean[@]}" "$cli" --data-dir "$data" pack --councillor "$councillor" --out "$work/out/pack.pdf"
head -c 5 "$work/out/pack.pdf" | grep -q '%PDF-' || { echo "smoke: pack.pdf is not a PDF" >&2; exit 1; }

step "calendar of deadlines (.ics)"
timed "${clean[@]}" "$cli" --data-dir "$data" calendar --out "$work/out/deadlines.ics"
grep -q '^BEGIN:VEVENT' "$work/out/deadlines.ics" || { echo "smoke: no calendar entries" >&2; exit 1; }
year=$(date -d '70 days ago' +%Y)  # the demo always has a meeting about ten weeks back
step "calendar of the meetings of $year (.ics, UK time)"
timed "${clean[@]}" "$cli" --data-dir "$data" calendar --meetings "$year" --out "$work/out/meetings.ics"
grep -q '^X-WR-TIMEZONE:Europe/London' "$work/out/meetings.ics" || { echo "smoke: no UK time zone" >&2; exit 1; }
grep -q '^DTSTART:[0-9]*T[0-9]*Z' "$work/out/meetings.ics" || { echo "smoke: meeting times not in UTC" >&2; exit 1; }

step "Word copy of the first letter"
timed "${clean[@]}" "$cli" --data-dir "$data" letters word PD/2026/0001 --out "$work/out/letter.docx"
head -c 2 "$work/out/letter.docx" | grep -q 'PK' || { echo "smoke: letter.docx is not .docx" >&2; exit 1; }

step "desktop program until the main window is shown"
start=$(ms)
"${clean[@]}" timeout 120 "$gui" --data-dir "$data" --quit-when-shown >"$work/gui.log" 2>&1 \
  || { echo "smoke: the desktop program failed:" >&2; cat "$work/gui.log" >&2; exit 1; }
echo "   shown and quit in $(( $(ms) - start )) ms"
grep -q "ParishDesk started on" "$data/logs/parishdesk.log" \
  || { echo "smoke: the log does not say the main window started" >&2; exit 1; }
echo "smoke test passed: $(du -sh "$bundle" | cut -f1) in $bundle"
