#!/usr/bin/env bash
# Runs the Keycloak server of Samverkansportalen with the demo realm.
#   keycloak/bin/keycloak.sh start   start in the background (or reuse one already answering) and wait until ready
#   keycloak/bin/keycloak.sh stop    stop the instance this script started
#   keycloak/bin/keycloak.sh status  say whether it answers
# The distribution comes from Maven Central (keycloak/target/keycloak-dist-*.zip, made by the build)
# and is unpacked under run/keycloak. The realm is imported from keycloak/realm/samverkan-realm.json;
# when that file changes, Keycloak's own database is dropped so the new realm is imported.
# Environment: KEYCLOAK_PORT (8180), KEYCLOAK_MANAGEMENT_PORT (9000), JAVA_HOME (optional).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
top=$(cd "$here/.." && pwd)
port=${KEYCLOAK_PORT:-8180}
mgmt_port=${KEYCLOAK_MANAGEMENT_PORT:-9000}
run_dir=${SAMVERKAN_RUN_DIR:-$top/run}
kc_root="$run_dir/keycloak"
pid_file="$kc_root/keycloak.pid"
log_file="$run_dir/logs/keycloak.log"
realm_file="$here/realm/samverkan-realm.json"
realm_url="http://localhost:$port/realms/samverkan/.well-known/openid-configuration"

answers() { curl -fsS -o /dev/null --max-time 3 "$realm_url" 2>/dev/null; }

unpack() {
  local zip
  zip=$(ls "$here"/target/keycloak-dist-*.zip 2>/dev/null | head -n 1 || true)
  if [ -z "$zip" ]; then
    echo "keycloak: the distribution is missing; build first (mvn -DskipTests package)" >&2
    exit 1
  fi
  local version
  version=$(basename "$zip" .zip); version=${version#keycloak-dist-}
  home="$kc_root/keycloak-$version"
  if [ ! -x "$home/bin/kc.sh" ]; then
    echo "keycloak: unpacking Keycloak $version into $kc_root"
    mkdir -p "$kc_root"
    unzip -q -o "$zip" -d "$kc_root"
  fi
}

start() {
  if answers; then
    echo "keycloak: already answering on port $port"
    return 0
  fi
  unpack
  mkdir -p "$home/data/import" "$(dirname "$log_file")" "$kc_root/tmp"
  local sum
  sum=$(sha256sum "$realm_file" | cut -d' ' -f1)
  if [ "$(cat "$kc_root/realm.sha256" 2>/dev/null || true)" != "$sum" ]; then
    echo "keycloak: realm file is new or changed; Keycloak's database is reset to import it"
    rm -rf "$home/data/h2"
    cp "$realm_file" "$home/data/import/samverkan-realm.json"
    echo "$sum" > "$kc_root/realm.sha256"
  fi
  echo "keycloak: starting on http://localhost:$port (log: $log_file)"
  (
    cd "$home"
    export JAVA_OPTS_APPEND="-Dvertx.cacheDirBase=$kc_root/tmp -Djava.io.tmpdir=$kc_root/tmp ${JAVA_OPTS_APPEND:-}"
    export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
    export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
    nohup bin/kc.sh start-dev --http-port="$port" --http-management-port="$mgmt_port" \
      --import-realm --health-enabled=true > "$log_file" 2>&1 &
    echo $! > "$pid_file"
  )
  local waited=0
  until answers; do
    if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
      echo "keycloak: the server stopped while starting; last lines of $log_file:" >&2
      tail -n 30 "$log_file" >&2
      exit 1
    fi
    if [ $waited -ge 240 ]; then
      echo "keycloak: not ready after ${waited}s; see $log_file" >&2
      exit 1
    fi
    sleep 2; waited=$((waited + 2))
  done
  echo "keycloak: ready after ${waited}s"
}

stop() {
  if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    local pid; pid=$(cat "$pid_file")
    echo "keycloak: stopping (pid $pid)"
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
  else
    echo "keycloak: not started by this script"
  fi
  rm -f "$pid_file"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if answers; then echo "keycloak: answering on port $port"; else echo "keycloak: not answering"; exit 3; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
