import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry, AuditStep } from '@komet-contacts/server/contract';
import { setLocale } from '../i18n/runtime';
import { server, signedInAs } from '../testing/msw-server';
import { renderApp } from '../testing/render';

const ENTRY: AuditEntry = {
  id: '31',
  at: '2026-11-29T15:04:00.000Z',
  username: 'sofia',
  userName: 'Sofía Ruiz',
  customerId: '4242',
  customerName: 'Rosaflor Ecuador S.A.',
  contactId: '501',
  action: 'update',
  fields: { name: 'Carlos Andrade', phone: '+593 2 255 0101' },
  before: { name: 'Carlos Andrade' },
  outcome: 'failed',
  message: 'Komet did not answer.',
  completedAt: '2026-11-29T15:04:15.000Z',
  steps: [],
};

/** An add that waited in the outbox; its last step has a code this client does not know. */
const QUEUED_ADD: AuditEntry = {
  ...ENTRY,
  id: '30',
  contactId: '502',
  action: 'add',
  fields: { name: 'Lucía Paredes', type: 'Buyer' },
  before: null,
  outcome: 'saved',
  message: 'Contact was successfully saved',
  steps: [
    {
      at: '2026-11-29T15:04:15.000Z',
      kind: 'komet-failed',
      code: 'komet-failed',
      data: {
        cause: 'timeout',
        reason: 'Komet did not answer customer.contact.add within 15000 ms',
      },
      message: 'Komet did not answer customer.contact.add within 15000 ms',
    },
    {
      at: '2026-11-29T15:06:00.000Z',
      kind: 'sent',
      code: 'retry-sent',
      data: { attempt: 1, contactId: '502' },
      message: 'Attempt 1: sent to Komet, saved as 502.',
    },
    {
      at: '2026-11-29T15:07:00.000Z',
      kind: 'sent',
      code: 'retry-teleported',
      data: {},
      message: 'Attempt 2: teleported.',
    } as unknown as AuditStep,
  ],
};

/** Answers the trail with these entries, one page, and notes each query string asked. */
function trailOf(entries: AuditEntry[]) {
  const asked: string[] = [];
  server.use(
    http.get('/api/audit', ({ request }) => {
      asked.push(new URL(request.url).search);
      return HttpResponse.json({ entries, next: null });
    }),
  );
  return asked;
}

/** Opens an entry's "How it got there" as a reader would; each line is a time, then a sentence. */
async function expectSteps(
  user: ReturnType<typeof renderApp>['user'],
  row: HTMLElement,
  sentences: string[],
) {
  const steps = within(row).getByRole('group');
  await user.click(within(steps).getByText(/\(3 (steps|pasos)\)/));
  const lines = within(steps).getAllByRole('listitem');
  expect(lines).toHaveLength(sentences.length);
  lines.forEach((line, index) => expect(line).toHaveTextContent(sentences[index]!));
}

afterEach(() => setLocale('en'));

describe('/admin/audit', () => {
  it('when filters are applied, then the entries and the URL follow them', async () => {
    signedInAs('admin');
    const asked = trailOf([ENTRY]);
    const { user } = renderApp('/admin/audit');
    expect(await screen.findByRole('heading', { name: 'Audit trail' })).toBeInTheDocument();
    await screen.findByRole('rowheader', { name: /Changed Carlos Andrade/ });

    const filters = screen.getByRole('search', { name: 'Filter the audit trail' });
    await user.type(within(filters).getByLabelText('Username'), 'sofia');
    await user.selectOptions(within(filters).getByLabelText('Outcome'), 'failed');
    await user.click(within(filters).getByRole('button', { name: 'Show entries' }));

    const row = await screen.findByRole('row', { name: /Changed Carlos Andrade/ });
    expect(row).toHaveTextContent('Phone: (empty) → +593 2 255 0101');
    expect(row).toHaveTextContent('Not saved: Komet did not answer.');
    expect(within(row).getByRole('link', { name: /Rosaflor/ })).toHaveAttribute(
      'href',
      '/customers/4242',
    );
    expect(window.location.search).toBe('?user=sofia&outcome=failed');
    expect(asked).toEqual(['?limit=50', '?user=sofia&outcome=failed&limit=50']);
    expect(document.title).toBe('Audit trail · Komet Contacts');
  });

  it('when an entry took several steps, then each is a sentence in English, and an unknown one reads as the server wrote it', async () => {
    signedInAs('admin');
    trailOf([QUEUED_ADD]);
    const { user } = renderApp('/admin/audit');
    const row = await screen.findByRole('row', { name: /Added Lucía Paredes/ });

    await expectSteps(user, row, [
      'First attempt: Komet did not answer in time.',
      'Attempt 1: sent to Komet, saved as contact 502.',
      'Attempt 2: teleported.',
    ]);
  });

  it('when the reader chose Spanish, then the steps are in Spanish', async () => {
    await setLocale('es');
    signedInAs('admin');
    trailOf([QUEUED_ADD]);
    const { user } = renderApp('/admin/audit');
    const row = await screen.findByRole('row', { name: /Contacto agregado: Lucía Paredes/ });

    await expectSteps(user, row, [
      'Primer intento: Komet no respondió a tiempo.',
      'Intento 1: enviado a Komet, guardado como contacto 502.',
      'Attempt 2: teleported.',
    ]);
  });
});

describe('/admin/audit CSV download', () => {
  const created: Blob[] = [];
  const saved: string[] = [];
  beforeEach(() => {
    // The download alone is stubbed: jsdom can neither make blob: URLs nor save files.
    class DownloadableURL extends URL {
      static override createObjectURL(blob: Blob) {
        created.push(blob);
        return 'blob:audit';
      }
      static override revokeObjectURL() {}
    }
    vi.stubGlobal('URL', DownloadableURL);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    created.length = 0;
    saved.length = 0;
  });

  /** The saved file's lines, decoded keeping the byte order mark (Blob.text() drops it). */
  async function savedLines() {
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatch(/^komet-contacts-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(created[0]?.type).toBe('text/csv;charset=utf-8');
    const bytes = await created[0]!.arrayBuffer();
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).split('\r\n');
  }

  it('when Download CSV is pressed, then the file holds the filtered entries under English headers', async () => {
    signedInAs('admin');
    const asked = trailOf([QUEUED_ADD]);
    const { user } = renderApp('/admin/audit?action=add');
    await screen.findByRole('row', { name: /Added Lucía Paredes/ });

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));

    const [header, first] = await savedLines();
    expect(header).toBe(
      '\uFEFFDate and time (UTC),Username,User,Customer id,Customer,Contact id,Action,Outcome,Message,Fields sent,Values before,Steps',
    );
    expect(first).toMatch(
      /^2026-11-29T15:04:00\.000Z,sofia,Sofía Ruiz,4242,.*,502,Add,Saved in Komet,/,
    );
    expect(asked.at(-1)).toBe('?action=add&limit=1000');
  });

  it('when the reader chose Spanish, then the file’s headers and words are Spanish', async () => {
    await setLocale('es');
    signedInAs('admin');
    trailOf([QUEUED_ADD]);
    const { user } = renderApp('/admin/audit');
    await screen.findByRole('row', { name: /Contacto agregado: Lucía Paredes/ });

    await user.click(screen.getByRole('button', { name: 'Descargar CSV' }));

    const [header, first] = await savedLines();
    expect(header).toBe(
      '\uFEFFFecha y hora (UTC),Nombre de usuario,Usuario,ID de cliente,Cliente,ID de contacto,Acción,Resultado,Mensaje,Campos enviados,Valores anteriores,Pasos',
    );
    expect(first).toContain(',502,Agregar,Guardado en Komet,');
  });

  it('when the trail cannot be read, then the reason shows and nothing is saved', async () => {
    signedInAs('admin');
    trailOf([QUEUED_ADD]);
    const { user } = renderApp('/admin/audit');
    await screen.findByRole('row', { name: /Added Lucía Paredes/ });
    server.use(http.get('/api/audit', () => HttpResponse.error()));

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file could not be made. Check your connection and try again.',
    );
    expect(saved).toEqual([]);
  });
});
