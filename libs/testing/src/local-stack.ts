/**
 * The one door from libs/testing into tools/local-stack (the launcher both `npm start`
 * and the tests use). Lint allows testing -> tooling, but only through an npm-scope
 * alias; until tsconfig.base.json has "@homeward/local-stack", this relative import
 * is the exception, kept in one place.
 */
// eslint-disable-next-line @nx/enforce-module-boundaries
export * from '../../../tools/local-stack';
