#!/usr/bin/env bash
# Containers for SmartDesk where there is no Docker engine: Podman from Debian, its Docker-compatible API socket,
# and SmartDesk's images built on this machine from what it can reach (Debian's packages and the Maven build), so
# that docker-compose.yml and the Testcontainers tests of system-tests run here. .ci/run calls it.
#
#   docker/containers.sh            engine, then images (what .ci/run does)
#   docker/containers.sh engine     install and configure Podman (Debian, as root) and start its API socket
#   docker/containers.sh base       make the base image unless it is there (needs no Maven build)
#   docker/containers.sh images     build the images that are missing or whose inputs changed
#   docker/containers.sh env        the variables that point Docker clients and Testcontainers at the socket
#
# Images (all on smartdesk/base, a Debian bookworm made with debootstrap, holding a Java 17 runtime and
# PostgreSQL 15, since no image registry can be reached):
#   smartdesk/base:bookworm          debootstrap, once per machine (about a minute, 700 MB)
#   smartdesk/postgres:15            docker/postgres
#   smartdesk/kafka:4.1.2            docker/kafka with the broker's jars from local-stack/target/lib
#   smartdesk/<service>:local        docker/service.Containerfile with the service's target/quarkus-app
# Each image carries a label with the hash of everything it was built from (Containerfile, context, base image);
# an image whose label matches is kept, so a second run builds nothing. The Maven artifacts must exist first
# (./mvnw package -DskipTests, or the test command's verify, which packages before system-tests).
#
# With Docker: CONTAINER_ENGINE=docker docker/containers.sh images builds the same Containerfiles into Docker's
# store on the public base images (eclipse-temurin:17-jre, debian:bookworm-slim), and engine and base do nothing.
set -euo pipefail

SELF=$(readlink -f "${BASH_SOURCE[0]}")
ROOT=$(dirname "$(dirname "$SELF")")
cd "$ROOT"

ENGINE=${CONTAINER_ENGINE:-podman}
SOCKET=${SMARTDESK_PODMAN_SOCKET:-/run/podman/podman.sock}
BASE_IMAGE=smartdesk/base:bookworm
BASE_PACKAGES=openjdk-17-jre-headless,postgresql-15
DEBIAN_MIRROR=${SMARTDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SERVICES=(application-service reservation-service pickup-locker-service notification-service analytics-service)
WORK=target/containers

log() {
  echo "[containers] $*"
}

# --- engine -------------------------------------------------------------------------------------------------------

engine() {
  if [[ "$ENGINE" != podman ]]; then
    log "CONTAINER_ENGINE=$ENGINE: nothing to set up"
    return
  fi
  # command:package; netavark and aardvark-dns (container networks and their DNS, so that containers find each
  # other by name) are only Recommends of podman, which an installation without them leaves out
  local missing=()
  local wanted
  for wanted in podman:podman runc:runc debootstrap:debootstrap docker-compose:docker-compose curl:curl \
      pgrep:procps setsid:util-linux /usr/lib/podman/netavark:netavark /usr/lib/podman/aardvark-dns:aardvark-dns; do
    command -v "${wanted%%:*}" > /dev/null 2>&1 || missing+=("${wanted#*:}")
  done
  if ((${#missing[@]} > 0)); then
    log "installing ${missing[*]} from Debian"
    apt-get update -q > /dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" > /dev/null
  fi
  # The sandbox refuses setrlimit inside containers (so: no default ulimits), and crun its hybrid cgroups (runc
  # with cgroupfs works). ../shared/notes/containers-with-podman.md has the story.
  local conf=/etc/containers/containers.conf
  wanted=$(printf '[containers]\ndefault_ulimits = []\n[engine]\nruntime = "runc"\ncgroup_manager = "cgroupfs"\n')
  if [[ "$(cat "$conf" 2> /dev/null)" != "$wanted" ]]; then
    log "writing $conf"
    mkdir -p "$(dirname "$conf")"
    printf '%s\n' "$wanted" > "$conf"
  fi
  # Daemons run from /: one started from a checkout that is later deleted (a CI clone) hands its deleted working
  # folder to every container it starts, and conmon refuses them all ("Failed to get working directory").
  local service
  service=$(pgrep -f "^podman system service --time=0 unix://$SOCKET" | head -n 1 || true)
  if [[ -n "$service" && "$(readlink "/proc/$service/cwd")" != "/" ]]; then
    log "restarting the Podman API (it ran from $(readlink "/proc/$service/cwd"))"
    kill "$service" 2> /dev/null || true
    for _ in $(seq 1 100); do kill -0 "$service" 2> /dev/null || break; sleep 0.1; done
    kill -9 "$service" 2> /dev/null || true
  fi
  if ! curl -sf --unix-socket "$SOCKET" http://d/_ping > /dev/null 2>&1; then
    log "starting the Podman API on unix://$SOCKET"
    mkdir -p "$(dirname "$SOCKET")"
    rm -f "$SOCKET"
    # a session of its own (setsid): stopping the job that started it does not stop it
    (cd / && setsid -f nohup podman system service --time=0 "unix://$SOCKET" > /var/log/smartdesk-podman-service.log 2>&1)
    for _ in $(seq 1 50); do
      curl -sf --unix-socket "$SOCKET" http://d/_ping > /dev/null 2>&1 && break
      sleep 0.2
    done
    curl -sf --unix-socket "$SOCKET" http://d/_ping > /dev/null \
      || { log "the Podman API did not answer; see /var/log/smartdesk-podman-service.log"; exit 1; }
  fi
  start_health_runner
  log "engine ready: $(podman --version), DOCKER_HOST=unix://$SOCKET"
}

# Podman schedules health checks with systemd timers. Without systemd (these machines) no check ever runs, every
# container stays "starting", and compose's depends_on with condition service_healthy waits for ever. The health
# runner runs them instead, in the background, for as long as the machine is up: every 5 s (the interval of the
# compose file's checks, so that their retries mean what they say) for the containers not yet healthy, every 30 s
# for the healthy ones too.
HEALTH_RUNNER_COPY=$(dirname "$SOCKET")/smartdesk-health-runner.sh

# Keeps exactly one runner, running this version of the script from /. It runs its own copy of the script: the
# checkout it came from may be deleted while it runs.
start_health_runner() {
  local runners
  runners=$(pgrep -f "^bash $HEALTH_RUNNER_COPY health-runner" || true)
  if [[ $(wc -w <<< "$runners") -eq 1 && "$(readlink "/proc/$runners/cwd")" == "/" ]] && cmp -s "$SELF" "$HEALTH_RUNNER_COPY"; then
    return
  fi
  if [[ -n "$runners" ]]; then
    kill $runners 2> /dev/null || true
  fi
  log "starting the health-check runner (no systemd here to run Podman's health checks)"
  cp "$SELF" "$HEALTH_RUNNER_COPY"
  (cd / && setsid -f nohup bash "$HEALTH_RUNNER_COPY" health-runner > /var/log/smartdesk-health-runner.log 2>&1)
}

health_runner() {
  local everyone_at=0
  while true; do
    local filters=(--filter health=starting --filter health=unhealthy)
    if ((SECONDS - everyone_at >= 30)); then
      filters+=(--filter health=healthy)
      everyone_at=$SECONDS
    fi
    local id
    for id in $(podman ps -q "${filters[@]}" 2> /dev/null); do
      podman healthcheck run "$id" > /dev/null 2>&1 || true
    done
    sleep 5
  done
}

# --- images -------------------------------------------------------------------------------------------------------

# The hash of files and strings, in a stable order.
inputs_hash() {
  local paths=()
  local item
  for item in "$@"; do
    if [[ -e "$item" ]]; then paths+=("$item"); fi
  done
  # contents, and every file's mode and link target (a script made executable is a change too)
  (printf '%s\n' "$@"
    if ((${#paths[@]} > 0)); then
      find "${paths[@]}" -print0 | LC_ALL=C sort -z | xargs -0 -r stat -c '%n %a %N'
      find "${paths[@]}" -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum
    fi) \
    | sha256sum | cut -c1-32
}

image_label() {
  "$ENGINE" image inspect --format '{{index .Config.Labels "smartdesk.inputs"}}' "$1" 2> /dev/null || true
}

image_id() {
  "$ENGINE" image inspect --format '{{.Id}}' "$1" 2> /dev/null || true
}

# build <tag> <context> <containerfile> <base image>: unless the image was built from the same inputs.
build() {
  local tag=$1 context=$2 containerfile=$3 base=$4
  local hash
  hash=$(inputs_hash "$containerfile" "$context" "base=$base" "base-id=$(image_id "$base")")
  if [[ "$(image_label "$tag")" == "$hash" ]]; then
    log "$tag is up to date"
    return
  fi
  log "building $tag"
  local started=$SECONDS
  "$ENGINE" build -q --label "smartdesk.inputs=$hash" --build-arg "BASE_IMAGE=$base" \
    -f "$containerfile" -t "$tag" "$context" > /dev/null
  log "built $tag in $((SECONDS - started)) s"
  # the image this tag named before, now nameless
  "$ENGINE" image prune -f > /dev/null
}

base_image() {
  local hash
  hash=$(inputs_hash "debootstrap minbase bookworm $BASE_PACKAGES")
  if [[ "$(image_label "$BASE_IMAGE")" == "$hash" ]]; then
    log "$BASE_IMAGE is up to date"
    return
  fi
  log "making $BASE_IMAGE with debootstrap from $DEBIAN_MIRROR (a minute or a few)"
  local started=$SECONDS
  local rootfs=$WORK/base-rootfs
  rm -rf "$rootfs"
  mkdir -p "$WORK"
  debootstrap --variant=minbase --include="$BASE_PACKAGES" bookworm "$rootfs" "$DEBIAN_MIRROR" > "$WORK/debootstrap.log" 2>&1 \
    || { log "debootstrap failed; see $WORK/debootstrap.log"; exit 1; }
  # the package manager's downloads and lists are not part of an image
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" --exclude=./proc --exclude=./sys --exclude=./dev -c . \
    | podman import --change "LABEL smartdesk.inputs=$hash" --change 'CMD ["/bin/bash"]' - "$BASE_IMAGE" \
      > "$WORK/import.log" 2>&1 || { log "podman import failed; see $WORK/import.log"; exit 1; }
  podman image prune -f > /dev/null
  rm -rf "$rootfs"
  log "made $BASE_IMAGE in $((SECONDS - started)) s"
}

# The Kafka image's build context, in $WORK/kafka: local-stack's class path (the broker, its tools, and the
# launcher's other libraries, which the broker never loads) and docker/kafka's scripts.
kafka_context() {
  local context=$WORK/kafka
  if ! compgen -G "local-stack/target/lib/kafka_2.13-*.jar" > /dev/null; then
    log "local-stack/target/lib holds no Kafka broker: run ./mvnw package -DskipTests first"
    exit 1
  fi
  rm -rf "$context"
  mkdir -p "$context/libs"
  cp -r docker/kafka/bin docker/kafka/log4j2.properties "$context/"
  cp local-stack/target/lib/*.jar "$context/libs/"
}

images() {
  local java_base=eclipse-temurin:17-jre postgres_base=debian:bookworm-slim
  if [[ "$ENGINE" == podman ]]; then
    base_image
    java_base=$BASE_IMAGE
    postgres_base=$BASE_IMAGE
  fi
  build smartdesk/postgres:15 docker/postgres docker/postgres/Containerfile "$postgres_base"
  kafka_context
  build smartdesk/kafka:4.1.2 "$WORK/kafka" docker/kafka/Containerfile "$java_base"
  local service
  for service in "${SERVICES[@]}"; do
    [[ -f "$service/target/quarkus-app/quarkus-run.jar" ]] \
      || { log "$service/target/quarkus-app is missing: run ./mvnw package -DskipTests first"; exit 1; }
    build "smartdesk/$service:local" "$service/target/quarkus-app" docker/service.Containerfile "$java_base"
  done
}

env_lines() {
  echo "export DOCKER_HOST=unix://$SOCKET"
  echo "export TESTCONTAINERS_RYUK_DISABLED=true"
  echo "export TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1"
}

case "${1:-all}" in
  engine) engine ;;
  base) if [[ "$ENGINE" == podman ]]; then base_image; else log "CONTAINER_ENGINE=$ENGINE: no base image to make"; fi ;;
  images) images ;;
  env) env_lines ;;
  health-runner) cd / && health_runner ;;
  all)
    engine
    images
    ;;
  *) echo "usage: docker/containers.sh [engine|base|images|env|all]" >&2; exit 2 ;;
esac
