#!/bin/sh
# One-shot: creates Homeward's topics on the compose broker (auto topic creation is off there).
# The list must equal ALL_TOPICS in libs/contracts/src/topics.ts; tests/deployment/docker-compose.spec.ts
# fails if they drift.
set -eu

BOOTSTRAP="${KAFKA_BOOTSTRAP:-kafka:9092}"
PARTITIONS="${TOPIC_PARTITIONS:-3}"
REPLICATION="${TOPIC_REPLICATION_FACTOR:-1}"
KAFKA_TOPICS="${KAFKA_TOPICS_SH:-/opt/kafka/bin/kafka-topics.sh}"
KAFKA_CONFIGS="${KAFKA_CONFIGS_SH:-/opt/kafka/bin/kafka-configs.sh}"
# Events carry children's data (a notification's body whole): kept only as long as a consumer
# that fell behind needs them. Dead letters hold a failed message whole (base64), for ops to
# read and replay: a fortnight, then gone.
TOPIC_RETENTION_MS=$(( ${TOPIC_RETENTION_HOURS:-168} * 3600000 ))
DEAD_LETTER_RETENTION_MS=$(( ${DEAD_LETTER_RETENTION_DAYS:-14} * 86400000 ))

TOPICS="
police.notification-received.v1
protocol.decision-made.v1
protocol.children-merged.v1
protocol.child-erased.v1
placement.notice-received.v1
protocol.meeting-list-changed.v1
compliance.task-created.v1
compliance.task-closed.v1
compliance.task-assigned.v1
compliance.officer-changed.v1
compliance.leave-changed.v1
compliance.task-reminder-due.v1
compliance.task-overdue.v1
compliance.task-escalated.v1
compliance.task-unclaimed.v1
education.cme-tasks-required.v1
education.cme-case-closed.v1
education.cme-case-handed-over.v1
ops.dead-letter.v1
"

retention_of() {
  if [ "$1" = "ops.dead-letter.v1" ]; then echo "$DEAD_LETTER_RETENTION_MS"; else echo "$TOPIC_RETENTION_MS"; fi
}

for topic in $TOPICS; do
  "$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$topic" --partitions "$PARTITIONS" --replication-factor "$REPLICATION" \
    --config "retention.ms=$(retention_of "$topic")"
  # A topic made by an earlier version keeps its old settings unless they are altered too.
  "$KAFKA_CONFIGS" --bootstrap-server "$BOOTSTRAP" --alter --entity-type topics --entity-name "$topic" \
    --add-config "retention.ms=$(retention_of "$topic")"
done

# Fail (and so hold the apps back) unless every topic is really there.
existing="$("$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --list)"
for topic in $TOPICS; do
  echo "$existing" | grep -qx "$topic" || { echo "topic $topic missing after create" >&2; exit 1; }
done
echo "topics ready: $(echo $TOPICS)"
