#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs and starts RabbitMQ (via apt, on 127.0.0.1) if needed,
# builds Release with warnings as errors, checks formatting, runs every test project, stops what it started,
# runs the benchmarks in smoke mode, and prints one line summed over all projects: "N passed, N failed, N skipped". Exits non-zero on any failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RESULTS="$ROOT/TestResults"
STARTED_BROKER=0

cleanup() {
  if [ "$STARTED_BROKER" = 1 ]; then deploy/rabbitmq.sh stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

if ! deploy/rabbitmq.sh available; then
  deploy/rabbitmq.sh start
  STARTED_BROKER=1
fi

# Browser tests drive Debian's Chromium (never a downloaded browser); the font renders Chinese in screenshots.
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei"; then
  echo "Installing chromium and fonts-wqy-microhei via apt..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
fi

# Node tools pinned in tests/tools: the OpenAPI linter the suite runs over every service's document (Redocly CLI) and
# the Kubernetes schema validator of the deployment tests (kubernetes-models, KEDA models, ajv, yaml).
if [ ! -f tests/tools/node_modules/@redocly/cli/bin/cli.js ] || [ ! -d tests/tools/node_modules/kubernetes-models ] \
   || [ ! -d tests/tools/node_modules/@kubernetes-models/keda ] || [ ! -d tests/tools/node_modules/yaml ]; then
  echo "Installing the test tools via npm..."
  (cd tests/tools && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

# The deployment tests validate docker-compose.yml (docker-compose config, no engine needed) and lint the YAML.
if ! command -v docker-compose >/dev/null || ! command -v yamllint >/dev/null; then
  echo "Installing docker-compose and yamllint via apt..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose yamllint >/dev/null
fi

# ...and render the Kubernetes manifests with kubectl's built-in kustomize (client only, offline).
if ! command -v kubectl >/dev/null; then
  echo "kubectl is missing: the deployment tests render deploy/k8s with 'kubectl kustomize'. Install the kubectl client (v1.32 or later)." >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "== build (Release, warnings are errors)"
dotnet build TalentPortal.sln -c Release -nologo -v q -clp:ErrorsOnly

echo "== format check"
dotnet format TalentPortal.sln --verify-no-changes --no-restore

echo "== tests"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
status=0
dotnet test TalentPortal.sln -c Release --no-build -nologo --logger "console;verbosity=minimal" \
  --results-directory "$RESULTS" 2>&1 | tee "$RESULTS/console.log" || status=$?

# Each test project prints one summary: "Passed!  - Failed: F, Passed: P, Skipped: S, Total: T, ..."
passed=0 failed=0 skipped=0 projects=0
while read -r f p s; do
  failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s)); projects=$((projects + 1))
done < <(sed -n 's/.*\(Passed\|Failed\)!  - Failed: *\([0-9]*\), Passed: *\([0-9]*\), Skipped: *\([0-9]*\).*/\2 \3 \4/p' "$RESULTS/console.log")
echo "== benchmark smoke (keeps tests/bench.sh working; figures are not recorded)"
if BENCH_SKIP_BUILD=1 bash tests/bench.sh --smoke > "$RESULTS/bench-smoke.log" 2>&1; then
  echo "benchmark smoke: ok"
else
  echo "benchmark smoke: FAILED (last lines of TestResults/bench-smoke.log):"
  tail -n 40 "$RESULTS/bench-smoke.log"
  status=1
fi

if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
if [ "$projects" = 0 ]; then echo "no test project reported results" >&2; status=1; fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" = 0 ] && [ "$failed" = 0 ]
