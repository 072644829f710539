#!/usr/bin/env bash
# Makes sure the browser tests have what they drive: Debian's Chromium and its driver
# (packages chromium and chromium-driver, giving /usr/bin/chromium and /usr/bin/chromedriver).
# Installs them with apt-get when either is missing; fails with what to do when it cannot.
# Called by the ear module's build before the integration tests (skipped with -DskipTests or
# -DskipITs); not meant to be run by hand, though doing so is harmless.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "test-browser: $(chromium --version 2>/dev/null || echo chromium) and $(chromedriver --version 2>/dev/null | cut -d' ' -f1-2 || echo chromedriver) are installed"
  exit 0
fi

fail() {
  echo "test-browser: ERROR: the browser tests need Debian's chromium and chromium-driver, and $1." >&2
  echo "test-browser: install them as root (apt-get install -y chromium chromium-driver) and run the tests again," >&2
  echo "test-browser: or skip the integration tests with -DskipITs." >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fail "this machine has no apt-get to install them with"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    fail "installing them needs root (this user is not root and has no password-less sudo)"
  fi
fi

echo "test-browser: chromium or chromedriver missing; installing chromium and chromium-driver with apt-get"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq || fail "apt-get update failed (no network or no package sources?)"
"${sudo[@]}" apt-get install -y -qq chromium chromium-driver >/dev/null || fail "apt-get install chromium chromium-driver failed"
command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
  || fail "apt-get installed them but chromium or chromedriver is still not on the PATH"
echo "test-browser: installed $(chromium --version 2>/dev/null || echo chromium)"
