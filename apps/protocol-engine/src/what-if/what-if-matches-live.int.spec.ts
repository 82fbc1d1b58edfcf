import type { ProtocolProfile } from '@homeward/protocol';
import { DataSource } from 'typeorm';
import { Child } from '../children/child.entity';
import { AppliedNotification } from '../episodes/applied-notification.entity';
import { ProtocolEngineConfig } from '../protocol-engine.config';
import { ProtocolVersion } from '../protocol-versions/protocol-version.entity';
import { aChild, Engine, notification, startEngine } from '../testing/engine-test-kit';
import { ReplayedWorld } from './replay';

describe('protocol-engine: what-if replays exactly what the live system decided', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await startEngine();
    // Before the history, so no time-based rule comes due while it is decided.
    engine.clock.set('2025-05-31T00:00:00Z');
  });
  afterAll(async () => engine?.close());

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

    const dataSource = engine.svc.app.get(DataSource);
    const [{ child_id: childId }] = (await engine.db.query(`SELECT child_id FROM episodes WHERE police_reference = $1`, [first.policeReference])).rows;
    const history = await dataSource.getRepository(AppliedNotification).find({ where: { childId }, order: { seq: 'ASC' } });
    const { dateOfBirth } = await dataSource.getRepository(Child).findOneByOrFail({ id: childId });
    const versions = new Map((await dataSource.getRepository(ProtocolVersion).find()).map((v) => [v.id, v.profile as ProtocolProfile]));
    expect(history).toHaveLength(sent.length);

    const world = new ReplayedWorld({ dateOfBirth: new Map([[childId, dateOfBirth]]), homeAuthority: engine.svc.app.get(ProtocolEngineConfig).homeAuthorityCode });
    const replayed = [];
    for (const n of history) {
      const outcome = await world.decide(versions.get(n.protocolVersionId)!, n);
      replayed.push({
        id: n.decisionId,
        protocol_version: outcome.protocolVersion,
        effective_risk: outcome.effectiveRisk,
        required_actions: outcome.requiredActions,
        fired_rules: outcome.firedRules,
        alerts: outcome.alerts,
        supersedes: outcome.supersedes,
      });
    }
    const live = (
      await engine.db.query(
        `SELECT id, protocol_version, effective_risk, required_actions, fired_rules, alerts, supersedes FROM decisions WHERE child_id = $1 ORDER BY seq`,
        [childId],
      )
    ).rows;
    expect(replayed).toEqual(live);
    // The history is worth comparing: it asked for work, superseded some and raised an alert.
    expect(live.flatMap((d) => d.required_actions).length).toBeGreaterThan(3);
    expect(live.some((d) => d.supersedes.length > 0)).toBe(true);
    expect(live.some((d) => d.alerts.length > 0)).toBe(true);
  });
});
