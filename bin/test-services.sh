#!/usr/bin/env bash
# Starts and stops what the integration tests need besides WildFly (which Arquillian starts):
#   up    - an embedded MariaDB on TEST_DB_PORT (when TEST_DB_EMBEDDED=true; otherwise the tests use
#           the server in SAMVERKAN_DB_URL), and Keycloak with the demo realm (reused if one answers)
#   down  - stops what "up" started
# Called by the ear module's build around the failsafe run; not meant to be run by hand.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
run_dir=${TEST_RUN_DIR:-$top/ear/target/test-run}
mkdir -p "$run_dir"

case "${1:-}" in
  up)
    if [ "${TEST_DB_EMBEDDED:-true}" = "true" ]; then
      rm -rf "$run_dir/mariadb"
      "$top/mariadb/bin/mariadb.sh" start --port "${TEST_DB_PORT:-3308}" --dir "$run_dir/mariadb" --database samverkan_test
    else
      echo "test-services: using the database in SAMVERKAN_DB_URL"
    fi
    if "$top/keycloak/bin/keycloak.sh" status >/dev/null 2>&1; then
      echo "test-services: reusing the Keycloak already running"
    else
      "$top/keycloak/bin/keycloak.sh" start
      touch "$run_dir/keycloak.started"
    fi
    ;;
  down)
    if [ -d "$run_dir/mariadb" ]; then
      "$top/mariadb/bin/mariadb.sh" stop --dir "$run_dir/mariadb" || true
    fi
    if [ -f "$run_dir/keycloak.started" ]; then
      "$top/keycloak/bin/keycloak.sh" stop || true
      rm -f "$run_dir/keycloak.started"
    fi
    ;;
  *) echo "usage: $0 up|down" >&2; exit 2 ;;
esac
