import type {
  ImportCounts,
  ImportReportRow,
  ImportRowOutcome,
  ImportStatus,
  RowProblem,
} from '../contract';
import type { ImportRecord, ImportRowRecord, ImportsStore } from '../db/imports';

type Progress = Awaited<ReturnType<ImportsStore['progress']>>;

/** Counts, state and time left of an import, from its rows' places in the outbox. */
export function importStatus(record: ImportRecord, progress: Progress): ImportStatus {
  const of = (state: string) => progress.byState[state] ?? 0;
  const sent = of('sent');
  const refused = of('refused');
  const queued = of('queued') + of('sending');
  const scheduled = of('scheduled');
  const started = Object.values(progress.byState).reduce((sum, rows) => sum + rows, 0);
  const neverStarted = record.state === 'cancelled' ? progress.ready - started : 0;
  const cancelled = of('discarded') + neverStarted;
  const counts: ImportCounts = {
    toSend: progress.ready,
    sent,
    refused,
    queued,
    scheduled,
    remaining: progress.ready - sent - refused - cancelled,
    cancelled,
  };
  return {
    id: record.id,
    state: record.state === 'running' && queued === 0 && scheduled > 0 ? 'scheduled' : record.state,
    username: record.username,
    userName: record.userName,
    ...(record.customerId ? { customerId: record.customerId } : {}),
    ...(record.fileName ? { fileName: record.fileName } : {}),
    createdAt: record.createdAt,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
    counts,
    secondsLeft: secondsLeft(progress, sent + refused, queued),
    resumesAt: scheduled > 0 ? progress.scheduledFrom : null,
  };
}

/** The pace of the rows settled so far, applied to those due now. */
function secondsLeft(progress: Progress, settled: number, due: number): number | null {
  if (due === 0 || settled < 2 || !progress.firstSettledAt || !progress.lastSettledAt) return null;
  const spanMs = Date.parse(progress.lastSettledAt) - Date.parse(progress.firstSettledAt);
  return Math.ceil(((spanMs / (settled - 1)) * due) / 1000);
}

const SUBMISSION_OUTCOMES: Record<string, ImportRowOutcome> = {
  queued: 'queued',
  sending: 'queued',
  scheduled: 'scheduled',
  paused: 'waiting',
  sent: 'sent',
  refused: 'refused',
  discarded: 'cancelled',
};

/** Why the preview kept a row back, as stored with it. */
export type RowNote = { problems: RowProblem[] } | { contactIds: string[] } | { ofRow: number };

/** The note's facts for the client to word, and the English for the CSV and the log. */
function notReady(note: RowNote | null): Partial<ImportReportRow> {
  if (!note) return {};
  if ('problems' in note) {
    const message = note.problems.map((problem) => `${problem.field}: ${problem.message}`);
    return { problems: note.problems, message: message.join('; ') };
  }
  if ('contactIds' in note) {
    const [contactId] = note.contactIds;
    const message = `Already in Komet as contact ${note.contactIds.join(', ')}.`;
    return { ...(contactId ? { contactId } : {}), message };
  }
  return { ofRow: note.ofRow, message: `Same person as row ${note.ofRow}.` };
}

/** What became of one row, for the report. */
export function reportRow(record: ImportRecord, row: ImportRowRecord): ImportReportRow {
  const base = {
    sheetRow: row.sheetRow,
    cells: row.cells,
    ...(row.customerId ? { customerId: row.customerId } : {}),
  };
  if (row.verdict !== 'ready') {
    const note = row.note === null ? null : (JSON.parse(row.note) as RowNote | null);
    return { ...base, outcome: row.verdict, ...notReady(note) };
  }
  const { submission } = row;
  if (!submission) {
    return { ...base, outcome: record.state === 'cancelled' ? 'cancelled' : 'waiting' };
  }
  return {
    ...base,
    outcome: SUBMISSION_OUTCOMES[submission.state] ?? 'queued',
    ...(submission.contactId ? { contactId: submission.contactId } : {}),
    ...(submission.message ? { message: submission.message } : {}),
  };
}
