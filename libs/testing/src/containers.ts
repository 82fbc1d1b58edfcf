import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { freePort } from './local-stack';
import type { TestInfrastructure } from './infrastructure';

/** True when a Docker engine answers within a few seconds (the CLI alone is not enough). */
export async function dockerEngineAnswers(timeoutMs = 5_000): Promise<boolean> {
  const viaCli = await new Promise<boolean | undefined>((resolve) => {
    execFile('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: timeoutMs }, (err) => {
      if (!err) resolve(true);
      else resolve((err as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : false);
    });
  });
  // Without a CLI, trust a socket or DOCKER_HOST: Testcontainers talks to the API directly.
  return viaCli ?? (!!process.env.DOCKER_HOST || fs.existsSync('/var/run/docker.sock'));
}

/**
 * The three from containers, as production runs them (a real KRaft broker, so idempotent
 * producers work here). Not exercised on machines without a Docker engine.
 */
export async function startContainerInfrastructure(): Promise<TestInfrastructure> {
  // Loaded lazily: it is only needed where Docker is, and costs start-up time elsewhere.
  const { GenericContainer, Wait, getContainerRuntimeClient } = await import('testcontainers');
  const host = (await getContainerRuntimeClient()).info.containerRuntime.host;
  // Kafka must advertise the address clients dial, so its host port is fixed before start.
  const kafkaPort = await freePort();

  const [postgres, redis, kafka] = await Promise.all([
    new GenericContainer('postgres:16-alpine')
      .withEnvironment({ POSTGRES_HOST_AUTH_METHOD: 'trust', POSTGRES_DB: 'homeward' })
      .withCommand(['postgres', '-c', 'fsync=off', '-c', 'max_connections=300'])
      .withExposedPorts(5432)
      // The image restarts the server once after init; the second message is the real one.
      .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
      .start(),
    new GenericContainer('redis:7-alpine')
      .withCommand(['redis-server', '--appendonly', 'yes', '--maxmemory-policy', 'noeviction', '--save', ''])
      .withExposedPorts(6379)
      .withWaitStrategy(Wait.forLogMessage(/Ready to accept connections/))
      .start(),
    new GenericContainer('apache/kafka:3.9.0')
      .withEnvironment({
        KAFKA_NODE_ID: '1',
        KAFKA_PROCESS_ROLES: 'broker,controller',
        KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
        KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://${host}:${kafkaPort}`,
        KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
        KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
        KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
        KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
        KAFKA_NUM_PARTITIONS: '3',
        KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'true',
      })
      .withExposedPorts({ container: 9092, host: kafkaPort })
      .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
      .start(),
  ]);

  return {
    kind: 'containers',
    databaseUrl: `postgres://postgres@${postgres.getHost()}:${postgres.getMappedPort(5432)}/homeward`,
    redisUrl: `redis://${redis.getHost()}:${redis.getMappedPort(6379)}`,
    kafkaBrokers: [`${host}:${kafkaPort}`],
    async stop() {
      await Promise.all([postgres.stop(), redis.stop(), kafka.stop()]);
    },
  };
}
