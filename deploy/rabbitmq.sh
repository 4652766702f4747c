#!/usr/bin/env bash
# Installs (via apt, if missing) and runs a project-local RabbitMQ on 127.0.0.1.
# Usage: deploy/rabbitmq.sh install|start|run|stop|stop-app|start-app|status|available|topology
# Everything lives under $RABBITMQ_DIR (default: <repo>/.run/rabbitmq); every command but run is idempotent.
# start daemonizes the broker (it outlives this script); run keeps it in the foreground for a supervisor such as
# deploy/TalentPortal.AppHost, which stops it with SIGTERM.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
D="${RABBITMQ_DIR:-$ROOT/.run/rabbitmq}"
AMQP_PORT="${RABBITMQ_PORT:-5672}"
MGMT_PORT="${RABBITMQ_MANAGEMENT_PORT:-15672}"
BIN=/usr/lib/rabbitmq/bin

setup_env() {
  mkdir -p "$D/home" "$D/mnesia" "$D/log"
  : > "$D/rabbitmq-env.conf"
  cat > "$D/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$AMQP_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $MGMT_PORT
loopback_users = none
CONF
  echo "[rabbitmq_management]." > "$D/enabled_plugins"
  export HOME="$D/home"
  export RABBITMQ_CONF_ENV_FILE="$D/rabbitmq-env.conf"
  export RABBITMQ_CONFIG_FILE="$D/rabbitmq"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$D/enabled_plugins"
  export RABBITMQ_MNESIA_BASE="$D/mnesia"
  export RABBITMQ_LOG_BASE="$D/log"
  export RABBITMQ_PID_FILE="$D/rabbitmq.pid"
  export RABBITMQ_NODENAME="${RABBITMQ_NODENAME:-rabbit@localhost}"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$AMQP_PORT"
  export RABBITMQ_DIST_PORT="${RABBITMQ_DIST_PORT:-$((AMQP_PORT + 20000))}"
  export ERL_CRASH_DUMP="$D/erl_crash.dump"
  export ERL_EPMD_ADDRESS=127.0.0.1
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}

install() {
  if [ ! -x "$BIN/rabbitmq-server" ]; then
    echo "Installing rabbitmq-server via apt..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
  fi
}

running() { "$BIN/rabbitmqctl" -q status >/dev/null 2>&1; }

# Declares every exchange, queue and binding the services consume through (deploy/rabbitmq/definitions.json) before
# anything is published, so events published before a reader first starts wait in its queue instead of vanishing.
topology() {
  local file="$ROOT/deploy/rabbitmq/definitions.json"
  for _ in $(seq 1 60); do
    if curl -fsS -u guest:guest -H 'content-type: application/json' -X POST \
        "http://127.0.0.1:$MGMT_PORT/api/definitions/%2F" --data-binary @"$file" >/dev/null 2>&1; then
      echo "RabbitMQ topology declared from deploy/rabbitmq/definitions.json"
      return
    fi
    sleep 0.5
  done
  echo "Could not declare the topology through the management API on 127.0.0.1:$MGMT_PORT" >&2
  exit 1
}

start() {
  install
  setup_env
  if running; then
    "$BIN/rabbitmqctl" -q start_app >/dev/null 2>&1 || true
    echo "RabbitMQ already running on 127.0.0.1:$AMQP_PORT"
    topology
    return
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$AMQP_PORT") 2>/dev/null; then
    # Another checkout's broker (e.g. a running deploy/run.sh) already serves this port: share it.
    echo "A broker already listens on 127.0.0.1:$AMQP_PORT; using it"
    topology
    return
  fi
  setsid nohup "$BIN/rabbitmq-server" >"$D/server.log" 2>&1 </dev/null &
  local server=$!
  for _ in $(seq 1 180); do
    if ! kill -0 "$server" 2>/dev/null; then
      echo "RabbitMQ failed to start; last lines of $D/server.log:" >&2
      tail -n 20 "$D/server.log" >&2
      exit 1
    fi
    if "$BIN/rabbitmqctl" -q await_startup --timeout 1 >/dev/null 2>&1; then
      echo "RabbitMQ started on 127.0.0.1:$AMQP_PORT (management on 127.0.0.1:$MGMT_PORT)"
      topology
      return
    fi
    sleep 0.5
  done
  echo "RabbitMQ did not start within 90 s; see $D/server.log" >&2
  exit 1
}

# The broker as this script's child, in the foreground: declares the topology once it is up, and stops it (and epmd)
# when this script gets SIGTERM or SIGINT or the broker exits. Refuses to start a second broker on the port.
SERVER=""
stop_server() {
  if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then
    echo "Stopping RabbitMQ..."
    kill -TERM "$SERVER" 2>/dev/null || true
    while kill -0 "$SERVER" 2>/dev/null; do wait "$SERVER" 2>/dev/null || true; done
  fi
  if [ "$RABBITMQ_NODENAME" = "rabbit@localhost" ]; then epmd -kill >/dev/null 2>&1 || true; fi
  echo "RabbitMQ stopped"
}

run() {
  install
  setup_env
  # Only the port is checked: each rabbitmqctl call boots an Erlang VM (seconds on a busy machine). A node of this
  # checkout that runs without listening (stop-app) makes rabbitmq-server fail below with "already running".
  if (exec 3<>"/dev/tcp/127.0.0.1/$AMQP_PORT") 2>/dev/null; then
    echo "A broker already serves 127.0.0.1:$AMQP_PORT; not starting another" >&2
    exit 1
  fi
  trap stop_server EXIT
  trap 'exit 143' TERM
  trap 'exit 130' INT
  "$BIN/rabbitmq-server" </dev/null &
  SERVER=$!
  for _ in $(seq 1 180); do
    if ! kill -0 "$SERVER" 2>/dev/null; then
      echo "RabbitMQ failed to start" >&2
      exit 1
    fi
    # The AMQP listener opens once the broker has booted; topology then waits for the management API.
    if (exec 3<>"/dev/tcp/127.0.0.1/$AMQP_PORT") 2>/dev/null; then
      echo "RabbitMQ started on 127.0.0.1:$AMQP_PORT (management on 127.0.0.1:$MGMT_PORT)"
      topology
      echo "RabbitMQ ready"
      # wait returns early when a trapped signal arrives; the EXIT trap then stops the broker.
      wait "$SERVER" || true
      echo "RabbitMQ exited" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "RabbitMQ did not start within 90 s" >&2
  exit 1
}

stop() {
  setup_env
  if running; then
    "$BIN/rabbitmqctl" -q shutdown >/dev/null 2>&1 || true
  fi
  # epmd is shared by every node on the machine: only the default node's owner stops it.
  if [ "$RABBITMQ_NODENAME" = "rabbit@localhost" ]; then epmd -kill >/dev/null 2>&1 || true; fi
  echo "RabbitMQ stopped"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  run) run ;;
  stop) stop ;;
  # Broker outage without losing state: used by the fault test.
  stop-app) setup_env; "$BIN/rabbitmqctl" -q stop_app ;;
  start-app) setup_env; "$BIN/rabbitmqctl" -q start_app; "$BIN/rabbitmqctl" -q await_startup ;;
  status) setup_env; running && echo running || { echo stopped; exit 1; } ;;
  topology) topology ;;
  # True when this checkout's node runs or another broker serves the port.
  available) setup_env; running || (exec 3<>"/dev/tcp/127.0.0.1/$AMQP_PORT") 2>/dev/null ;;
  *) echo "usage: $0 install|start|run|stop|stop-app|start-app|status|available|topology" >&2; exit 2 ;;
esac
