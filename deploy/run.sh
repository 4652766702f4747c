#!/usr/bin/env bash
# Runs the whole portal on this machine through the AppHost (deploy/TalentPortal.AppHost): RabbitMQ (installed via apt
# if missing, run in the foreground unless a broker already serves 127.0.0.1:5672), the three services, the portal and
# the gateway on loopback, embedded LiteDB stores under .run/data, demo data seeded, and a dashboard with every host's
# console output, logs, traces and metrics. Ctrl-C stops everything it started.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN="$ROOT/.run"
CONFIGURATION="${CONFIGURATION:-Release}"
GATEWAY_PORT="${GATEWAY_PORT:-8080}"
DASHBOARD_PORT="${DASHBOARD_PORT:-17000}"
OTLP_PORT="${OTLP_PORT:-17001}"
LOG="$RUN/logs/apphost.log"
mkdir -p "$RUN/logs"
STARTED=$(date +%s)

APPHOST_PID=""
# Every process the AppHost started (its orchestrator, the dashboard, the resources and their children), gathered just
# before stopping so that the ones still alive afterwards can be waited for and, if they linger, ended by pid.
descendants() { # pid...
  local all pids=("$@") found
  all="$(ps -eo pid=,ppid=)"
  while [ "${#pids[@]}" -gt 0 ]; do
    found=()
    for pid in "${pids[@]}"; do
      echo "$pid"
      while read -r child parent; do [ "$parent" = "$pid" ] && found+=("$child"); done <<<"$all"
    done
    pids=("${found[@]+"${found[@]}"}")
  done
}

cleanup() {
  trap - EXIT INT TERM
  [ -n "$APPHOST_PID" ] || return 0
  echo "Stopping..."
  # The orchestrator runs detached from the AppHost and watches its pid ("--monitor <pid>").
  local roots=("$APPHOST_PID") started
  while read -r pid; do roots+=("$pid"); done < <(pgrep -f -- "start-apiserver --monitor $APPHOST_PID( |$)" || true)
  mapfile -t started < <(descendants "${roots[@]}" | sort -un)
  # A non-interactive AppHost ignores SIGINT; SIGTERM stops every resource, then the orchestrator exits by itself.
  kill -TERM "$APPHOST_PID" 2>/dev/null || true
  for _ in $(seq 1 60); do
    alive=()
    for pid in "${started[@]}"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
    [ "${#alive[@]}" -eq 0 ] && { echo "Stopped."; return 0; }
    sleep 1
  done
  echo "Ending processes that did not stop within 60 s: ${alive[*]}" >&2
  kill -TERM "${alive[@]}" 2>/dev/null || true
  sleep 5
  kill -KILL "${alive[@]}" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# apt needs root: install here, before the AppHost runs the broker (nothing to do when it is installed or a broker runs).
"$ROOT/deploy/rabbitmq.sh" available || "$ROOT/deploy/rabbitmq.sh" install

echo "Building ($CONFIGURATION)..."
dotnet build "$ROOT/deploy/TalentPortal.AppHost" -c "$CONFIGURATION" -nologo -v q -clp:ErrorsOnly
BUILT=$(date +%s)

# The dashboard on loopback over plain HTTP (no development certificate needed), with a telemetry API key of this run
# in .run/dashboard-api-key (header x-api-key, e.g. GET /api/telemetry/traces).
export ASPNETCORE_URLS="http://127.0.0.1:$DASHBOARD_PORT"
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://127.0.0.1:$OTLP_PORT"
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
(umask 077 && od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$RUN/dashboard-api-key")
export TALENTPORTAL_DASHBOARD_API_KEY_FILE="$RUN/dashboard-api-key"
export GATEWAY_PORT

echo "Starting the AppHost (log: .run/logs/apphost.log)..."
"$ROOT/deploy/TalentPortal.AppHost/bin/$CONFIGURATION/net10.0/TalentPortal.AppHost" >"$LOG" 2>&1 </dev/null &
APPHOST_PID=$!

for _ in $(seq 1 180); do
  if ! kill -0 "$APPHOST_PID" 2>/dev/null; then
    echo "The AppHost exited; see .run/logs/apphost.log" >&2
    exit 1
  fi
  if curl -fsS "http://127.0.0.1:$GATEWAY_PORT/health/ready" >/dev/null 2>&1; then
    READY=$(date +%s)
    echo
    echo "TalentPortal is ready: http://127.0.0.1:$GATEWAY_PORT  (API docs: /scalar, readiness: /health/ready)"
    echo "Dashboard: $(grep -o "http://[^ ]*/login?t=[0-9a-f]*" "$LOG" | head -n 1)"
    echo "Ready $((READY - STARTED)) s after start ($((BUILT - STARTED)) s build, $((READY - BUILT)) s start-up)."
    echo "Demo accounts: seeds/demo-accounts.json. Press Ctrl-C to stop."
    wait "$APPHOST_PID" || true
    echo "The AppHost exited; see .run/logs/apphost.log" >&2
    exit 1
  fi
  sleep 1
done
echo "The gateway did not become ready in 180 s; see the dashboard and .run/logs/apphost.log" >&2
exit 1
