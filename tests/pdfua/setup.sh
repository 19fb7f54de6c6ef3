#!/usr/bin/env bash
# Installs pdfua (pinned in requirements.txt), an independent checker of the
# machine-checkable subset of PDF/UA-1 (built on pikepdf, no JVM: veraPDF is
# not installable from the registries reached here), into tests/pdfua/.venv.
# crates/documents/tests run it on the brochure and the annual report; on CI
# they fail without it, elsewhere they say they skip it.
#   bash tests/pdfua/setup.sh
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VENV="$HERE/.venv"

if ! "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
  echo "+ python3 -m venv $VENV" >&2
  if ! python3 -m venv "$VENV" >/dev/null 2>&1; then
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
echo "+ pip install -r tests/pdfua/requirements.txt" >&2
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$HERE/requirements.txt"
"$VENV/bin/pdfua" --version >/dev/null
