/** Test-only helpers: infrastructure harness, per-suite isolation, awaiters, a fake clock, staff tokens. */
export * from './infrastructure';
export { dockerEngineAnswers } from './containers';
export * from './isolation';
export * from './wait';
export * from './fake-clock';
export * from './staff-token';
// The launcher end-to-end and fault tests drive the services with.
export { startPostgres, startServices, freeServicePorts, SERVICE_NAMES, APP_NAMES, STAFF_WEB, DEFAULT_SERVICE_PORTS, DEV_CHILD_KEY_SECRET, DEV_STAFF_TOKEN_SECRET, freePort } from './local-stack';
export type { PostgresHandle, ServiceName, Services, ServiceHandle, StartServicesOptions, Infrastructure } from './local-stack';
export * from './in-process-service';
// The built ops CLIs (officers, keys, erase-child), run as an operator runs them.
export * from './built-cli';
// A real OpenID provider for sign-in tests (a child process) and a fetch-driven sign-in at it.
export * from './oidc';
// staff-web: the built app on a free port, stubbed APIs, and the browser (Debian's Chromium) with axe.
export * from './staff-web';
export * from './api-stub';
export * from './browser';
// Malformed requests to every operation in a service's OpenAPI document, and the row counts that show nothing was stored.
export * from './openapi-fuzz';
// The per-address limit on requests without valid credentials, as each service's spec exercises it.
export * from './unauthenticated-limit';
// JSON calls to a service and the fields its 400s name.
export * from './http-call';
