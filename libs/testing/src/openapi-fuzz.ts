/**
 * Malformed requests to every operation a service's OpenAPI document lists, as each staff role:
 * wrong types, odd dates, huge numbers, unknown enum values, long strings, nested junk and
 * missing fields. Each request carries at least one fault a DTO must refuse, so the answer must
 * be a 4xx, and nothing may be stored. The document drives it: a new endpoint is fuzzed without
 * touching the test.
 */
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { OWN_CONNECTION } from './http-call';

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: Schema;
}

interface FuzzCase {
  path: Record<string, string>;
  query: Record<string, unknown>;
  /** A JSON value, or raw text sent as JSON (a body that is not JSON at all). */
  body?: { json: unknown } | { raw: string };
}

export interface FuzzOptions {
  baseUrl: string;
  /** The Authorization header value for each role. */
  tokens: Record<string, string>;
  /** Ids of real records by path parameter name: a body is then checked against a real record, where a 404 would hide it. */
  pathIds?: Record<string, string[]>;
  /** A valid body by `POST /v1/path/{id}`: the base each fault is applied to, where the schema alone cannot make one. */
  bodies?: Record<string, unknown>;
  casesPerOperation: number;
  seed: number;
  skip?: (method: string, path: string) => boolean;
}

export interface FuzzFinding {
  method: string;
  url: string;
  role: string;
  status: number;
  body: string;
  sent?: string;
}

export interface FuzzReport {
  operations: number;
  requests: number;
  byStatus: Record<string, number>;
  /** Every 5xx, and any 2xx to a change (a fault accepted: something may have been stored). A read may ignore a junk filter. */
  findings: FuzzFinding[];
}

const ODD_DATES = ['2026-W05-3', '2026-02-30', '2026-02-30T10:00:00Z', '2026-001', '20260601T100000Z', '2026-06-01T10:00:00', '2026-06-01T25:00:00Z', '0000-00-00', '+275760-09-13T00:00:00Z', 'yesterday'];
const HUGE_NUMBERS = [1e308, 2 ** 53 + 2, -1, 0, 1.5, -1e21];
const HUGE_TEXT = ['1e400', '9007199254740993', '-1', '0', '1.5', 'NaN', 'Infinity', '0x10', ' 1', '99999999999999999999999'];
const LONG = ['x'.repeat(20_000), `${'é'.repeat(3_000)}\u0000`];
const JUNK: unknown[] = [null, true, 42, -0.5, [], [1, 'a', null], {}, { a: { b: { c: [{ d: {} }] } } }, '', ' ', '\u0000', "' OR 1=1 --", '../../etc/passwd', { $gt: '' }, ['2026-06-01'], { toString: 'x' }];
const UNKNOWN_ENUM = ['NOT_A_VALUE', 'low', 'OPEN;DROP TABLE tasks', '*'];
const QUERY_JUNK = ['', '%00', 'a'.repeat(5_000), '[]', '{"a":1}', 'null', 'true', ...ODD_DATES, ...HUGE_TEXT, ...UNKNOWN_ENUM];
const JUNK_IDS = ['not-a-uuid', '0', '-1', '..%2F..%2Fetc', 'a'.repeat(2_000), '00000000-0000-0000-0000-00000000000g', '%F0%9F%98%80', '1e400', '2026-W05-3', 'null'];

export async function fuzzOpenApi(options: FuzzOptions): Promise<FuzzReport> {
  const doc = (await (await fetch(`${options.baseUrl}/docs/openapi.json`)).json()) as OpenApiDocument;
  const operations = operationsOf(doc).filter((o) => !/^\/(health|metrics|docs)/.test(o.path) && !options.skip?.(o.method, o.path));
  const requests: { op: Operation; role: string; fuzz: FuzzCase }[] = [];
  operations.forEach((op, i) => {
    const cases = fc.sample(caseOf(op, doc, options.pathIds ?? {}, options.bodies?.[`${op.method.toUpperCase()} ${op.path}`]), { numRuns: options.casesPerOperation, seed: options.seed + i });
    const roles = Object.keys(options.tokens);
    cases.forEach((fuzz, j) => requests.push({ op, role: roles[j % roles.length], fuzz }));
    // Every odd date in every date field and every huge number in every integer, as every role: too few to leave to chance.
    for (const fuzz of exhaustiveCases(op, doc, options.pathIds ?? {}, options.bodies?.[`${op.method.toUpperCase()} ${op.path}`])) {
      for (const role of roles) requests.push({ op, role, fuzz });
    }
  });
  const report: FuzzReport = { operations: operations.length, requests: 0, byStatus: {}, findings: [] };
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const { op, role, fuzz } = requests[next++];
      const url = urlOf(options.baseUrl, op, fuzz);
      const sent = fuzz.body === undefined ? undefined : 'raw' in fuzz.body ? fuzz.body.raw : JSON.stringify(fuzz.body.json);
      const res = await fetch(url, {
        method: op.method.toUpperCase(),
        headers: { ...OWN_CONNECTION, authorization: options.tokens[role], ...(sent === undefined ? {} : { 'content-type': 'application/json' }) },
        body: sent,
        redirect: 'manual',
        signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
      }).catch((error: Error) => error);
      // Not `instanceof Error`: fetch's errors (a TimeoutError DOMException) come from Node's realm, not Jest's.
      if (!(res instanceof Response)) {
        // No answer at all (a handler that never returns, or a blocked event loop) is the worst finding.
        report.requests++;
        report.byStatus['no answer'] = (report.byStatus['no answer'] ?? 0) + 1;
        report.findings.push({ method: op.method, url: url.slice(0, 300), role, status: 0, body: `${res.name}: ${res.message}${causeOf(res)}`, sent: sent?.slice(0, 300) });
        continue;
      }
      // An event stream that opened would never end: its status is the answer.
      const text = res.headers.get('content-type')?.includes('text/event-stream') ? (await res.body?.cancel(), '') : await res.text();
      report.requests++;
      report.byStatus[res.status] = (report.byStatus[res.status] ?? 0) + 1;
      // Only a body or a path id makes a fault certain: a query the route does not read is ignored.
      const certain = op.method !== 'get' && (op.body !== undefined || op.parameters.some((p) => p.in === 'path'));
      if (res.status >= 500 || (res.status < 400 && certain)) {
        report.findings.push({ method: op.method, url: url.slice(0, 300), role, status: res.status, body: text.slice(0, 300), sent: sent?.slice(0, 300) });
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return report;
}

/** Under the whole suite on two cores a request can wait seconds for the loop; one that never returns still fails. */
const ANSWER_WITHIN_MS = 30_000;

/** fetch's "fetch failed" hides why: the socket's own error says whether the server reset, closed or never answered. */
function causeOf(error: Error): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause ? ` (${cause.code ?? ''} ${cause.message ?? ''})` : '';
}

/** Rows in every table of the schema: the same before and after a fuzz run means nothing was stored. */
export async function tableCounts(databaseUrl: string, schema: string): Promise<Record<string, number>> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const tables = await db.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY 1`, [schema]);
    const counts: Record<string, number> = {};
    for (const { table_name } of tables.rows) {
      counts[table_name] = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}"."${table_name}"`)).rows[0].n);
    }
    return counts;
  } finally {
    await db.end();
  }
}

/** A line for the note: requests, answers by status, findings. */
export function fuzzSummary(service: string, report: FuzzReport): string {
  const statuses = Object.entries(report.byStatus).map(([s, n]) => `${s}: ${n}`).join(', ');
  return `${service}: ${report.requests} malformed requests over ${report.operations} operations; ${statuses}; ${report.findings.length} findings`;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}

function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({ method, path, parameters: (op.parameters ?? []).filter((p) => p.in !== 'header'), body: op.requestBody?.content?.['application/json']?.schema })),
  );
}

function resolve(schema: Schema | undefined, doc: OpenApiDocument): Schema {
  if (!schema) return {};
  if (schema.$ref) return resolve(doc.components?.schemas?.[schema.$ref.split('/').pop() ?? ''], doc);
  if (schema.allOf?.length) return schema.allOf.reduce<Schema>((all, s) => {
    const r = resolve(s, doc);
    return { ...all, ...r, properties: { ...all.properties, ...r.properties }, required: [...(all.required ?? []), ...(r.required ?? [])] };
  }, {});
  return schema;
}

/** A plausible value: what the schema's example, enum or format says, so one fault decides the answer. */
function plausible(schema: Schema | undefined, doc: OpenApiDocument, depth = 0): unknown {
  const s = resolve(schema, doc);
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (s.oneOf?.length) return plausible(s.oneOf[0], doc, depth);
  if (s.type === 'array') return [plausible(s.items, doc, depth + 1)];
  if (s.type === 'object' || s.properties) {
    if (depth > 4) return {};
    return Object.fromEntries((s.required ?? []).map((k) => [k, plausible(s.properties?.[k], doc, depth + 1)]));
  }
  if (s.type === 'integer' || s.type === 'number') return s.minimum ?? 1;
  if (s.type === 'boolean') return true;
  if (s.format === 'date-time') return '2026-06-01T10:00:00Z';
  if (s.format === 'date') return '2026-06-01';
  if (s.format === 'uuid') return randomUUID();
  if (s.format === 'email') return 'someone@example.org';
  return 'text';
}

/** Every property path in a body, nested objects and first array items included. */
function fieldsOf(schema: Schema | undefined, doc: OpenApiDocument, prefix: (string | number)[] = [], depth = 0): { path: (string | number)[]; schema: Schema; required: boolean }[] {
  const s = resolve(schema, doc);
  if (depth > 4) return [];
  return Object.entries(s.properties ?? {}).flatMap(([name, child]) => {
    const c = resolve(child, doc);
    const path = [...prefix, name];
    const nested = c.type === 'array' ? fieldsOf(c.items, doc, [...path, 0], depth + 1) : fieldsOf(c, doc, path, depth + 1);
    return [{ path, schema: c, required: (s.required ?? []).includes(name) }, ...nested];
  });
}

/** Values a field of this schema must refuse (null only where required: an optional field takes null as absent). */
function wrongFor(s: Schema, required: boolean): unknown[] {
  const typed = (s.type === 'string' ? [42, true, {}, [], null] : s.type === 'integer' || s.type === 'number' ? ['12', true, {}, 'NaN', null] : s.type === 'boolean' ? ['true', 1, 'yes', null] : s.type === 'array' ? ['a', { 0: 'a' }, 7, null] : [7, 'text', [], null]).filter((v) => required || v !== null);
  const enums = s.enum?.length ? UNKNOWN_ENUM : [];
  const dates = s.format === 'date-time' || s.format === 'date' ? ODD_DATES : [];
  const numbers = s.type === 'integer' ? [1.5, ...HUGE_NUMBERS.filter((n) => !Number.isSafeInteger(n))] : [];
  return [...typed, ...enums, ...dates, ...numbers];
}

function setAt(target: unknown, path: (string | number)[], value: unknown, remove = false): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = typeof path[path.indexOf(key) + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (remove) delete node[last];
  else node[last] = value;
}

function caseOf(op: Operation, doc: OpenApiDocument, pathIds: Record<string, string[]>, validBody: unknown): fc.Arbitrary<FuzzCase> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const base = (): FuzzCase => ({
    path: Object.fromEntries(pathParams.map((p) => [p.name, String(plausible(p.schema, doc))])),
    query: Object.fromEntries(queryParams.filter((p) => p.required).map((p) => [p.name, plausible(p.schema, doc)])),
    body: op.body ? { json: validBody === undefined ? plausible(op.body, doc) : structuredClone(validBody) } : undefined,
  });
  // Real ids only where a body carries the fault; elsewhere a fresh id names nothing, so nothing can change.
  const realIds = fc.tuple(...pathParams.map((p) => (op.body && pathIds[p.name]?.length ? fc.constantFrom(...pathIds[p.name]) : fc.constant(undefined))));

  const faults: fc.Arbitrary<(c: FuzzCase) => void>[] = [];
  if (pathParams.length) {
    faults.push(fc.tuple(fc.constantFrom(...pathParams.map((p) => p.name)), fc.constantFrom(...JUNK_IDS)).map(([name, junk]) => (c) => void (c.path[name] = junk)));
  }
  if (queryParams.length) {
    faults.push(fc.tuple(fc.constantFrom(...queryParams), fc.constantFrom(...QUERY_JUNK, ...JUNK)).map(([p, junk]) => (c) => void (c.query[p.name] = junk)));
  }
  const requiredQuery = queryParams.filter((p) => p.required);
  if (requiredQuery.length) faults.push(fc.constantFrom(...requiredQuery).map((p) => (c) => void delete c.query[p.name]));
  faults.push(fc.tuple(fc.string({ minLength: 1, maxLength: 12 }).filter((k) => /^\w+$/.test(k) && !queryParams.some((p) => p.name === k)), fc.constantFrom(...QUERY_JUNK)).map(([k, v]) => (c) => void (c.query[k] = v)));

  if (!op.body) return fc.array(fc.oneof(...faults), { minLength: 1, maxLength: 3 }).map((changes) => applied(base(), changes));

  const fields = fieldsOf(op.body, doc);
  const bodyFaults: fc.Arbitrary<(c: FuzzCase) => void>[] = [
    fc.constantFrom<unknown>(null, [], 'text', 42, true, [{}], ...JUNK).map((junk) => (c) => void (c.body = { json: junk })),
    fc.constantFrom('{', '{"a":', 'not json', '{"__proto__":{"x":1}}', '[1,2', '\u0000').map((raw) => (c) => void (c.body = { raw })),
    fc.tuple(fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !fields.some((f) => f.path[0] === k) && k !== '__proto__'), fc.jsonValue({ maxDepth: 3 })).map(([k, v]) => (c) => setAt((c.body as { json: unknown }).json, [k], v)),
  ];
  const required = fields.filter((f) => f.required && f.path.length === 1);
  if (required.length) bodyFaults.push(fc.constantFrom(...required).map((f) => (c) => setAt((c.body as { json: unknown }).json, f.path, undefined, true)));
  const typed = fields.flatMap((f) => wrongFor(f.schema, f.required).map((v) => [f, v] as const));
  if (typed.length) bodyFaults.push(fc.constantFrom(...typed).map(([f, v]) => (c) => setAt((c.body as { json: unknown }).json, f.path, v)));
  const strings = fields.filter((f) => f.schema.type === 'string' && !f.schema.enum);
  if (strings.length) bodyFaults.push(fc.tuple(fc.constantFrom(...strings), fc.constantFrom(...LONG)).map(([f, v]) => (c) => setAt((c.body as { json: unknown }).json, f.path, v)));
  // Noise on top of the one certain fault: any field replaced by any odd value.
  const noise = fields.length
    ? fc.array(fc.tuple(fc.constantFrom(...fields), fc.constantFrom<unknown>(...JUNK, ...ODD_DATES, ...HUGE_NUMBERS, ...UNKNOWN_ENUM)).map(([f, v]) => (c: FuzzCase) => setAt((c.body as { json: unknown }).json, f.path, v)), { maxLength: 2 })
    : fc.constant([] as ((c: FuzzCase) => void)[]);

  return fc.tuple(realIds, noise, fc.oneof(...bodyFaults), fc.option(fc.oneof(...faults), { freq: 4 })).map(([ids, extra, fault, other]) => {
    const c = base();
    pathParams.forEach((p, i) => (c.path[p.name] = ids[i] ?? c.path[p.name]));
    if (typeof (c.body as { json?: unknown }).json !== 'object' || (c.body as { json: unknown }).json === null) c.body = { json: {} };
    return applied(c, [...extra, fault, ...(other ? [other] : [])]);
  });
}

const isDateField = (s: Schema) => s.format === 'date-time' || s.format === 'date' || (typeof s.example === 'string' && /^\d{4}-\d{2}-\d{2}/.test(s.example));

function exhaustiveCases(op: Operation, doc: OpenApiDocument, pathIds: Record<string, string[]>, validBody: unknown): FuzzCase[] {
  const base = (): FuzzCase => ({
    path: Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, op.body && pathIds[p.name]?.length ? pathIds[p.name][0] : String(plausible(p.schema, doc))])),
    query: Object.fromEntries(op.parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, plausible(p.schema, doc)])),
    body: op.body ? { json: validBody === undefined ? plausible(op.body, doc) : structuredClone(validBody) } : undefined,
  });
  const cases: FuzzCase[] = [];
  for (const p of op.parameters.filter((q) => q.in === 'query')) {
    const s = resolve(p.schema, doc);
    const values = isDateField(s) ? ODD_DATES : s.type === 'integer' || s.type === 'number' ? HUGE_TEXT : [];
    for (const v of values) cases.push(applied(base(), [(c) => void (c.query[p.name] = v)]));
  }
  if (op.body) {
    for (const f of fieldsOf(op.body, doc)) {
      const values = isDateField(f.schema) ? ODD_DATES : f.schema.type === 'integer' ? HUGE_NUMBERS.filter((n) => !Number.isSafeInteger(n)) : [];
      for (const v of values) cases.push(applied(base(), [(c) => setAt((c.body as { json: unknown }).json, f.path, v)]));
    }
  }
  return cases;
}

function applied(c: FuzzCase, changes: ((c: FuzzCase) => void)[]): FuzzCase {
  for (const change of changes) change(c);
  return c;
}

function urlOf(baseUrl: string, op: Operation, c: FuzzCase): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => (c.path[name].includes('%') ? c.path[name] : encodeURIComponent(c.path[name])));
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(c.query)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) v.forEach((x) => query.append(k, typeof x === 'string' ? x : JSON.stringify(x)));
    else query.append(k, typeof v === 'string' ? v : JSON.stringify(v));
  }
  const qs = query.toString();
  return `${baseUrl}${path}${qs ? `?${qs}` : ''}`;
}
