import './register-aliases';
import type { TestInfrastructure } from '../infrastructure';

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __HOMEWARD_TEST_INFRA__?: TestInfrastructure };
  await holder.__HOMEWARD_TEST_INFRA__?.stop();
  holder.__HOMEWARD_TEST_INFRA__ = undefined;
}
