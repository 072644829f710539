# Sourced by bin/portal and bin/cluster.sh.
# readiness PORT: a server's /health/ready (MicroProfile Health on its management port) in one line,
# "ready: UP (keycloak UP, mariadb UP)"; DOWN while the portal cannot reach MariaDB or Keycloak.
readiness() {
  local answer checks
  answer=$(curl -s --max-time 5 "http://127.0.0.1:$1/health/ready") || { echo "health: the management port $1 does not answer"; return 0; }
  checks=$(printf '%s' "$answer" | grep -o '"name":"\(mariadb\|keycloak\)","status":"[A-Z]*"' \
    | sed 's/"name":"\([a-z]*\)","status":"\([A-Z]*\)"/\1 \2/' | paste -sd, - | sed 's/,/, /g')
  echo "ready: $(printf '%s' "$answer" | sed -n 's/^{"status":"\([A-Z]*\)".*/\1/p') on http://127.0.0.1:$1/health/ready (${checks:-no checks: the portal is not deployed})"
}
