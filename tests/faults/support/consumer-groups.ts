import { Topics } from '@homeward/contracts';
import type { ServiceName } from '@homeward/testing';
import { Kafka, logLevel } from 'kafkajs';

/** Each consumer group, the service it runs in, and the topics it consumes. */
export const CONSUMER_GROUPS: { groupId: string; service: ServiceName; topics: string[] }[] = [
  { groupId: 'protocol-engine.decisions', service: 'protocol-engine', topics: [Topics.notificationReceived] },
  { groupId: 'compliance-tracker.tasks', service: 'compliance-tracker', topics: [Topics.decisionMade] },
  { groupId: 'ingest.decisions', service: 'ingest-api', topics: [Topics.decisionMade] },
  { groupId: 'alerting.decisions', service: 'alerting', topics: [Topics.decisionMade] },
  {
    groupId: 'alerting.task-deadlines',
    service: 'alerting',
    topics: [Topics.taskReminderDue, Topics.taskOverdue, Topics.taskEscalated, Topics.taskUnclaimed],
  },
  { groupId: 'protocol-engine.placement-notices', service: 'protocol-engine', topics: [Topics.placementNoticeReceived] },
  { groupId: 'compliance-tracker.child-merges', service: 'compliance-tracker', topics: [Topics.childrenMerged] },
  { groupId: 'alerting.child-merges', service: 'alerting', topics: [Topics.childrenMerged] },
  { groupId: 'alerting.staff-directory', service: 'alerting', topics: [Topics.officerChanged, Topics.leaveChanged] },
  { groupId: 'ingest.child-erasures', service: 'ingest-api', topics: [Topics.childErased] },
  { groupId: 'compliance-tracker.child-erasures', service: 'compliance-tracker', topics: [Topics.childErased] },
  { groupId: 'alerting.child-erasures', service: 'alerting', topics: [Topics.childErased] },
  { groupId: 'compliance-tracker.cme-tasks', service: 'compliance-tracker', topics: [Topics.cmeTasksRequired] },
  { groupId: 'compliance-tracker.cme-case-closures', service: 'compliance-tracker', topics: [Topics.cmeCaseClosed] },
  { groupId: 'alerting.cme-hand-overs', service: 'alerting', topics: [Topics.cmeCaseHandedOver] },
  { groupId: 'education-referrals.child-erasures', service: 'education-referrals', topics: [Topics.childErased] },
];

/**
 * Messages each consumer group has not yet committed, by group (only groups with any). A
 * partition a departed member still holds keeps its messages here until the group rebalances,
 * which the database alone cannot show.
 */
export async function uncommittedMessages(brokers: string[], prefix: string): Promise<Record<string, number>> {
  const admin = new Kafka({ clientId: 'fault-test-lag', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const ends = new Map<string, { high: bigint; low: bigint }>();
    for (const topic of new Set(CONSUMER_GROUPS.flatMap((g) => g.topics))) {
      for (const p of await admin.fetchTopicOffsets(prefix + topic)) ends.set(`${topic}/${p.partition}`, { high: BigInt(p.high), low: BigInt(p.low) });
    }
    const lag: Record<string, number> = {};
    for (const group of CONSUMER_GROUPS) {
      const committed = await admin.fetchOffsets({ groupId: prefix + group.groupId, topics: group.topics.map((t) => prefix + t) });
      let behind = 0n;
      for (const { topic, partitions } of committed) {
        for (const p of partitions) {
          const end = ends.get(`${topic.slice(prefix.length)}/${p.partition}`);
          if (!end) continue;
          // -1: nothing committed yet, so the group reads from the start of the partition.
          const from = BigInt(p.offset) < 0n ? end.low : BigInt(p.offset);
          if (end.high > from) behind += end.high - from;
        }
      }
      if (behind > 0n) lag[group.groupId] = Number(behind);
    }
    return lag;
  } finally {
    await admin.disconnect();
  }
}
