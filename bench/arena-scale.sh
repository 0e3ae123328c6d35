#!/usr/bin/env bash
# The arena scaled out on this machine (issue 18, "Scale, measured and modelled"): private PostgreSQL and RabbitMQ
# instances (as the tests start theirs: a temp folder, free loopback ports), `rcsc serve` on them with its match and
# judge slots at 0, and 1, 2 and 4 `rcsc worker` processes in turn, each in a cgroup limited to 2/N cores' share
# (cgroup v1 cpu.cfs_quota_us, or v2 cpu.max; as TestSupport's CpuShare does), then, for comparison, the embedded
# server (SQLite, the queue in the database, its own 2 match slots) on the same bots. Each run plays for a fixed
# window after a warm-up, and reports
#   - rated ladder matches a minute,
#   - CPU seconds per match of the server, of PostgreSQL, of RabbitMQ and of the workers (with their runners), from
#     /proc/PID/stat (utime+stime+cutime+cstime over each service's process tree, differences over the window),
#   - bytes per match stored by PostgreSQL (pg_database_size over the window),
#   - bytes per match through the broker (rabbitmqctl list_connections send_oct recv_oct, summed) and between the
#     workers and the server (artifact fetches and reports: the workers reach the server through a byte-counting
#     forwarder, bench/lib/count-bytes.py),
# as a Markdown table, with the machine's load beside every row.
# The server stays up across the worker runs (the same database, queues and bots): only the workers change.
# Needs root (cgroups; PostgreSQL run as its package's user), curl, jq, python3, Debian's postgresql and
# rabbitmq-server. Bounded: every wait has a timeout; about 3 + 4 × (WARMUP + WINDOW) minutes plus judging.
# Usage: bench/arena-scale.sh [--bots N] [--warmup SECONDS] [--window SECONDS] [--workers 1,2,4] [--no-embedded]
#                             [--configuration Release|Debug] [--no-build] [--check]
#   --check: only start and stop the services and show the CPU accounting and a CPU share working (no rcsc needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bots=6 warmup=30 window=120 worker_counts=1,2,4 embedded=true configuration=Release build=true check=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bots) bots="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --window) window="$2"; shift 2 ;;
    --workers) worker_counts="$2"; shift 2 ;;
    --no-embedded) embedded=false; shift ;;
    --configuration) configuration="$2"; shift 2 ;;
    --no-build) build=false; shift ;;
    --check) check=true; shift ;;
    *) sed -n '/^# Usage:/,/^#   --check/p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
for tool in curl jq python3 setsid; do command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }; done
[[ "$(id -u)" == 0 ]] || { echo "run as root: the workers' CPU shares are cgroups" >&2; exit 2; }
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
load() { cut -d' ' -f1-3 /proc/loadavg | sed 's/ /, /g'; }
calc() { awk "BEGIN { print $1 }"; }
now() { date +%s.%N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
log() { echo "== $* (load average: $(load))" >&2; }
load_before="$(load)"
ticks="$(getconf CLK_TCK)"

work="$(mktemp -d -t rcsc-arena-scale-XXXXXX)"
pgdir="" rmqdir="" rmqpid="" server="" forwarder="" embedded_server=""
workers=() groups=()

# --- CPU accounting: the CPU time of a process tree, in clock ticks -------------------------------------------------
# utime+stime+cutime+cstime of the process and of every live descendant: a reaped child's time is in its parent's
# cutime/cstime, a live one's is counted directly, so nothing is counted twice.
descendants() {
  local pids=("$1") pid child
  while [[ ${#pids[@]} -gt 0 ]]; do
    pid="${pids[0]}"; pids=("${pids[@]:1}")
    echo "$pid"
    for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do pids+=("$child"); done
  done
}
tree_ticks() { # $@: root pids
  local total=0 pid stat rest
  for root in "$@"; do
    for pid in $(descendants "$root"); do
      stat="$(cat /proc/"$pid"/stat 2>/dev/null)" || continue
      rest="${stat##*) }" # after the command, which may hold spaces
      total=$((total + $(awk '{ print $12 + $13 + $14 + $15 }' <<<"$rest")))
    done
  done
  echo "$total"
}
seconds_of() { calc "$1 / $ticks"; }

# --- CPU shares: cgroups as TestSupport's CpuShare makes them -------------------------------------------------------
cgroup_parent() {
  local line path
  while IFS=: read -r _ controllers path; do
    if [[ ",$controllers," == *,cpu,* ]]; then
      for mount in /sys/fs/cgroup/cpu /sys/fs/cgroup/cpu,cpuacct; do
        [[ -f "$mount${path%/}/cpu.cfs_quota_us" ]] && { echo "v1 $mount${path%/}"; return; }
      done
    fi
  done </proc/self/cgroup
  path="$(sed -n 's/^0:://p' /proc/self/cgroup)"
  if [[ -n "$path" ]] && grep -qw cpu "/sys/fs/cgroup${path%/}/cgroup.subtree_control" 2>/dev/null; then echo "v2 /sys/fs/cgroup${path%/}"; return; fi
  echo "no cgroup cpu controller to limit the workers with" >&2; exit 2
}
read -r cgroup_version cgroup_root < <(cgroup_parent)
share_create() { # $1: cores (may be fractional); prints the group's folder
  local dir="$cgroup_root/rcsc-scale-$$-${#groups[@]}" quota
  quota="$(awk "BEGIN { printf \"%d\", $1 * 100000 }")"
  mkdir "$dir"
  if [[ "$cgroup_version" == v2 ]]; then echo "$quota 100000" >"$dir/cpu.max"
  else echo 100000 >"$dir/cpu.cfs_period_us"; echo "$quota" >"$dir/cpu.cfs_quota_us"; fi
  echo "$dir"
}
share_limit() { if [[ "$cgroup_version" == v2 ]]; then cat "$1/cpu.max"; else echo "$(cat "$1/cpu.cfs_quota_us") $(cat "$1/cpu.cfs_period_us")"; fi; }
share_remove() {
  local pid
  for _ in $(seq 1 50); do
    for pid in $(cat "$1/cgroup.procs" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null || true; done
    rmdir "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "could not remove $1" >&2
}
# Runs a command in the group: the shell joins it, then becomes the command (exec), so "in_share ... &" gives $! the
# command's own pid.
in_share() { local dir="$1"; shift; exec sh -c 'echo $$ > "$0/cgroup.procs" && exec "$@"' "$dir" "$@"; }

# --- PostgreSQL and RabbitMQ, private instances (as tests/RestrictedCSharp.Arena.Tests/Services start theirs) ------
pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[[ -x "$pgbin/initdb" ]] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 2; }
rmqbin=/usr/lib/rabbitmq/bin
[[ -x "$rmqbin/rabbitmq-server" ]] || { echo "RabbitMQ is not installed (apt-get install rabbitmq-server)" >&2; exit 2; }
pgport="$(free_port)" rmqport="$(free_port)" rmqdist="$(free_port)" epmdport="$(free_port)"
rmqnode="rcsc-scale-$$@localhost"
as_postgres() { runuser -u postgres -- "$@"; }
postgres_start() {
  pgdir="$(mktemp -d -t rcsc-scale-postgres-XXXXXX)"; chown postgres: "$pgdir"
  as_postgres "$pgbin/initdb" -D "$pgdir/data" -U arena --auth=trust -E UTF8 --no-sync >/dev/null
  as_postgres "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 90 \
    -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
}
postgres_pid() { head -n 1 "$pgdir/data/postmaster.pid"; }
postgres_stop() { [[ -n "$pgdir" ]] && as_postgres "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true; [[ -n "$pgdir" ]] && rm -rf "$pgdir"; pgdir=""; }
rabbit_vars() {
  rabbit_env=(HOME="$rmqdir" RABBITMQ_NODENAME="$rmqnode" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$rmqport"
    RABBITMQ_DIST_PORT="$rmqdist" ERL_EPMD_PORT="$epmdport" RABBITMQ_MNESIA_BASE="$rmqdir/mnesia" RABBITMQ_LOG_BASE="$rmqdir/log"
    RABBITMQ_PID_FILE="$rmqdir/rabbitmq.pid" RABBITMQ_ENABLED_PLUGINS_FILE="$rmqdir/enabled_plugins"
    RABBITMQ_CONFIG_FILE="$rmqdir/rabbitmq" RABBITMQ_ADVANCED_CONFIG_FILE="$rmqdir/advanced.config"
    RABBITMQ_CONF_ENV_FILE="$rmqdir/rabbitmq-env.conf")
}
rabbitmqctl() { env "${rabbit_env[@]}" "$rmqbin/rabbitmqctl" -n "$rmqnode" "$@"; }
rabbit_start() {
  rmqdir="$(mktemp -d -t rcsc-scale-rabbitmq-XXXXXX)"; echo '[].' >"$rmqdir/enabled_plugins"
  rabbit_vars
  # Its own session (setsid's pid, $!, leads it): the whole node (beam, epmd, inet_gethost) is one group to stop.
  setsid env "${rabbit_env[@]}" "$rmqbin/rabbitmq-server" >"$rmqdir/server.out" 2>&1 </dev/null &
  rmqpid=$!
  # await_startup gives up at once while the node is not yet reachable: asked again until the deadline.
  local started=false
  for _ in $(seq 1 24); do
    rabbitmqctl await_startup --timeout 5 >/dev/null 2>&1 && { started=true; break; }
    sleep 5
  done
  $started || { tail -n 20 "$rmqdir/server.out" >&2; echo "RabbitMQ did not start in 120 s" >&2; exit 1; }
}
rabbit_stop() {
  [[ -n "$rmqpid" ]] || return 0
  kill -TERM -- "-$rmqpid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$rmqpid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$rmqpid" 2>/dev/null || true
  ERL_EPMD_PORT="$epmdport" epmd -kill >/dev/null 2>&1 || true
  rmqpid=""; rm -rf "$rmqdir"
}
database_bytes() { psql -h 127.0.0.1 -p "$pgport" -U arena -d postgres -qAtc "SELECT pg_database_size('${dbname:-arena}')"; }
broker_bytes() { rabbitmqctl list_connections send_oct recv_oct --quiet --no-table-headers 2>/dev/null | awk '{ s += $1 + $2 } END { print s + 0 }'; }

stop_process() { # $1: pid; SIGTERM, then SIGKILL after $2 seconds
  local pid="$1" grace="${2:-30}"
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((grace * 2))); do kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
}
stop_workers() { # SIGTERM to all at once (each drains), then each waited for
  local pid group
  for pid in "${workers[@]:-}"; do [[ -n "$pid" ]] && kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${workers[@]:-}"; do
    [[ -n "$pid" ]] || continue
    for _ in $(seq 1 180); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done # --drain is 60 s
    kill -KILL "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  done
  for group in "${groups[@]:-}"; do [[ -n "$group" ]] && share_remove "$group"; done
  workers=() groups=()
}
cleanup() {
  stop_workers
  [[ -n "$server" ]] && stop_process "$server" 60
  [[ -n "$embedded_server" ]] && stop_process "$embedded_server" 60
  [[ -n "$forwarder" ]] && stop_process "$forwarder" 5
  rabbit_stop; postgres_stop
  rm -rf "$work"
}
trap cleanup EXIT

if $check; then
  # The parts that run without rcsc worker: both services up and down, their CPU accounted, a CPU share enforced.
  log "starting PostgreSQL and RabbitMQ"
  began=$(now); postgres_start; pg_seconds="$(calc "$(now) - $began")"
  began=$(now); rabbit_start; rmq_seconds="$(calc "$(now) - $began")"
  psql -h 127.0.0.1 -p "$pgport" -U arena -d postgres -qAtc "CREATE DATABASE scale" >/dev/null
  rabbitmqctl add_vhost scale >/dev/null && rabbitmqctl set_permissions -p scale guest '.*' '.*' '.*' >/dev/null
  dbname=scale
  pg_before="$(tree_ticks "$(postgres_pid)")" rmq_before="$(tree_ticks "$rmqpid")" size_before="$(database_bytes)"
  # Some work for each: 200 queries and 1,000 rows of 1 KB for PostgreSQL, two listings for RabbitMQ.
  { echo "CREATE TABLE t (v text);"; for _ in $(seq 1 200); do echo "SELECT count(*) FROM pg_class;"; done
    echo "INSERT INTO t SELECT repeat(md5(i::text), 32) FROM generate_series(1, 1000) i;"; } | psql -h 127.0.0.1 -p "$pgport" -U arena -d scale -qAt >/dev/null
  size_after="$(database_bytes)"
  rabbitmqctl list_queues -p scale >/dev/null; rabbitmqctl list_connections >/dev/null
  pg_after="$(tree_ticks "$(postgres_pid)")" rmq_after="$(tree_ticks "$rmqpid")"
  # A quarter core's share: a busy loop in it for 4 s of wall time gets about 1 s of CPU.
  group="$(share_create 0.25)"; groups+=("$group")
  (in_share "$group" sh -c 'while :; do :; done') & spinner=$!
  sleep 0.5; member="$(grep -cx "$spinner" "$group/cgroup.procs" || true)"
  spin_before="$(tree_ticks "$spinner")"; began=$(now); sleep 4
  spin_cpu="$(seconds_of $(( $(tree_ticks "$spinner") - spin_before )))"; spin_wall="$(calc "$(now) - $began")"
  limit="$(share_limit "$group")"
  kill -KILL "$spinner"; wait "$spinner" 2>/dev/null || true
  share_remove "$group"; groups=()
  log "stopping them"
  began=$(now); rabbit_stop; rmq_stop_seconds="$(calc "$(now) - $began")"
  began=$(now); postgres_stop; pg_stop_seconds="$(calc "$(now) - $began")"
  cat <<EOF
Checked $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, cgroup $cgroup_version, load average $load_before before and $(load) after.

| part | result |
|---|---|
| PostgreSQL ($(basename "$(dirname "$pgbin")")) private cluster | started in $(printf '%.1f' "$pg_seconds") s, stopped in $(printf '%.1f' "$pg_stop_seconds") s |
| RabbitMQ private node | started in $(printf '%.1f' "$rmq_seconds") s, stopped in $(printf '%.1f' "$rmq_stop_seconds") s |
| PostgreSQL CPU for 200 queries and 1,000 rows (process tree) | $(seconds_of $((pg_after - pg_before))) s |
| PostgreSQL bytes stored for 1,000 rows of 1 KB (pg_database_size) | $((size_after - size_before)) |
| RabbitMQ CPU for two rabbitmqctl listings (process tree) | $(seconds_of $((rmq_after - rmq_before))) s |
| CPU share of 0.25 core ($limit µs quota/period), busy loop in it | $spin_cpu s of CPU in $(printf '%.1f' "$spin_wall") s of wall time; in the group: $([[ "$member" == 1 ]] && echo yes || echo NO) |
EOF
  exit 0
fi

if $build; then
  log "building rcsc and the games ($configuration)"
  dotnet build -c "$configuration" -v quiet src/RestrictedCSharp.Cli >/dev/null
  dotnet build -c "$configuration" -v quiet samples/LightCycles/LightCycles.Definition >/dev/null
  # The registry names both games; the server checks every game it reads.
  dotnet build -c "$configuration" -v quiet samples/ConnectFour/ConnectFour.Definition >/dev/null
fi
rcsc=(dotnet "src/RestrictedCSharp.Cli/bin/$configuration/net10.0/rcsc.dll")
[[ -f "${rcsc[1]}" ]] || { echo "no ${rcsc[1]}: build it, or drop --no-build" >&2; exit 2; }
"${rcsc[@]}" --help | grep -qE '^\s+worker\b' || { echo "this rcsc has no worker command" >&2; exit 2; }

# The bots: the four Light Cycles samples, then renamed copies (bench/lib/ladder-bots.sh).
source bench/lib/ladder-bots.sh
write_ladder_bots "$work/bots" "$bots"

wait_listening() { # $1: log file, $2: pid
  for _ in $(seq 1 180); do
    grep -q '^rcsc serve: listening on' "$1" && return 0
    kill -0 "$2" 2>/dev/null || { cat "$1" >&2; exit 1; }
    sleep 0.5
  done
  echo "rcsc serve did not start in 90 s" >&2; exit 1
}
submit_all() { # $1: url, $2: token; waits until every submission is judged
  local ids=() id status pending file
  for file in "$work"/bots/*.json; do
    ids+=("$(curl -sf -X PUT "$1/api/bots/$(basename "$file" .json)" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d @"$file" | jq .submission)")
  done
  for _ in $(seq 1 600); do
    pending=0
    for id in "${ids[@]}"; do
      status="$(curl -sf "$1/api/submissions/$id" -H "Authorization: Bearer $2" | jq -r .status)"
      [[ "$status" == accepted || "$status" == rejected ]] || pending=$((pending + 1))
    done
    [[ $pending -eq 0 ]] && return 0
    sleep 1
  done
  echo "the submissions were not all judged in 10 minutes" >&2; exit 1
}
finished_rated() { curl -sf "$1/api/leaderboard?game=lightcycles" | jq '[.[].played] | add // 0 | . / 2 | floor'; }

rows=()
per_match() { if [[ "$2" -gt 0 ]]; then calc "$1 / $2" | awk '{ printf "%.3f", $1 }'; else echo "n/a"; fi; }
bytes_per_match() { if [[ "$2" -gt 0 ]]; then awk "BEGIN { printf \"%.0f\", $1 / $2 }"; else echo "n/a"; fi; }
# One measured window: $1 label, $2 url, $3 server pid, $4 postgres pid or "", $5 rabbitmq pid or "", then worker pids.
measure() {
  local label="$1" url="$2" spid="$3" ppid="$4" rpid="$5"; shift 5
  local wpids=("$@") first last began s0 p0 r0 w0 b0 f0 d0 s1 p1 r1 w1 b1 f1 d1 seconds matches load_at
  log "$label: warming up for $warmup s"; sleep "$warmup"
  first="$(finished_rated "$url")"; began=$(now)
  s0="$(tree_ticks "$spid")"; p0="$([[ -n "$ppid" ]] && tree_ticks "$ppid" || echo 0)"; r0="$([[ -n "$rpid" ]] && tree_ticks "$rpid" || echo 0)"
  w0="$([[ ${#wpids[@]} -gt 0 ]] && tree_ticks "${wpids[@]}" || echo 0)"
  b0="$([[ -n "$rpid" ]] && broker_bytes || echo 0)"; f0="$(cat "$work/forwarded" 2>/dev/null || echo 0)"
  d0="$([[ -n "$ppid" ]] && database_bytes || echo 0)"
  log "$label: measuring for $window s"; sleep "$window"
  last="$(finished_rated "$url")"; seconds="$(calc "$(now) - $began")"
  s1="$(tree_ticks "$spid")"; p1="$([[ -n "$ppid" ]] && tree_ticks "$ppid" || echo 0)"; r1="$([[ -n "$rpid" ]] && tree_ticks "$rpid" || echo 0)"
  w1="$([[ ${#wpids[@]} -gt 0 ]] && tree_ticks "${wpids[@]}" || echo 0)"
  b1="$([[ -n "$rpid" ]] && broker_bytes || echo 0)"; f1="$(cat "$work/forwarded" 2>/dev/null || echo 0)"
  d1="$([[ -n "$ppid" ]] && database_bytes || echo 0)"
  matches=$((last - first)); load_at="$(load)"
  rows+=("| $label | $(awk "BEGIN { printf \"%.1f\", $matches * 60 / $seconds }") ($matches in $(printf '%.0f' "$seconds") s) \
| $(per_match "$(seconds_of $((s1 - s0)))" "$matches") | $([[ -n "$ppid" ]] && per_match "$(seconds_of $((p1 - p0)))" "$matches" || echo "–") \
| $([[ -n "$rpid" ]] && per_match "$(seconds_of $((r1 - r0)))" "$matches" || echo "–") \
| $([[ ${#wpids[@]} -gt 0 ]] && per_match "$(seconds_of $((w1 - w0)))" "$matches" || echo "(in the server)") \
| $([[ -n "$ppid" ]] && bytes_per_match $((d1 - d0)) "$matches" || echo "–") | $([[ -n "$rpid" ]] && bytes_per_match $((b1 - b0)) "$matches" || echo "–") | $([[ ${#wpids[@]} -gt 0 ]] && bytes_per_match $((f1 - f0)) "$matches" || echo "–") | $load_at |")
}

# --- Distributed: the server on PostgreSQL and RabbitMQ, its slots at 0; 1, 2, 4 workers --------------------------
log "starting PostgreSQL and RabbitMQ"
postgres_start; rabbit_start
psql -h 127.0.0.1 -p "$pgport" -U arena -d postgres -qAtc "CREATE DATABASE arena" >/dev/null
database="postgres://arena@127.0.0.1:$pgport/arena" broker="amqp://guest:guest@127.0.0.1:$rmqport/"
data="$work/arena" port="$(free_port)"; url="http://127.0.0.1:$port"
token="$("${rcsc[@]}" authors add bench --data "$data" --database "$database" 2>/dev/null)"
"${rcsc[@]}" workers key --data "$data" >/dev/null
"${rcsc[@]}" serve --data "$data" --urls "$url" --game lightcycles --database "$database" --broker "$broker" --workers 0 \
  --judge-deadline 120 >"$work/serve.log" 2>&1 &
server=$!
wait_listening "$work/serve.log" "$server"
# The workers reach the server through a forwarder that counts the bytes both ways (artifacts, reports).
forward_port="$(free_port)"
python3 bench/lib/count-bytes.py 127.0.0.1 "$forward_port" 127.0.0.1 "$port" "$work/forwarded" >"$work/forwarder.log" 2>&1 &
forwarder=$!

start_workers() { # $1: how many; each in a share of 2/N cores
  local n="$1" i cores slots group
  cores="$(calc "2 / $n")"; slots="$(awk "BEGIN { s = int(2 / $n); print (s < 1 ? 1 : s) }")"
  for i in $(seq 1 "$n"); do
    group="$(share_create "$cores")"; groups+=("$group")
    (in_share "$group" "${rcsc[@]}" worker --broker "$broker" --server "http://127.0.0.1:$forward_port" --key-file "$data/worker.key" \
      --game lightcycles --slots "$slots" --judge-slots 1 --judge-deadline 120 --cache "$work/cache-$n-$i" --name "w$n-$i" --drain 60) >"$work/worker-$n-$i.log" 2>&1 &
    workers+=("$!")
  done
  for i in $(seq 1 "$n"); do
    for _ in $(seq 1 180); do grep -q "^worker w$n-$i ready" "$work/worker-$n-$i.log" && break; sleep 0.5; done
    grep -q "^worker w$n-$i ready" "$work/worker-$n-$i.log" || { cat "$work/worker-$n-$i.log" >&2; echo "worker w$n-$i not ready in 90 s" >&2; exit 1; }
  done
}

judged=false
for n in ${worker_counts//,/ }; do
  log "$n worker(s), each limited to $(calc "2 / $n") core(s)"
  start_workers "$n"
  if ! $judged; then log "judging $bots submissions on the workers"; submit_all "$url" "$token"; judged=true; fi
  measure "server + $n worker(s), $(calc "2 / $n") core(s) each" "$url" "$server" "$(postgres_pid)" "$rmqpid" "${workers[@]}"
  stop_workers
done
stop_process "$server" 60; server=""
stop_process "$forwarder" 5; forwarder=""
rabbit_stop; postgres_stop

# --- Embedded, for comparison: SQLite, the queue in the database, 2 match slots in the server ------------------------
if $embedded; then
  log "the embedded server, 2 match slots"
  data="$work/embedded" port="$(free_port)"; url="http://127.0.0.1:$port"
  token="$("${rcsc[@]}" authors add bench --data "$data" 2>/dev/null)"
  "${rcsc[@]}" serve --data "$data" --urls "$url" --game lightcycles --workers 2 --judge-deadline 120 >"$work/embedded.log" 2>&1 &
  embedded_server=$!
  wait_listening "$work/embedded.log" "$embedded_server"
  submit_all "$url" "$token"
  measure "embedded server, 2 slots" "$url" "$embedded_server" "" ""
  stop_process "$embedded_server" 60; embedded_server=""
fi

cat <<EOF
Measured $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), $configuration build, $(nproc) cores, cgroup $cgroup_version,
load average $load_before before and $(load) after. \`bench/arena-scale.sh --bots $bots --warmup $warmup --window $window --workers $worker_counts\`.
CPU seconds per match are summed over each process tree (the workers' include their runners and compile workers);
bytes per match are the broker's (every connection, both ways) and the workers' HTTP traffic with the server.

| run | rated matches a minute | server CPU s/match | PostgreSQL CPU s/match | RabbitMQ CPU s/match | workers CPU s/match | PostgreSQL bytes stored/match | broker bytes/match | worker↔server bytes/match | load average after |
|---|---|---|---|---|---|---|---|---|---|
$(printf '%s\n' "${rows[@]}")
EOF
