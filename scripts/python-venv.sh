#!/usr/bin/env bash
# Makes (if needed) the Python virtual environment DIR/.venv and installs
# DIR/requirements.txt into it (pinned versions), installing Debian's
# python3-venv first when python3 cannot make a venv and we are root.
# Used by the test tools written in Python (tests/xlsform, tests/pdfua,
# tests/fuzz).
#   bash scripts/python-venv.sh tests/pdfua
set -euo pipefail

DIR=$(cd "$1" && pwd)
VENV="$DIR/.venv"
NAME=${DIR#"$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/"}

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
echo "+ pip install -r $NAME/requirements.txt" >&2
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$DIR/requirements.txt"
