/** The launcher both `npm start` and the tests use, reached through its alias. */
export * from '@homeward/local-stack';
