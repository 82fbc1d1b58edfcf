import type { ProtocolProfile } from '@homeward/protocol';
import { WakeUps } from '@homeward/platform';
import { waitFor } from '@homeward/testing';
import { DataSource } from 'typeorm';
import { Child } from '../children/child.entity';
import { ProtocolEngineConfig } from '../protocol-engine.config';
import { ProtocolVersion } from '../protocol-versions/protocol-version.entity';
import { aChild, Engine, notification, startEngine } from '../testing/engine-test-kit';
import { recordedHistory } from './recorded-history';
import { causeOf, recordOf, ReplayedWorld } from './replay';

const HOUR = 3_600_000;

describe('protocol-engine: what-if replays exactly what the live system decided', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await startEngine();
    // Before the history, so no time-based rule comes due while it is decided.
    engine.clock.set('2025-05-31T00:00:00Z');
  });
  afterAll(async () => engine?.close());

  const childOf = async (policeReference: string): Promise<string> =>
    (await engine.db.query(`SELECT child_id FROM episodes WHERE police_reference = $1`, [policeReference])).rows[0].child_id;

  /** The child's recorded history (as what-if reads it) decided again under the versions that decided it live. */
  async function replayed(childId: string) {
    const dataSource = engine.svc.app.get(DataSource);
    const history = await recordedHistory(dataSource, [childId], new Date('2100-01-01T00:00:00Z'));
    const { dateOfBirth } = await dataSource.getRepository(Child).findOneByOrFail({ id: childId });
    const versions = new Map((await dataSource.getRepository(ProtocolVersion).find()).map((v) => [v.id, v.profile as ProtocolProfile]));
    const world = new ReplayedWorld({ dateOfBirth: new Map([[childId, dateOfBirth]]), homeAuthority: engine.svc.app.get(ProtocolEngineConfig).homeAuthorityCode });
    const decisions = [];
    for (const t of history) {
      const recorded = recordOf(t);
      const { outcome, isDecision } = await world.decide(versions.get(recorded.protocolVersionId)!, t);
      if (!isDecision) continue;
      decisions.push({
        id: recorded.decisionId,
        cause: causeOf(t),
        protocol_version: outcome.protocolVersion,
        effective_risk: outcome.effectiveRisk,
        required_actions: outcome.requiredActions,
        fired_rules: outcome.firedRules,
        alerts: outcome.alerts,
        supersedes: outcome.supersedes,
      });
    }
    return { history, decisions };
  }

  const live = async (childId: string) =>
    (
      await engine.db.query(
        `SELECT id, cause, protocol_version, effective_risk, required_actions, fired_rules, alerts, supersedes FROM decisions WHERE child_id = $1 ORDER BY seq`,
        [childId],
      )
    ).rows;

  it("given a child's notifications decided live (out of order, re-graded, repeated, superseding), when their recorded history is replayed under the versions that decided, then every decision matches field by field", async () => {
    const child = aChild();
    const first = notification({ child, occurredAt: '2025-06-01T18:00:00.000Z', riskLevel: 'LOW' });
    const second = notification({ child, occurredAt: '2025-06-02T20:00:00.000Z', riskLevel: 'MEDIUM', vulnerabilities: ['CSE'] });
    const third = notification({ child, type: 'FOUND', occurredAt: '2025-06-20T08:00:00.000Z', riskLevel: 'LOW' });
    const sent = [
      first,
      { ...notification({ child, policeReference: first.policeReference }), type: 'FOUND' as const, occurredAt: '2025-06-02T06:00:00.000Z', riskLevel: 'LOW' as const },
      second,
      { ...notification({ child, policeReference: second.policeReference }), occurredAt: '2025-06-06T09:00:00.000Z', riskLevel: 'HIGH' as const },
      { ...notification({ child, policeReference: second.policeReference }), type: 'FOUND' as const, occurredAt: '2025-06-07T10:00:00.000Z', riskLevel: 'HIGH' as const },
      // A found report before its missing report (messages out of order).
      third,
      { ...notification({ child, policeReference: third.policeReference }), occurredAt: '2025-06-19T22:00:00.000Z', riskLevel: 'LOW' as const },
    ];
    for (const n of sent) await engine.publish(n);
    await engine.waitForDecisions(third.policeReference, 2);

    const childId = await childOf(first.policeReference);
    const { history, decisions } = await replayed(childId);
    expect(history).toHaveLength(sent.length);
    const decided = await live(childId);
    expect(decisions).toEqual(decided);
    // The history is worth comparing: it asked for work, superseded some and raised an alert.
    expect(decided.flatMap((d) => d.required_actions).length).toBeGreaterThan(3);
    expect(decided.some((d) => d.supersedes.length > 0)).toBe(true);
    expect(decided.some((d) => d.alerts.length > 0)).toBe(true);
  });

  it("given a child's timers fired live between notifications (the 24 h review, then the 7-day lengthy check), when the recorded history is replayed, then every decision matches field by field, the timers' included", async () => {
    engine.clock.set('2025-08-01T09:00:00Z');
    const child = aChild();
    const missing = notification({ child, occurredAt: engine.clock.now().toISOString(), riskLevel: 'LOW' });
    const ref = missing.policeReference;
    await engine.publish(missing);
    await engine.waitForDecisions(ref, 1);
    const wakeUps = engine.svc.app.get(WakeUps);
    const fireDue = async (count: number) => {
      // The alarms were set from the test clock; the sweep fires what is due by it instead.
      await wakeUps.sweepNow();
      await waitFor(async () => (await engine.decisionsFor(ref)).length === count, { description: `timer decision ${count}` });
    };

    engine.clock.advance(25 * HOUR);
    await fireDue(2);
    // Still missing, now with a vulnerability: the lengthy-episode check decides with it.
    await engine.publish({ ...notification({ child, policeReference: ref }), occurredAt: engine.clock.now().toISOString(), riskLevel: 'LOW', vulnerabilities: ['CSE'] });
    await engine.waitForDecisions(ref, 3);
    engine.clock.advance(7 * 24 * HOUR);
    await fireDue(4);
    await engine.publish({ ...notification({ child, policeReference: ref }), type: 'FOUND', occurredAt: engine.clock.now().toISOString(), riskLevel: 'LOW' });
    const decided = await engine.waitForDecisions(ref, 5);
    expect(decided.map((d) => d.cause.kind)).toEqual(['notification', 'timer', 'notification', 'timer', 'notification']);
    expect(decided.map((d) => (d.cause.kind === 'timer' ? d.cause.timer : null))).toEqual([null, 'LOW_RISK_REVIEW', null, 'LENGTHY_EPISODE', null]);

    const childId = await childOf(ref);
    const { history, decisions } = await replayed(childId);
    expect(history.map((t) => t.kind)).toEqual(['notification', 'timer', 'notification', 'timer', 'notification']);
    expect(decisions).toEqual(await live(childId));
    // The timers asked for work, and the work they asked for counts as requested afterwards.
    expect(decided[1].required_actions.map((a) => a.taskType)).toEqual(['REVIEW_EPISODE']);
    expect(decided[3].required_actions.map((a) => a.taskType)).toContain('MULTI_AGENCY_MEETING');
  });
});
