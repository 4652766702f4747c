#!/usr/bin/env bash
# Runs the whole portal on this machine: RabbitMQ (installed via apt if missing), the three services and the
# gateway on loopback, embedded LiteDB stores under .run/data, demo data seeded. Ctrl-C stops everything it started.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN="$ROOT/.run"
DATA="${TALENTPORTAL_DATA_DIR:-$RUN/data}"
CONFIGURATION="${CONFIGURATION:-Release}"
GATEWAY_PORT="${GATEWAY_PORT:-8080}"
mkdir -p "$RUN/logs" "$DATA"

PIDS=()
STARTED_BROKER=0
cleanup() {
  trap - EXIT INT TERM
  echo "Stopping..."
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$STARTED_BROKER" = 1 ]; then "$ROOT/deploy/rabbitmq.sh" stop; fi
}
trap cleanup EXIT INT TERM

if ! "$ROOT/deploy/rabbitmq.sh" available; then
  "$ROOT/deploy/rabbitmq.sh" start
  STARTED_BROKER=1
fi

echo "Building ($CONFIGURATION)..."
dotnet build "$ROOT/TalentPortal.sln" -c "$CONFIGURATION" -nologo -v q -clp:ErrorsOnly

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
export Storage__DataDirectory="$DATA"
export Auth__Authority="http://127.0.0.1:$GATEWAY_PORT"

start() { # name dll port
  local name="$1" dll="$2" port="$3"
  (cd "$(dirname "$dll")" && ASPNETCORE_URLS="http://127.0.0.1:$port" exec dotnet "$dll") >"$RUN/logs/$name.log" 2>&1 &
  PIDS+=($!)
  echo "  $name on http://127.0.0.1:$port (log: .run/logs/$name.log)"
}

bin() { echo "$ROOT/$1/bin/$CONFIGURATION/net10.0/$2.dll"; }
echo "Starting services..."
Seed__DemoData=true start talent-registry "$(bin services/TalentRegistry/TalentRegistry.Api TalentRegistry.Api)" 5101
start policy-matching "$(bin services/PolicyMatching/PolicyMatching.Api PolicyMatching.Api)" 5102
start housing "$(bin services/Housing/Housing.Api Housing.Api)" 5103
Portal__GatewayUrl="http://127.0.0.1:$GATEWAY_PORT/" start portal "$(bin gateway/TalentPortal.Portal TalentPortal.Portal)" 5104
Seed__DemoData=true Seed__AccountsFile="$ROOT/seeds/demo-accounts.json" \
  start gateway "$(bin gateway/TalentPortal.Gateway TalentPortal.Gateway)" "$GATEWAY_PORT"

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$GATEWAY_PORT/health/ready" >/dev/null 2>&1; then
    echo
    echo "TalentPortal is ready: http://127.0.0.1:$GATEWAY_PORT  (API docs: /scalar, readiness: /health/ready)"
    echo "Demo accounts: seeds/demo-accounts.json. Press Ctrl-C to stop."
    wait -n "${PIDS[@]}" || true
    echo "A process exited; see .run/logs." >&2
    exit 1
  fi
  sleep 1
done
echo "The gateway did not become ready in 120 s; see .run/logs and http://127.0.0.1:$GATEWAY_PORT/health/ready" >&2
exit 1
