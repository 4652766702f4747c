#!/usr/bin/env bash
# Measures the system side by side with its anchors and writes docs/benchmarks.md.
#   tests/bench.sh            full run (three rounds of each benchmark; about 15-25 minutes on 2 cores)
#   tests/bench.sh --smoke    seconds-long run that only checks the benchmarks still work (used by tests/run.sh)
# Installs wrk and nginx via apt and starts RabbitMQ if needed; all load goes to 127.0.0.1 and stops by itself.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STARTED_BROKER=0
cleanup() { if [ "$STARTED_BROKER" = 1 ]; then deploy/rabbitmq.sh stop >/dev/null 2>&1 || true; fi; }
trap cleanup EXIT

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  echo "Installing wrk and nginx via apt..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi
if ! deploy/rabbitmq.sh available; then
  deploy/rabbitmq.sh start
  STARTED_BROKER=1
fi

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  dotnet build TalentPortal.sln -c Release -nologo -v q -clp:ErrorsOnly
fi
dotnet run -c Release --no-build --project tests/TalentPortal.Bench -- "$@"
