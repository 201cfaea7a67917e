#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (no browser download is possible here).
# Installs it when missing and we are root; otherwise Playwright's own browser is used.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installerer Debians chromium til end-to-end-testene …"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
else
  echo "Advarsel: /usr/bin/chromium mangler, og vi er ikke root; Playwright bruger sin egen browser." >&2
fi
