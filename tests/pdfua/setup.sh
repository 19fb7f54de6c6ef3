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

bash "$HERE/../../scripts/python-venv.sh" "$HERE"
"$VENV/bin/pdfua" --version >/dev/null
