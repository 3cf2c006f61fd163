#!/usr/bin/env bash
# Installs the real office components the Word tests use, from Debian only. Idempotent; run by
# test/run.mjs before the tests (CI and a fresh machine need nothing else).
#   libreoffice-writer-nogui  headless soffice: opens .docx, converts to .odt / .pdf
#   poppler-utils             pdfinfo, pdftotext -bbox, pdftoppm (page size, text positions, PNG)
#   fonts-wqy-zenhei          a free CJK font so Chinese text is laid out with real glyph widths
set -euo pipefail
PKGS=(libreoffice-writer-nogui poppler-utils fonts-wqy-zenhei)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" != 0 ]; then
    echo "[office setup] missing ${missing[*]}: install them with apt-get (needs root)" >&2
    exit 1
  fi
  echo "[office setup] apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
