#!/usr/bin/env bash
# Installs what Fiscal Lens needs on a fresh Debian machine (idempotent; quick when all is there).
# Java 17 + Maven to build; poppler-utils for debug renders; tesseract (+chi_sim) for scanned pages;
# LibreOffice to regenerate corpus/seed; chromium and fonts-noto-cjk to test (and screenshot) HTML reports.
set -euo pipefail
need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
# OCR of scanned pages (tests read a scanned report); poppler for the debug renders
{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx chi_sim; } || need+=(tesseract-ocr tesseract-ocr-chi-sim)
command -v chromium >/dev/null 2>&1 || need+=(chromium)          # renders the HTML reports in a test
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)    # the speed bench's baseline (pdftotext -layout)
# a CJK font: Chromium draws the HTML reports' Chinese (screenshots of the browser test) with it, not as boxes
{ fc-list :lang=zh family 2>/dev/null | grep -q . \
  || dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'ok installed'; } || need+=(fonts-noto-cjk)
if [ "${FISCAL_SETUP_FULL:-0}" = 1 ]; then
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
  command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
