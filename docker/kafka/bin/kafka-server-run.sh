#!/bin/bash
# The broker: server.properties from the KAFKA_* variables (KAFKA_OPTS, KAFKA_HEAP_OPTS and KAFKA_LOG4J_OPTS are JVM
# options, not settings), storage formatted with CLUSTER_ID unless it already is (STORAGE_FORMAT_ARGS, if set, are
# added to kafka-storage format, e.g. --add-scram for the first SCRAM credential), then kafka.Kafka as PID 1.
set -euo pipefail

properties=/opt/kafka/config/server.properties
: > "$properties"
for name in $(compgen -e | grep '^KAFKA_' | sort); do
  case "$name" in
    KAFKA_OPTS | KAFKA_HEAP_OPTS | KAFKA_LOG4J_OPTS | KAFKA_JVM_PERFORMANCE_OPTS) continue ;;
  esac
  key=$(printf '%s' "${name#KAFKA_}" | tr 'A-Z' 'a-z' | sed -e 's/___/\x01/g' -e 's/__/-/g' -e 's/_/./g' -e 's/\x01/_/g')
  printf '%s=%s\n' "$key" "${!name}" >> "$properties"
done

data_dir=$(sed -n 's/^log\.dirs=//p' "$properties")
if [[ -n "${CLUSTER_ID:-}" && ! -f "${data_dir:-/tmp/kraft-combined-logs}/meta.properties" ]]; then
  set -f  # STORAGE_FORMAT_ARGS hold [...]: no file-name expansion
  "$(dirname "$0")/kafka-storage.sh" format --ignore-formatted -t "$CLUSTER_ID" -c "$properties" ${STORAGE_FORMAT_ARGS:-}
fi

exec java ${KAFKA_HEAP_OPTS:--Xms128m -Xmx512m} ${KAFKA_OPTS:-} \
  ${KAFKA_LOG4J_OPTS:--Dlog4j2.configurationFile=/opt/kafka/config/log4j2.properties} \
  -cp '/opt/kafka/libs/*' kafka.Kafka "$properties"
