// Loaded into the built app's process by the server-overhead bench only (`node --import
// <this file> server/dist/index.js`), never by the app itself. Plain JavaScript because that
// process runs plain `node`, with no TypeScript tooling, as production does.
//
// - BENCH_SQLITE_SYNCHRONOUS (FULL or NORMAL): sets that pragma right after the app switches its
//   SQLite file to WAL, so the bench can compare both without the app's code changing.
// - BENCH_PROFILE=1: times, for every add (POST …/contacts), the time from its arrival to its
//   answer and the process's CPU time meanwhile, the outgoing Komet call inside it, each SQLite
//   statement prepared and run (grouped by what it is for), log lines written to stdout before
//   the answer, and when the add reached its milestones (session check, key claim, Komet call,
//   key finish). Off, nothing runs per request.
// - BENCH_REPORT_FILE: where the SQLite pragmas seen (and the timings) go, as JSON, at exit.
// - BENCH_STATEMENT_CACHE=1: a what-if for trying by hand, not used by the bench (below).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import dc from 'node:diagnostics_channel';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

const require = createRequire(import.meta.url);
/** The app imports the same package, from the same node_modules: one module, one prototype. */
const Database = require('better-sqlite3');

const synchronous = process.env.BENCH_SQLITE_SYNCHRONOUS;
const reportFile = process.env.BENCH_REPORT_FILE;
/** What each SQLite connection opened on a file ended up with: the bench prints it. */
const pragmas = [];

// BENCH_STATEMENT_CACHE=1: what-if, each connection prepares a statement once per SQL text and
// reuses it (the app, through Kysely, prepares every statement on every call).
if (process.env.BENCH_STATEMENT_CACHE === '1') {
  const prepare = Database.prototype.prepare;
  const caches = new WeakMap();
  Database.prototype.prepare = function cachedPrepare(source) {
    let cache = caches.get(this);
    if (!cache) caches.set(this, (cache = new Map()));
    let statement = cache.get(source);
    if (!statement) cache.set(source, (statement = prepare.call(this, source)));
    return statement;
  };
}

const originalPragma = Database.prototype.pragma;
Database.prototype.pragma = function pragma(source, options) {
  const result = originalPragma.call(this, source, options);
  if (/^\s*journal_mode\s*=\s*wal\s*$/i.test(source)) {
    if (synchronous) originalPragma.call(this, `synchronous = ${synchronous}`);
    pragmas.push({
      file: this.name,
      synchronous: originalPragma.call(this, 'synchronous', { simple: true }),
    });
  }
  return result;
};

/** What a statement is for, named after the step of an add it belongs to. */
function purposeOf(source) {
  const text = source.replace(/\s+/g, ' ').trim().toLowerCase();
  if (text === 'begin' || text.startsWith('begin ')) return 'begin';
  if (text === 'commit' || text === 'rollback') return text;
  const table = /(?:from|into|update) "?([a-z_]+)"?/.exec(text)?.[1] ?? 'other';
  const verb = text.split(' ', 1)[0];
  if (table === 'idempotency_keys') return verb === 'insert' ? 'key claim' : 'key finish';
  if (table === 'audit_entries') return verb === 'insert' ? 'audit begin' : 'audit complete';
  if (table === 'audit_steps') return 'audit step';
  if (table === 'komet_calls') return 'daily call count';
  if (table === 'sessions') return verb === 'select' ? 'session check' : 'session touch';
  if (table === 'submissions') return 'outbox';
  return `other (${verb} ${table})`;
}

/** The request being answered; the bench sends one at a time to this process. */
let current;
/** A transaction's statements, whose cost is booked to what it was for when it commits. */
let transaction;
const records = [];

function book(purpose, ms) {
  if (!current) return;
  current.sqlite[purpose] = (current.sqlite[purpose] ?? 0) + ms;
}

/**
 * Milestones of an add, in ms since it arrived: the first `… start` and the last `… end` of each,
 * so the bench can split the time between them (the gaps are the app's own JavaScript).
 */
function mark(name, at = performance.now()) {
  if (!current) return;
  if (name.endsWith(' start') && name in current.marks) return;
  current.marks[name] = at - current.started;
}

const MILESTONES = new Set(['session check', 'key claim', 'key finish']);

if (reportFile) {
  process.on('exit', () => writeFileSync(reportFile, JSON.stringify({ pragmas, records })));
}

if (process.env.BENCH_PROFILE === '1') {
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function timedPrepare(source) {
    const started = performance.now();
    try {
      return prepare.call(this, source);
    } finally {
      book('preparing statements', performance.now() - started);
    }
  };
  const probe = new Database(':memory:');
  const Statement = Object.getPrototypeOf(probe.prepare('select 1'));
  probe.close();
  for (const method of ['run', 'get', 'all']) {
    const original = Statement[method];
    Statement[method] = function timed(...args) {
      const purpose = purposeOf(this.source);
      const started = performance.now();
      if (MILESTONES.has(purpose)) mark(`${purpose} start`, started);
      try {
        return original.apply(this, args);
      } finally {
        const ended = performance.now();
        const ms = ended - started;
        if (MILESTONES.has(purpose)) mark(`${purpose} end`, ended);
        if (purpose === 'begin') {
          transaction = { ms, purpose: undefined };
        } else if (purpose === 'commit' || purpose === 'rollback') {
          // The commit is where the write reaches the disk (or not): it belongs to its statements.
          book(`${transaction?.purpose ?? 'other'}`, (transaction?.ms ?? 0) + ms);
          transaction = undefined;
        } else if (transaction) {
          transaction.ms += ms;
          transaction.purpose ??= purpose;
        } else {
          book(purpose, ms);
        }
      }
    };
  }

  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (...args) => {
    const started = performance.now();
    try {
      return write(...args);
    } finally {
      if (current) current.logMs += performance.now() - started;
    }
  };

  // From the request's arrival (its headers parsed) to the app handing its answer to Node
  // (`end`): the socket's 'finish' can come later than the client reading the answer.
  dc.subscribe('http.server.request.start', ({ request, response }) => {
    if (request.method !== 'POST' || !request.url.includes('/contacts')) return;
    current = {
      started: performance.now(),
      cpu: process.cpuUsage(),
      totalMs: 0,
      cpuMs: 0,
      kometMs: 0,
      logMs: 0,
      sqlite: {},
      marks: {},
    };
    records.push(current);
    const record = current;
    const end = response.end;
    response.end = function ended(...args) {
      record.totalMs = performance.now() - record.started;
      const cpu = process.cpuUsage(record.cpu);
      record.cpuMs = (cpu.user + cpu.system) / 1000;
      delete record.started;
      delete record.cpu;
      if (current === record) current = undefined;
      response.end = end;
      return end.apply(this, args);
    };
  });
  dc.subscribe('http.client.request.start', ({ request }) => {
    if (!current) return;
    request.benchStarted = performance.now();
    mark('komet start', request.benchStarted);
  });
  dc.subscribe('http.client.response.finish', ({ request, response }) => {
    const started = request.benchStarted;
    const record = current;
    if (started === undefined || !record) return;
    response.once('end', () => {
      const ended = performance.now();
      record.kometMs += ended - started;
      record.marks['komet end'] = ended - record.started;
    });
  });
}
