import { http, HttpResponse } from 'msw';
import type {
  ImportDetail,
  ImportPreview,
  ImportRequest,
  ImportStatus,
  PreviewRow,
} from '@komet-contacts/server/contract';
import { buildContactInput } from '@komet-contacts/server/contract/testing';
import { ROSAFLOR, server, SUPPORT_USER } from './msw-server';

export const IMPORT_HEADERS = ['Nombre', 'Tipo', 'Correo'];

/** A row the preview found ready to send. */
export function readyRow(sheetRow: number, cells: string[]): PreviewRow {
  const [name = '', type = '', email] = cells;
  return {
    sheetRow,
    cells,
    customerId: ROSAFLOR.id,
    verdict: { kind: 'ready', contact: buildContactInput({ name, type, email }) },
  };
}

/** A preview of three rows for Rosaflor: two ready, one whose e-mail needs fixing. */
export function buildImportPreview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  const rows: PreviewRow[] = overrides.rows ?? [
    readyRow(2, ['Ana Gómez', 'Buyer', 'ana@rosaflor.example']),
    {
      sheetRow: 3,
      cells: ['Luis Paz', 'Buyer', 'luis-at-rosaflor'],
      customerId: ROSAFLOR.id,
      verdict: {
        kind: 'needs-fixing',
        problems: [
          { field: 'email', message: 'Enter a valid e-mail address, like name@example.com' },
        ],
      },
    },
    readyRow(4, ['Marta Ríos', 'A/P', 'marta@rosaflor.example']),
  ];
  const counts = { ready: 0, 'needs-fixing': 0, duplicate: 0, 'duplicate-in-file': 0 };
  for (const row of rows) counts[row.verdict.kind] += 1;
  return {
    id: 'p1',
    delimiter: ',',
    headers: IMPORT_HEADERS,
    mapping: { name: 0, type: 1, email: 2 },
    rows,
    counts,
    kometCalls: {
      preview: 1,
      toSend: counts.ready,
      usedToday: 120,
      dailyLimit: 1000,
      remainingToday: 780,
    },
    ...overrides,
  };
}

/** A running import of 45 rows for Rosaflor, started by the default (support) user. */
export function buildImportStatus(overrides: Partial<ImportStatus> = {}): ImportStatus {
  return {
    id: 'imp-7',
    state: 'running',
    username: SUPPORT_USER.username,
    userName: SUPPORT_USER.name,
    customerId: ROSAFLOR.id,
    fileName: 'compradores.csv',
    createdAt: '2026-11-29T10:00:00.000Z',
    startedAt: '2026-11-29T10:01:00.000Z',
    finishedAt: null,
    counts: {
      toSend: 45,
      sent: 12,
      refused: 3,
      queued: 30,
      scheduled: 0,
      remaining: 30,
      cancelled: 0,
    },
    secondsLeft: 240,
    resumesAt: null,
    ...overrides,
  };
}

export function buildImportDetail(overrides: Partial<ImportDetail> = {}): ImportDetail {
  return {
    ...buildImportStatus(),
    headers: IMPORT_HEADERS,
    rows: [
      {
        sheetRow: 2,
        cells: ['Ana Gómez', 'Buyer', 'ana@rosaflor.example'],
        outcome: 'sent',
        contactId: '9001',
      },
      {
        sheetRow: 3,
        cells: ['Luis Paz', 'Logistics', 'luis@rosaflor.example'],
        outcome: 'refused',
        message: 'Contact type Logistics does not exist',
      },
    ],
    ...overrides,
  };
}

/**
 * POST /api/imports answers each body with `answer(body)` (by default the same preview) and
 * records the bodies; GET /api/imports lists no import yet.
 */
export function servePreviews(
  answer: (body: ImportRequest) => ImportPreview = () => buildImportPreview(),
) {
  const bodies: ImportRequest[] = [];
  server.use(
    http.post('/api/imports', async ({ request }) => {
      const body = (await request.json()) as ImportRequest;
      bodies.push(body);
      return HttpResponse.json(answer(body));
    }),
    http.get('/api/imports', () => HttpResponse.json([])),
  );
  return bodies;
}

/** GET /api/imports/:id answers `detail`. */
export function serveImport(detail: ImportDetail) {
  server.use(
    http.get(`/api/imports/${detail.id}`, () => HttpResponse.json(detail)),
    http.get('/api/imports', () => HttpResponse.json([])),
  );
}

/**
 * The browser's EventSource, enough of it for the progress screen: the test sends each event
 * with `emit`. Installed with vi.stubGlobal; `opened` holds every stream the screen opened.
 */
export class FakeEventSource extends EventTarget {
  static opened: FakeEventSource[] = [];
  closed = false;
  constructor(readonly url: string) {
    super();
    FakeEventSource.opened.push(this);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: unknown) {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}
