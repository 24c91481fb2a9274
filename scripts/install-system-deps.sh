#!/usr/bin/env bash
# Debian packages the tests need: LibreOffice Calc, the second formula engine that recalculates
# written workbooks. Run as root (CI is root); does nothing when already installed.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then
  echo "LibreOffice: $(soffice --version 2>/dev/null | head -n 1)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends libreoffice-calc-nogui
soffice --version | head -n 1
