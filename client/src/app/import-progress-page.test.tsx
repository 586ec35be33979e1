import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportDetail } from '@komet-contacts/server/contract';
import { setLocale } from '../i18n/runtime';
import { buildImportDetail, buildImportStatus, FakeEventSource } from '../testing/imports';
import { server, signedInAs } from '../testing/msw-server';
import { renderApp } from '../testing/render';

/** GET /api/imports/:id answers whatever `current` holds at the time, as the server would. */
function serveCurrent(detail: ImportDetail) {
  const served = { current: detail };
  server.use(
    http.get(`/api/imports/${detail.id}`, () => HttpResponse.json(served.current)),
    http.get('/api/imports', () => HttpResponse.json([])),
  );
  return served;
}

/** Records which of pause, start and cancel was asked for; the import takes the state it leads to. */
function serveChanges(served: { current: ImportDetail }) {
  const asked: string[] = [];
  const states = { pause: 'paused', start: 'running', cancel: 'cancelled' } as const;
  server.use(
    http.post('/api/imports/:id/:action', ({ params }) => {
      const action = String(params.action) as keyof typeof states;
      asked.push(action);
      served.current = { ...served.current, state: states[action] };
      return HttpResponse.json(served.current);
    }),
  );
  return asked;
}

beforeEach(() => {
  FakeEventSource.opened = [];
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await setLocale('en');
});

describe('/imports/:id progress', () => {
  it('when the import runs, then its counts show, and an event from the server moves them on', async () => {
    const detail = buildImportDetail();
    const served = serveCurrent(detail);
    renderApp('/imports/imp-7');

    const bar = await screen.findByRole('progressbar', { name: '15 of 45 rows sent or refused' });
    expect(bar).toHaveAttribute('value', '15');
    expect(bar).toHaveAttribute('max', '45');
    const figures = () =>
      screen
        .getAllByRole('definition')
        .map((figure) => figure.previousSibling?.textContent + ' ' + figure.textContent);
    expect(figures()).toEqual([
      'Sent to Komet 12',
      'Refused by Komet 3',
      'Being sent 30',
      'After midnight UTC 0',
      'Still to send 30',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Sending the contacts to Komet.');
    expect(screen.getByText(/About 4 minutes left\./)).toBeVisible();
    const stream = FakeEventSource.opened[0]!;
    expect(stream.url).toBe('/api/imports/imp-7/events');

    act(() =>
      stream.emit('status', {
        ...buildImportStatus(),
        counts: { ...detail.counts, sent: 30, queued: 12, remaining: 12 },
        secondsLeft: 50,
      }),
    );
    expect(
      await screen.findByRole('progressbar', { name: '33 of 45 rows sent or refused' }),
    ).toBeVisible();
    expect(screen.getByText(/Less than a minute left\./)).toBeVisible();

    const finished = {
      ...buildImportStatus(),
      state: 'done' as const,
      counts: { ...detail.counts, sent: 42, queued: 0, remaining: 0 },
      secondsLeft: null,
    };
    served.current = { ...detail, ...finished };
    act(() => stream.emit('status', finished));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Done: every ready row was sent to Komet or refused by it.',
      ),
    );
    expect(screen.getByRole('heading', { name: 'Report' })).toBeVisible();
    expect(stream.closed).toBe(true);
  });

  it('when the importer opens it, then Pause and Cancel are there; pausing shows Continue, and cancelling asks first', async () => {
    const asked = serveChanges(serveCurrent(buildImportDetail()));
    const { user } = renderApp('/imports/imp-7');

    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Cancel the import' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Cancel this import?' });
    expect(dialog).toHaveAccessibleDescription(
      'The 30 rows not sent yet will not be sent. Rows already sent stay in Komet: cancelling does not remove them.',
    );
    expect(asked).toEqual(['pause', 'start']);
    await user.click(within(dialog).getByRole('button', { name: 'Yes, cancel the import' }));

    await waitFor(() => expect(asked).toEqual(['pause', 'start', 'cancel']));
    expect(await screen.findByText(/^Cancelled: nothing more will be sent/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
  });

  it('when another sales user opens it, then they follow it without Pause or Cancel', async () => {
    signedInAs('sales');
    serveCurrent(buildImportDetail());
    renderApp('/imports/imp-7');

    expect(await screen.findByRole('progressbar')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Download report (CSV)' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel the import' })).not.toBeInTheDocument();
  });

  it('when an admin who did not start it opens it, then Pause and Cancel are there', async () => {
    signedInAs('admin');
    serveCurrent(buildImportDetail());
    renderApp('/imports/imp-7');

    expect(await screen.findByRole('button', { name: 'Pause' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Cancel the import' })).toBeVisible();
  });
});

describe('/imports/:id report', () => {
  it('when rows were sent and refused, then each shows its outcome, and the report downloads in English', async () => {
    serveCurrent(buildImportDetail({ state: 'done' }));
    renderApp('/imports/imp-7');

    const refused = await screen.findByRole('row', { name: /^3 Luis Paz/ });
    expect(refused).toHaveTextContent('Refused by Komet');
    expect(refused).toHaveTextContent('Komet said: Contact type Logistics does not exist');
    expect(screen.getByRole('row', { name: /^2 Ana Gómez/ })).toHaveTextContent(
      'In KometKomet contact 9001',
    );
    expect(screen.getByRole('link', { name: 'Download report (CSV)' })).toHaveAttribute(
      'href',
      '/api/imports/imp-7/report.csv?lang=en',
    );
    expect(
      screen.getByText('Refused rows can be fixed in the downloaded file and imported again.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Start a new import' })).toHaveAttribute(
      'href',
      '/imports/new?customer=4242',
    );
    expect(FakeEventSource.opened).toEqual([]);
  });

  it('when rows were kept back, then the report says why in the reader’s words, not the server’s English', async () => {
    await setLocale('es');
    serveCurrent(
      buildImportDetail({
        state: 'done',
        rows: [
          {
            sheetRow: 4,
            cells: ['Sin Tipo', '', 'sin@rosaflor.example'],
            outcome: 'needs-fixing',
            problems: [{ field: 'type', message: 'Required' }],
            message: 'type: Required',
          },
          {
            sheetRow: 5,
            cells: ['Ana Gómez', 'Buyer', 'ana@rosaflor.example'],
            outcome: 'duplicate-in-file',
            ofRow: 2,
            message: 'Same person as row 2.',
          },
        ],
      }),
    );
    renderApp('/imports/imp-7');

    const fixing = await screen.findByRole('row', { name: /^4 Sin Tipo/ });
    expect(fixing).toHaveTextContent('Tipo: Obligatorio');
    expect(fixing).not.toHaveTextContent('type: Required');
    const twin = screen.getByRole('row', { name: /^5 Ana Gómez/ });
    expect(twin).not.toHaveTextContent('Same person as row 2.');
    expect(twin).toHaveTextContent(/fila 2/);
  });

  it('when the reader chose Spanish, then the screen and the downloaded report are in Spanish', async () => {
    await setLocale('es');
    serveCurrent(buildImportDetail({ state: 'done' }));
    renderApp('/imports/imp-7');

    expect(await screen.findByRole('link', { name: 'Descargar informe (CSV)' })).toHaveAttribute(
      'href',
      '/api/imports/imp-7/report.csv?lang=es',
    );
    expect(screen.getByRole('row', { name: /^3 Luis Paz/ })).toHaveTextContent(
      'Rechazado por Komet',
    );
  });
});
