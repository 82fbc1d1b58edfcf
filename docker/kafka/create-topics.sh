#!/bin/sh
# One-shot: creates Homeward's topics on the compose broker (auto topic creation is off there).
# The list must equal ALL_TOPICS in libs/contracts/src/topics.ts; tests/deployment/docker-compose.spec.ts
# fails if they drift.
set -eu

BOOTSTRAP="${KAFKA_BOOTSTRAP:-kafka:9092}"
PARTITIONS="${TOPIC_PARTITIONS:-3}"
REPLICATION="${TOPIC_REPLICATION_FACTOR:-1}"
KAFKA_TOPICS="${KAFKA_TOPICS_SH:-/opt/kafka/bin/kafka-topics.sh}"

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
ops.dead-letter.v1
"

for topic in $TOPICS; do
  "$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$topic" --partitions "$PARTITIONS" --replication-factor "$REPLICATION"
done

# Fail (and so hold the apps back) unless every topic is really there.
existing="$("$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --list)"
for topic in $TOPICS; do
  echo "$existing" | grep -qx "$topic" || { echo "topic $topic missing after create" >&2; exit 1; }
done
echo "topics ready: $(echo $TOPICS)"
