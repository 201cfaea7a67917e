#!/usr/bin/env bash
# The tests use two Debian packages (no browser download is possible here):
#   chromium       drives the end-to-end suite (Playwright), through its lighter
#                  chromium-headless-shell (the headless browser Playwright prefers);
#   poppler-utils  reads generated PDFs back as text (pdftotext, pdfinfo) in the unit tests.
# Installs what is missing when we are root; otherwise says what to install.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
[ -x /usr/bin/chromium-headless-shell ] || missing+=(chromium-headless-shell)
command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installerer testværktøjer fra Debian: ${missing[*]} …"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Advarsel: mangler ${missing[*]} og er ikke root; installér dem med apt-get (sudo)." >&2
fi
