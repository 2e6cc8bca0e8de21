#!/bin/bash
# Runs a class of Kafka's jars: kafka-run-class.sh <main class> [arguments]. For the short-lived tools: a small heap,
# the serial collector and C1 only, so that each starts fast.
exec java ${KAFKA_HEAP_OPTS:--Xmx256m} -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile=/opt/kafka/config/log4j2.properties \
  -cp '/opt/kafka/libs/*' "$@"
