#!/usr/bin/env bash
# Install what baocao needs on Debian, idempotently (quick when everything is there):
# system packages with apt-get when missing, a .venv with the package, and the diacritics model.
#   bash scripts/setup.sh          # for running baocao
#   bash scripts/setup.sh --test   # plus what the tests need
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

apt_pkgs=(tesseract-ocr tesseract-ocr-vie tesseract-ocr-script-viet poppler-utils fonts-croscore fonts-dejavu-core hunspell-vi)
python_ok() { command -v python3 >/dev/null && python3 -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }
python_ok || apt_pkgs+=(python3 python3-venv python3-dev)
[ $want_test -eq 1 ] && apt_pkgs+=(chromium recode)  # the review page's end-to-end test drives Debian's Chromium; recode cross-checks the legacy encodings
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
extras="."; [ $want_test -eq 1 ] && extras=".[test]"
stamp=".venv/.baocao-$(cat pyproject.toml | sha256sum | cut -c1-16)-$want_test"
if [ ! -f "$stamp" ]; then
  echo "setup: installing Python packages into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip 2>/dev/null
  if ! .venv/bin/python -m pip install -q --disable-pip-version-check -e "$extras" >.venv/pip.log 2>&1; then
    grep -v "^WARNING: Location" .venv/pip.log | tail -20; echo "setup: pip install failed (log: .venv/pip.log)"; exit 1
  fi
  rm -f .venv/.baocao-*; touch "$stamp"
fi

# Training text for the diacritics LM: Debian's Vietnamese LibreOffice help, unpacked, not installed
help_dir=data/cache/libreoffice-help-vi
if [ ! -d "$help_dir" ]; then
  echo "setup: fetching libreoffice-help-vi (training text for the diacritics model)"
  tmp=$(mktemp -d)
  (cd "$tmp" && { apt-get download libreoffice-help-vi >/dev/null 2>&1 || { apt-get update -qq && apt-get download libreoffice-help-vi >/dev/null 2>&1; }; })
  dpkg-deb -x "$tmp"/libreoffice-help-vi_*.deb "$tmp/x"
  mkdir -p data/cache && mv "$tmp/x/usr/share/libreoffice/help/vi" "$help_dir" && rm -rf "$tmp"
fi
# the shipped diacritics model: built here once, read-only afterwards; again when its code changed
manifest=diacritics/data/manifest.json
# (the report fixtures are training text too: diacritics/corpus.py)
if [ ! -f diacritics/data/lm.pkl ] || [ ! -f diacritics/data/compounds.npy ] || [ ! -f "$manifest" ] \
   || [ -n "$(find diacritics core -name '*.py' -newer "$manifest" | head -1)" ] \
   || [ -n "$(find data/vocab -type f -newer "$manifest" 2>/dev/null | head -1)" ] \
   || [ -n "$(find tests/fixtures \( -name 'analyst_*.json' -o -name 'unseen_report*.json' \) -newer "$manifest" 2>/dev/null | head -1)" ]; then
  echo "setup: building the diacritics language model (~20 s)"
  .venv/bin/python -m baocao.diacritics.build
fi

mkdir -p data/out
