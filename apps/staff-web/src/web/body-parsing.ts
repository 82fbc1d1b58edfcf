import express, { RequestHandler } from 'express';

/** HTML forms only (urlencoded, nested names for "add another"); nothing here takes JSON from browsers. */
export function bodyParsing(): RequestHandler {
  return express.urlencoded({ extended: true, limit: '100kb', parameterLimit: 500 });
}
