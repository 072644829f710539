#!/usr/bin/env bash
# Samverkansportalen as a cluster on this machine: WildFly nodes that share their users' sessions
# (JGroups over TCP on loopback, Infinispan) and HAProxy in front of them, on loopback.
#   bin/cluster.sh start      start CLUSTER_NODES nodes (2 unless set), one after the other, then the balancer
#   bin/cluster.sh stop       stop the balancer and every node
#   bin/cluster.sh kill N     kill node N at once (kill -9), as a crash would
#   bin/cluster.sh restart N  start node N again (after kill or stop) and wait until it serves
#   bin/cluster.sh redeploy   deploy CLUSTER_EAR again on every node, one node at a time, with no
#                             failed request: the balancer stops sending the node requests and waits
#                             for those it holds, the node redeploys, and takes users again once it
#                             says it is ready; its users' sessions are on the other nodes meanwhile
#   bin/cluster.sh status     say which nodes and which balancer answer
# Run by bin/portal (start --nodes N) and by the cluster tests; MariaDB, Keycloak and the SMTP server
# are theirs to start, and the nodes find them through the usual SAMVERKAN_* variables (README).
# Settings (environment):
#   CLUSTER_RUN_DIR      folder of the nodes' servers, logs and pid files (run/cluster)
#   CLUSTER_PORT         the balancer's HTTP port, where users go (8080)
#   CLUSTER_NODE_OFFSET  port offset of node 1; node N gets CLUSTER_NODE_OFFSET + 100*(N-1) (1000:
#                        node 1 serves HTTP on 9080, management on 10990, JGroups on 8600). JGroups
#                        takes 7600 + offset: keep it off 9000, Keycloak's management port
#   CLUSTER_NAME         the JGroups cluster name; two clusters on one machine need two names
#   CLUSTER_EAR          the EAR the nodes run (ear/target/samverkansportalen.ear)
#   CLUSTER_HEAP         each node's heap (-Xms256m -Xmx1g: the benchmark at 290 kommuner keeps
#                        at most about 520 MiB live, see README "Prestanda")
set -euo pipefail
. "$(dirname "$0")/lib/health.sh"

top=$(cd "$(dirname "$0")/.." && pwd)
run_dir=${CLUSTER_RUN_DIR:-$top/run/cluster}
nodes=${CLUSTER_NODES:-2}
balancer_port=${CLUSTER_PORT:-8080}
first_offset=${CLUSTER_NODE_OFFSET:-1000}
cluster_name=${CLUSTER_NAME:-samverkansportalen}
heap=${CLUSTER_HEAP:--Xms256m -Xmx1g}
server="$top/ear/target/server-cluster"
ear=${CLUSTER_EAR:-$top/ear/target/samverkansportalen.ear}
context=/samverkansportalen
# A page anyone may read without logging in: the balancer answers once it serves it.
public_page="$context/tillganglighet.xhtml"

offset_of() { echo $((first_offset + 100 * ($1 - 1))); }
http_port_of() { echo $((8080 + $(offset_of "$1"))); }
management_port_of() { echo $((9990 + $(offset_of "$1"))); }
pid_file_of() { echo "$run_dir/node$1.pid"; }

members() {
  local list="" n
  for n in $(seq 1 "$nodes"); do
    list="${list:+$list,}127.0.0.1[$((7600 + $(offset_of "$n")))]"
  done
  echo "$list"
}

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_node() {
  local n=$1 base="$run_dir/node$1"
  if running "$(pid_file_of "$n")"; then echo "cluster: node$n already running"; return 0; fi
  [ -x "$server/bin/standalone.sh" ] && [ -f "$ear" ] || { echo "cluster: build first (mvn -DskipTests install)" >&2; exit 1; }
  # A server folder of its own per node; its data (transactions, Infinispan's passivated sessions)
  # starts empty, as on a new machine: what the node needs comes from the other nodes.
  rm -rf "$base"
  mkdir -p "$base/deployments" "$run_dir/logs"
  cp -r "$server/standalone/configuration" "$base/configuration"
  cp "$ear" "$base/deployments/samverkansportalen.ear"
  echo "cluster: starting node$n on http://localhost:$(http_port_of "$n") (log: $run_dir/logs/node$n.log)"
  SAMVERKAN_CLUSTER_MEMBERS=$(members) SAMVERKAN_CLUSTER_NAME=$cluster_name JBOSS_JAVA_SIZING="$heap" \
    nohup "$server/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.node.name="node$n" \
    -Djboss.socket.binding.port-offset="$(offset_of "$n")" > "$run_dir/logs/node$n.log" 2>&1 &
  echo $! > "$(pid_file_of "$n")"
  local waited=0
  until [ -f "$base/deployments/samverkansportalen.ear.deployed" ]; do
    if [ -f "$base/deployments/samverkansportalen.ear.failed" ]; then
      echo "cluster: node$n failed to deploy the portal:" >&2; cat "$base/deployments/samverkansportalen.ear.failed" >&2; exit 1
    fi
    running "$(pid_file_of "$n")" || { echo "cluster: node$n stopped while starting; see $run_dir/logs/node$n.log" >&2; exit 1; }
    [ $waited -lt 300 ] || { echo "cluster: node$n not deployed after ${waited}s" >&2; exit 1; }
    sleep 1; waited=$((waited + 1))
  done
  echo "cluster: node$n serves after ${waited}s"
}

# The java process of a node: standalone.sh starts it as its child.
node_java_pid() {
  local pid; pid=$(cat "$(pid_file_of "$1")")
  pgrep -P "$pid" java 2>/dev/null | head -1 || true
}

stop_node() {
  local n=$1 signal=${2:-TERM} pid_file; pid_file=$(pid_file_of "$1")
  if running "$pid_file"; then
    local pid java; pid=$(cat "$pid_file"); java=$(node_java_pid "$n")
    echo "cluster: stopping node$n (SIG$signal)"
    [ -n "$java" ] && kill "-$signal" "$java" 2>/dev/null || true
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do { [ -n "$java" ] && kill -0 "$java" 2>/dev/null; } || kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    [ -n "$java" ] && kill -KILL "$java" 2>/dev/null || true
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
}

# HAProxy's answer when no node can take a request, in Swedish as the portal's own 503 page.
write_error_pages() {
  local status text
  for status in 502 503 504; do
    case $status in 502) text="Bad Gateway" ;; 503) text="Service Unavailable" ;; 504) text="Gateway Timeout" ;; esac
    {
      printf 'HTTP/1.1 %s %s\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nRetry-After: 30\r\nConnection: close\r\n\r\n' "$status" "$text"
      cat <<'PAGE'
<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Tillfälligt fel – Samverkansportalen</title></head>
<body><main><h1>Tillfälligt fel</h1>
<p>Tillfälligt fel, försök igen om en stund. Portalen kunde inte ta emot din begäran just nu; det du skickade kan behöva skickas igen.</p>
<p>Gå tillbaka i webbläsaren och försök igen, eller <a href="/samverkansportalen/">gå till startsidan</a>.</p></main></body></html>
PAGE
    } > "$run_dir/unavailable-$status.http"
  done
}

write_balancer_config() {
  local n
  write_error_pages
  {
    cat <<CFG
# Written by bin/cluster.sh: HAProxy in front of the portal's nodes.
global
  pidfile $run_dir/haproxy.pid
  # HAProxy's runtime API, for this user only: redeploy takes a node out and puts it back.
  stats socket $run_dir/haproxy.sock mode 600 level admin
defaults
  mode http
  timeout connect 2s
  timeout client 5m
  timeout server 5m
  # A request whose node went away is sent again to another node: a refused connection always; a
  # read (GET, HEAD) also when the node died before answering. A form or API write the node may have
  # stored before dying is not sent twice: the user gets the page below and sends it again herself
  # (the browser keeps what she typed, drafts.js).
  retries 2
  option redispatch 1
  retry-on conn-failure empty-response response-timeout
  # HAProxy's own answers (no node ready, a node lost mid-request) in the portal's words.
  errorfile 502 $run_dir/unavailable-502.http
  errorfile 503 $run_dir/unavailable-503.http
  errorfile 504 $run_dir/unavailable-504.http
frontend portal
  bind 127.0.0.1:$balancer_port
  # A client asking to switch to HTTP/2 over plain HTTP (h2c, as Java's HttpClient does by default)
  # would turn its connection into a tunnel to one node, past the balancer's choice: its requests
  # would go on reaching a node taken out for a redeploy, and all fail together when that node dies.
  # The request is served as HTTP/1.1 instead.
  http-request del-header HTTP2-Settings if { req.hdr(upgrade) -m sub -i h2c }
  http-request del-header Upgrade if { req.hdr(upgrade) -m sub -i h2c }
  default_backend nodes
backend nodes
  balance roundrobin
  # Only reads are sent again after a node died with them (see retry-on above).
  http-request disable-l7-retry if !METH_GET !METH_HEAD
  # A user stays on the node that holds her session while it lives; the session is on the others too.
  cookie SAMVERKAN_NODE insert indirect nocache httponly attr SameSite=Lax
  # A node takes users while WildFly says the portal is deployed and started (MicroProfile Health's
  # /health/started on its management port), checked every second. Not /health/ready: that is DOWN
  # while MariaDB or Keycloak cannot be reached, an outage every node shares, and users are better
  # served by the portal's own pages about it than by the balancer's.
  option httpchk GET /health/started
  http-check expect status 200
CFG
    for n in $(seq 1 "$nodes"); do
      echo "  server node$n 127.0.0.1:$(http_port_of "$n") cookie node$n check port $(management_port_of "$n") inter 1s fall 2 rise 1"
    done
  } > "$run_dir/haproxy.cfg"
}

start_balancer() {
  local haproxy; haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
  [ -x "$haproxy" ] || { echo "cluster: HAProxy is missing: apt-get install haproxy" >&2; exit 1; }
  if running "$run_dir/haproxy.pid"; then echo "cluster: balancer already running"; return 0; fi
  write_balancer_config
  "$haproxy" -c -q -f "$run_dir/haproxy.cfg" || { echo "cluster: HAProxy refuses $run_dir/haproxy.cfg (above)" >&2; exit 1; }
  "$haproxy" -D -f "$run_dir/haproxy.cfg" > "$run_dir/logs/haproxy.log" 2>&1
  local waited=0
  until curl -s -f -o /dev/null --max-time 5 "http://127.0.0.1:$balancer_port$public_page"; do
    [ $waited -lt 30 ] || { echo "cluster: the balancer does not answer on $balancer_port" >&2; exit 1; }
    sleep 1; waited=$((waited + 1))
  done
  echo "cluster: balancer on http://localhost:$balancer_port$context/ in front of $nodes nodes"
}

# A command to the running balancer (HAProxy's runtime API, through socat).
balancer() {
  command -v socat > /dev/null || { echo "cluster: socat is missing: apt-get install socat" >&2; exit 1; }
  echo "$*" | socat stdio "unix-connect:$run_dir/haproxy.sock"
}

# A field of node N's line in the balancer's statistics (show stat: CSV, the header names the fields).
node_stat() {
  balancer "show stat" | awk -F, -v node="node$1" -v field="$2" '
    NR == 1 { for (i = 1; i <= NF; i++) { name = $i; sub(/^# /, "", name); column[name] = i } }
    $1 == "nodes" && $2 == node { print $column[field] }'
}

# Node N deploys the EAR again while the balancer sends it nothing; waits until it is ready and
# the balancer sends it users again.
redeploy_node() {
  local n=$1 base="$run_dir/node$1" waited=0 stamp
  # Users go on on another node meanwhile: without one ready, the redeploy would take the portal down.
  local m others=0
  for m in $(seq 1 "$nodes"); do
    [ "$m" != "$n" ] && [ "$(node_stat "$m" status)" = "UP" ] && others=$((others + 1))
  done
  if [ "$others" -eq 0 ]; then
    echo "cluster: no node but node$n is ready in the balancer; redeploying it would stop the portal and end every session." >&2
    echo "cluster: start the other nodes first (bin/cluster.sh restart N) or stop and start the cluster with the new EAR." >&2
    exit 1
  fi
  echo "cluster: node$n out of the balancer"
  balancer "set server nodes/node$n state maint" > /dev/null
  # The requests the node is answering finish first (at most 60 s).
  until [ "$(node_stat "$n" scur)" = "0" ]; do
    [ $waited -lt 60 ] || { echo "cluster: node$n still answers requests after ${waited}s; redeploying anyway" >&2; break; }
    sleep 1; waited=$((waited + 1))
  done
  stamp="$run_dir/node$n.redeploy"; touch "$stamp"; sleep 1
  cp "$ear" "$base/deployments/.samverkansportalen.ear.new"
  mv -f "$base/deployments/.samverkansportalen.ear.new" "$base/deployments/samverkansportalen.ear"
  touch "$base/deployments/samverkansportalen.ear.dodeploy"
  echo "cluster: node$n redeploying"
  waited=0
  until [ "$base/deployments/samverkansportalen.ear.deployed" -nt "$stamp" ] && [ ! -e "$base/deployments/samverkansportalen.ear.dodeploy" ]; do
    if [ "$base/deployments/samverkansportalen.ear.failed" -nt "$stamp" ]; then
      echo "cluster: node$n failed to deploy the portal; it stays out of the balancer:" >&2
      cat "$base/deployments/samverkansportalen.ear.failed" >&2; exit 1
    fi
    [ $waited -lt 300 ] || { echo "cluster: node$n not deployed after ${waited}s; it stays out of the balancer" >&2; exit 1; }
    sleep 1; waited=$((waited + 1))
  done
  until curl -s -f -o /dev/null --max-time 5 "http://127.0.0.1:$(management_port_of "$n")/health/started"; do
    [ $waited -lt 300 ] || { echo "cluster: node$n not started after ${waited}s; it stays out of the balancer" >&2; exit 1; }
    sleep 1; waited=$((waited + 1))
  done
  balancer "set server nodes/node$n state ready" > /dev/null
  until [ "$(node_stat "$n" status)" = "UP" ]; do
    [ $waited -lt 330 ] || { echo "cluster: the balancer does not take node$n back" >&2; exit 1; }
    sleep 1; waited=$((waited + 1))
  done
  echo "cluster: node$n serves the new deployment after ${waited}s"
}

stop_balancer() {
  if running "$run_dir/haproxy.pid"; then
    echo "cluster: stopping the balancer"
    kill -TERM "$(cat "$run_dir/haproxy.pid")" 2>/dev/null || true
  fi
  rm -f "$run_dir/haproxy.pid"
}

mkdir -p "$run_dir/logs"
case "${1:-}" in
  start)
    for n in $(seq 1 "$nodes"); do start_node "$n"; done
    start_balancer
    ;;
  stop)
    stop_balancer
    for pid_file in "$run_dir"/node*.pid; do
      [ -e "$pid_file" ] || continue
      n=${pid_file##*/node}; stop_node "${n%.pid}"
    done
    ;;
  kill) stop_node "${2:?node number}" KILL ;;
  restart) start_node "${2:?node number}" ;;
  redeploy)
    [ -f "$ear" ] || { echo "cluster: no EAR at $ear" >&2; exit 1; }
    running "$run_dir/haproxy.pid" || { echo "cluster: the balancer is not running" >&2; exit 1; }
    for pid_file in "$run_dir"/node*.pid; do
      [ -e "$pid_file" ] || continue
      n=${pid_file##*/node}; n=${n%.pid}
      if running "$pid_file"; then redeploy_node "$n"; fi
    done
    ;;
  status)
    for n in $(seq 1 "$nodes"); do
      if running "$(pid_file_of "$n")"; then
        echo "node$n: running (http://localhost:$(http_port_of "$n")), $(readiness "$(management_port_of "$n")")"
      else echo "node$n: not running"; fi
    done
    if running "$run_dir/haproxy.pid"; then echo "balancer: running on $balancer_port"; else echo "balancer: not running"; fi
    ;;
  *) echo "usage: $0 start|stop|kill N|restart N|redeploy|status" >&2; exit 2 ;;
esac
