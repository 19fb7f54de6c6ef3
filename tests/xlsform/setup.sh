#!/usr/bin/env bash
# Installs pyxform, the reference XLSForm converter of ODK and KoboToolbox
# (pinned in requirements.txt), into tests/xlsform/.venv. The web crate's
# tests (tests/it/survey_xlsform.rs) convert Passerelle's exported XLSForm
# with its xls2xform and skip that check, saying so, when it is absent.
#   bash tests/xlsform/setup.sh
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VENV="$HERE/.venv"

bash "$HERE/../../scripts/python-venv.sh" "$HERE"
"$VENV/bin/xls2xform" --help >/dev/null
echo "pyxform ready: $VENV/bin/xls2xform" >&2
