#!/usr/bin/env bash
# Makes sure the integration tests have the Debian packages they drive: Chromium and its driver for
# the browser tests (packages chromium and chromium-driver: /usr/bin/chromium, /usr/bin/chromedriver)
# HAProxy, the balancer in front of the cluster tests' two nodes (package haproxy), and socat, which
# talks to HAProxy's runtime API when bin/cluster.sh redeploys node by node (package socat).
# Installs what is missing with apt-get; fails with what to do when it cannot.
# Called by the ear module's build before the integration tests (skipped with -DskipTests or
# -DskipITs); not meant to be run by hand, though doing so is harmless.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
command -v socat >/dev/null 2>&1 || missing+=(socat)

if [ ${#missing[@]} -eq 0 ]; then
  echo "test-packages: $(chromium --version 2>/dev/null || echo chromium), $(chromedriver --version 2>/dev/null | cut -d' ' -f1-2 || echo chromedriver), $( (haproxy -v 2>/dev/null || /usr/sbin/haproxy -v) | head -1 | cut -d' ' -f1-3) and socat are installed"
  exit 0
fi

fail() {
  echo "test-packages: ERROR: the integration tests need Debian's ${missing[*]}, and $1." >&2
  echo "test-packages: install them as root (apt-get install -y ${missing[*]}) and run the tests again," >&2
  echo "test-packages: or skip the integration tests with -DskipITs." >&2
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

echo "test-packages: missing ${missing[*]}; installing with apt-get"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq || fail "apt-get update failed (no network or no package sources?)"
"${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null || fail "apt-get install ${missing[*]} failed"
for program in chromium chromedriver; do
  command -v "$program" >/dev/null 2>&1 || fail "apt-get installed them but $program is still not on the PATH"
done
echo "test-packages: installed ${missing[*]}"
