#!/usr/bin/env bash
# Installs pyxform, the reference XLSForm converter of ODK and KoboToolbox
# (pinned in requirements.txt), into tests/xlsform/.venv. The web crate's
# tests (tests/it/survey_xlsform.rs) convert Passerelle's exported XLSForm
# with its xls2xform and skip that check, saying so, when it is absent.
#   bash tests/xlsform/setup.sh
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VENV="$HERE/.venv"

if ! "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
  echo "+ python3 -m venv $VENV" >&2
  if ! python3 -m venv "$VENV" >/dev/null 2>&1; then
    # Debian's python3 ships venv separately.
    rm -rf "$VENV"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "+ apt-get install python3-venv (Debian's python3 needs it to make a venv)" >&2
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-venv </dev/null >/dev/null
      python3 -m venv "$VENV"
    else
      echo "cannot create a Python venv: install python3-venv" >&2
      exit 1
    fi
  fi
fi
echo "+ pip install -r tests/xlsform/requirements.txt" >&2
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$HERE/requirements.txt"
"$VENV/bin/xls2xform" --help >/dev/null
echo "pyxform ready: $VENV/bin/xls2xform" >&2
