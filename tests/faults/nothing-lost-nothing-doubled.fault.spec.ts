import { countOf, Effects } from './support/effects';
import { faultRunMix, expectSameEffects, FAULT_SIZE, pause, postUnderChaos, RUN_TIMEOUT_MS, referenceEffects, reportFigures, SERVICES } from './support/fault-runs';
import { personalDataOf, scanForPersonalData } from './support/personal-data-scan';
import { startSystem, SystemUnderTest } from './support/system-under-test';

/**
 * ARCHITECTURE.md's guarantees for the whole system: the same notifications posted to a
 * fault-free system and to one whose services are SIGKILLed and restarted in turn while the
 * work flows end with the same episodes, decisions, tasks, deadline events and alerts.
 */
describe(`whole system under faults (${FAULT_SIZE} notifications)`, () => {
  const children = faultRunMix(FAULT_SIZE);
  let reference: Effects;
  let sut: SystemUnderTest | undefined;
  const chaos = { kills: 0, restarts: 0 };

  afterAll(async () => {
    await sut?.stop();
  });

  it('given a fault-free run, records what the notifications should lead to', async () => {
    reference = await referenceEffects(children);
    expect(countOf(reference).decisions).toBeGreaterThan(0);
    expect(countOf(reference).tasks).toBeGreaterThan(0);
  }, RUN_TIMEOUT_MS);

  it('given each service SIGKILLed and restarted in turn while notifications flow, ends with exactly the same effects', async () => {
    sut = await startSystem();
    const running = sut;
    const started = Date.now();
    const { posted, effects } = await postUnderChaos(running, children, async (posting) => {
      for (let i = 0; posting() || i < SERVICES.length; i++) {
        const name = SERVICES[i % SERVICES.length];
        await pause(500, 3_000);
        await running.stack.kill(name, 'SIGKILL');
        chaos.kills++;
        await running.stack.restart(name);
        chaos.restarts++;
      }
    });

    reportFigures('case 1 SIGKILL in turn', { notifications: FAULT_SIZE, ...posted, ...chaos, effects: countOf(effects), seconds: Math.round((Date.now() - started) / 1000) });
    expectSameEffects(reference, effects);
    expect(chaos.kills).toBeGreaterThanOrEqual(SERVICES.length);
  }, RUN_TIMEOUT_MS);

  it('given that faulty run, no child\'s name, date of birth, postcode or free text is in logs, Redis, Kafka keys or headers, or metrics', async () => {
    if (!sut) throw new Error('the faulty run did not start');
    const exposed = await scanForPersonalData(sut, personalDataOf(children));
    expect(exposed.slice(0, 10)).toEqual([]);
  }, 5 * 60_000);
});
