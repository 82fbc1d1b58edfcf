import { createTestEnvironment, RunningService, staffToken, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import Redis from 'ioredis';
import { RaiseAlertsForDecision, RaiseAlertsForDecisionCommand } from '../../alerts/raise-alerts-for-decision';
import { AppModule } from '../../app.module';
import { openAlertStream } from '../../../test-support/event-stream';
import { CHILD_DATA, highRiskDecision } from '../../../test-support/fixtures';
import { FeedFanOut, feedChannel } from './feed-fan-out';

jest.setTimeout(90_000);

/** A HIGH-risk decision raises these four feed alerts, whatever the subscriptions. */
const RECIPIENTS = ['CHILDREN_MISSING_OFFICER', 'CSC_SENIOR_MANAGER', 'DUTY_SOCIAL_WORK', 'POLICE_SENIOR_MANAGER'];
const reader = () => staffToken({ staffId: 'duty.reader', role: 'READ_ONLY' });

describe('alerting: the live alert stream across alerting instances', () => {
  let env: TestEnvironment;
  let first: RunningService;
  let second: RunningService;
  /** The test's own look at Redis: what crosses the channel, and the subscribers' connections. */
  let redis: Redis;
  let tap: Redis;
  const onTheWire: string[] = [];
  const streams: ReturnType<typeof openAlertStream>[] = [];

  beforeAll(async () => {
    env = await createTestEnvironment();
    first = await startServiceInProcess(AppModule, env);
    second = await startServiceInProcess(AppModule, env);
    redis = new Redis(env.redisUrl);
    tap = new Redis(env.redisUrl);
    tap.on('message', (_channel: string, raw: string) => onTheWire.push(raw));
    await tap.subscribe(feedChannel(env.env.QUEUE_PREFIX));
  });

  afterAll(async () => {
    streams.forEach((s) => s.close());
    tap?.disconnect();
    redis?.disconnect();
    await second?.close();
    await first?.close();
    await env?.dispose();
  });

  /** A stream of HIGH_RISK alerts on one instance, opened as staff-web's page opens it. */
  async function streamOn(instance: RunningService) {
    const stream = openAlertStream(`${instance.url}/v1/alerts/stream?kind=HIGH_RISK&access_token=${reader()}`);
    streams.push(stream);
    expect(await stream.opened).toBe(200);
    return stream;
  }

  /** Raises a fresh HIGH-risk decision's alerts on the given instance (its use case, as its Kafka consumer would call it). */
  async function raiseOn(instance: RunningService): Promise<string> {
    const decision = highRiskDecision();
    await instance.app.get(RaiseAlertsForDecision).execute(RaiseAlertsForDecisionCommand.create(testEnvelope('protocol.decision-made', decision)));
    return decision.policeReference;
  }

  const recipientsIn = (stream: ReturnType<typeof openAlertStream>, policeReference: string) =>
    stream.events.filter((e) => e.policeReference === policeReference).map((e) => e.recipient).sort();

  const seenEverywhere = (policeReference: string, on: ReturnType<typeof openAlertStream>[]) =>
    waitFor(() => on.every((s) => recipientsIn(s, policeReference).length >= RECIPIENTS.length), {
      description: `the alerts for ${policeReference} on every open stream`,
      timeoutMs: 20_000,
    });

  it('given two instances on one Redis, an alert raised by either reaches the streams open on both, each exactly once, with no child data on the way', async () => {
    const onFirst = await streamOn(first);
    const onSecond = await streamOn(second);

    // Each raise waits for the one before it to be seen everywhere. Redis hands every subscriber the
    // channel's messages in the order it took them, so when the last has arrived on both streams, an
    // echo of an earlier one (the raising instance hearing its own) would have arrived before it.
    const raisedOnFirst = await raiseOn(first);
    await seenEverywhere(raisedOnFirst, [onFirst, onSecond]);
    const raisedOnSecond = await raiseOn(second);
    await seenEverywhere(raisedOnSecond, [onFirst, onSecond]);
    const last = await raiseOn(first);
    await seenEverywhere(last, [onFirst, onSecond]);

    for (const stream of [onFirst, onSecond]) {
      expect(recipientsIn(stream, raisedOnFirst)).toEqual(RECIPIENTS);
      expect(recipientsIn(stream, raisedOnSecond)).toEqual(RECIPIENTS);
      expect(recipientsIn(stream, last)).toEqual(RECIPIENTS);
    }
    // The same alerts, with the same ids and links, whichever instance the stream is on.
    const byId = (s: ReturnType<typeof openAlertStream>) => [...s.events].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(onSecond)).toEqual(byId(onFirst));
    expect(new Set(onFirst.events.map((e) => e.id)).size).toBe(onFirst.events.length);

    // What crossed Redis: one message an alert, the raising instance and the AlertView, nothing of the child.
    // Wait on the last: the tap's connection may hear it a moment after the instances' subscribers.
    await waitFor(() => onTheWire.filter((raw) => raw.includes(last)).length === RECIPIENTS.length, { description: 'the last alerts on the channel' });
    expect(onTheWire).toHaveLength(3 * RECIPIENTS.length);
    const origins = new Set(onTheWire.map((raw) => (JSON.parse(raw) as { origin: string }).origin));
    expect(origins).toEqual(new Set([first.app.get(FeedFanOut).instanceId, second.app.get(FeedFanOut).instanceId]));
    for (const raw of onTheWire) expect(Object.keys(JSON.parse(raw) as object).sort()).toEqual(['alert', 'origin']);
    // The decisions fed in carried the child's names and date of birth (fixtures): the scan could fail.
    expect(JSON.stringify(highRiskDecision())).toMatch(CHILD_DATA);
    expect(onTheWire.join('\n')).not.toMatch(CHILD_DATA);
  });

  it("given an instance's subscriber connection to Redis is cut, it reconnects by itself and its open streams hear the other instance's alerts again", async () => {
    const onSecond = await streamOn(second);
    const name = `alerting-feed-${env.env.QUEUE_PREFIX}-${second.app.get(FeedFanOut).instanceId}`;
    const subscriberOfSecond = async () =>
      ((await redis.client('LIST')) as string)
        .split('\n')
        .map((line) => Object.fromEntries(line.split(' ').map((kv) => kv.split('=') as [string, string])))
        .find((c) => c.name === name);
    const before = await waitFor(subscriberOfSecond, { description: "the second instance's subscriber connection" });
    expect(before.sub).toBe('1');

    await redis.client('KILL', 'ID', before.id);
    await waitFor(async () => {
      const now = await subscriberOfSecond();
      return now && now.id !== before.id && now.sub === '1';
    }, { description: 'the subscriber connected and subscribed again', timeoutMs: 20_000 });

    const raisedOnFirst = await raiseOn(first);
    await seenEverywhere(raisedOnFirst, [onSecond]);
    expect(recipientsIn(onSecond, raisedOnFirst)).toEqual(RECIPIENTS);
  });

  it('given an EventSource-style stream whose token in the query has expired, refuses it with 401 and says why', async () => {
    const expired = staffToken({ staffId: 'duty.reader', role: 'READ_ONLY' }, undefined, { now: new Date(Date.now() - 2 * 3600_000) });
    const res = await fetch(`${second.url}/v1/alerts/stream?kind=HIGH_RISK&access_token=${expired}`, { headers: { accept: 'text/event-stream' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).not.toContain('text/event-stream');
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(((await res.json()) as { message: string }).message).toContain('expired');
  });
});
