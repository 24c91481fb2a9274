#!/usr/bin/env bash
# Debian packages the tests need: LibreOffice Calc, the second formula engine that recalculates
# written workbooks; Chromium, the browser the pane's browser test (test/browser) and
# `npm run screenshots` drive through playwright-core (never `npx playwright install`: no internet);
# and libxml2-utils, whose xmllint validates the add-in manifests against Microsoft's XML schemas
# (test/manifest/schemaValidation.ts).
# Run as root (CI is root); installs only what is missing, does nothing when all are there.
set -euo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
echo "LibreOffice: $(soffice --version 2>/dev/null | head -n 1)"
# Debian's /usr/bin/chromium is a wrapper script that may complain on stderr; the version is on stdout.
echo "Chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
# xmllint prints its version on stderr.
echo "xmllint: $(xmllint --version 2>&1 | head -n 1)"
