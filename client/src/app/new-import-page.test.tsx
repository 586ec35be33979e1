import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportStart } from '@komet-contacts/server/contract';
import { setLocale } from '../i18n/runtime';
import {
  buildImportDetail,
  buildImportPreview,
  readyRow,
  serveImport,
  servePreviews,
} from '../testing/imports';
import { problem, server } from '../testing/msw-server';
import { renderApp } from '../testing/render';

const CSV = 'Nombre,Tipo,Correo\nAna Gómez,Buyer,ana@rosaflor.example\n';
const csvFile = (text = CSV, name = 'compradores.csv') =>
  new File([text], name, { type: 'text/csv' });
const base64Of = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function openForRosaflor() {
  const view = renderApp('/imports/new?customer=4242');
  await screen.findByRole('heading', {
    level: 1,
    name: 'Import contacts for Rosaflor Ecuador S.A.',
  });
  return view;
}

/** Records each POST /api/imports/:id/start body and answers `answer` for it. */
function serveStart(answer: (body: ImportStart) => Response) {
  const bodies: ImportStart[] = [];
  server.use(
    http.post('/api/imports/:id/start', async ({ request }) => {
      const body = (await request.json()) as ImportStart;
      bodies.push(body);
      return answer(body);
    }),
  );
  return bodies;
}

afterEach(() => setLocale('en'));

describe('/imports/new?customer=, choosing and checking the rows', () => {
  it('when a file is chosen, then its bytes are posted in base64 and the preview shows the counts and a badge per row', async () => {
    const bodies = servePreviews();
    const { user } = await openForRosaflor();
    expect(screen.getByText(/Up to 5,000 rows and 5 MB per import/)).toBeVisible();

    await user.upload(screen.getByLabelText('Choose a file'), csvFile());

    await screen.findByRole('heading', { name: 'Check the rows' });
    expect(bodies).toEqual([
      { customerId: '4242', file: { name: 'compradores.csv', base64: base64Of(CSV) } },
    ]);
    const counts = screen.getByRole('list', { name: 'Rows checked' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '2 ready to send',
      '1 needs fixing',
      '0 already in Komet',
      '0 repeated in the file',
    ]);
    const fix = screen.getByRole('row', { name: /^3 / });
    expect(fix).toHaveTextContent('Needs fixing');
    expect(fix).toHaveTextContent('E-mail: Enter a valid e-mail address, like name@example.com');
    expect(screen.getByRole('row', { name: /^2 Ana Gómez/ })).toHaveTextContent('Ready');
    expect(
      screen.getByText(
        'This import sends 2 contacts to Komet: 2 of today’s remaining 780 Komet calls.',
        { exact: false },
      ),
    ).toBeVisible();
  });

  it('when a file is dropped on the drop zone, then it is checked like a chosen one', async () => {
    const bodies = servePreviews();
    await openForRosaflor();

    fireEvent.drop(screen.getByRole('group', { name: 'Drop a CSV file here, or' }), {
      dataTransfer: { files: [csvFile()] },
    });

    await screen.findByRole('heading', { name: 'Check the rows' });
    expect(bodies[0]?.file?.base64).toBe(base64Of(CSV));
  });

  it('when the file is over 5 MB, then it is refused before any upload, saying what to do', async () => {
    const bodies = servePreviews();
    const { user } = await openForRosaflor();
    const big = new File([new Uint8Array(6.5 * 1024 * 1024)], 'todos.csv', { type: 'text/csv' });

    await user.upload(screen.getByLabelText('Choose a file'), big);

    expect(screen.getByRole('alert')).toHaveTextContent(
      'todos.csv is 6.5 MB, more than the 5 MB an import takes, so it was not sent. Split it into smaller files',
    );
    expect(bodies).toEqual([]);
  });

  it('when rows are pasted and checked, then they are posted as pasted text', async () => {
    const bodies = servePreviews();
    const { user } = await openForRosaflor();

    await user.click(screen.getByLabelText('Or paste rows'));
    await user.paste('Nombre\tTipo\nAna\tBuyer');
    await user.click(screen.getByRole('button', { name: 'Check rows' }));

    await screen.findByRole('heading', { name: 'Check the rows' });
    expect(bodies).toEqual([{ customerId: '4242', pasted: 'Nombre\tTipo\nAna\tBuyer' }]);
  });

  it('when a column’s field is changed, then the rows are sent back with that mapping, and the next file with the same headers gets it', async () => {
    const bodies = servePreviews((body) =>
      buildImportPreview(body.mapping ? { id: 'p2', mapping: body.mapping } : {}),
    );
    const { user } = await openForRosaflor();
    await user.upload(screen.getByLabelText('Choose a file'), csvFile());
    await screen.findByRole('heading', { name: 'Check the rows' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Correo' }), 'Description');

    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toEqual({
      customerId: '4242',
      table: {
        headers: ['Nombre', 'Tipo', 'Correo'],
        delimiter: ',',
        rows: [
          { sheetRow: 2, cells: ['Ana Gómez', 'Buyer', 'ana@rosaflor.example'] },
          { sheetRow: 3, cells: ['Luis Paz', 'Buyer', 'luis-at-rosaflor'] },
          { sheetRow: 4, cells: ['Marta Ríos', 'A/P', 'marta@rosaflor.example'] },
        ],
      },
      mapping: { name: 0, type: 1, description: 2 },
    });
    expect(await screen.findByRole('columnheader', { name: 'Description Correo' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Choose another file' }));
    const nextMonth = 'Nombre,Tipo,Correo\nJuan Vera,Buyer,juan@rosaflor.example\n';
    await user.upload(screen.getByLabelText('Choose a file'), csvFile(nextMonth, 'diciembre.csv'));

    await waitFor(() => expect(bodies).toHaveLength(3));
    expect(bodies[2]).toEqual({
      customerId: '4242',
      file: { name: 'diciembre.csv', base64: base64Of(nextMonth) },
      mapping: { name: 0, type: 1, description: 2 },
    });
  });

  it('when a cell that needs fixing is corrected and checked again, then the fixed cell is sent and the new verdicts show', async () => {
    const bodies = servePreviews((body) =>
      body.table
        ? buildImportPreview({
            id: 'p2',
            rows: body.table.rows.map((row) => readyRow(row.sheetRow, row.cells)),
          })
        : buildImportPreview(),
    );
    const { user } = await openForRosaflor();
    await user.upload(screen.getByLabelText('Choose a file'), csvFile());
    const email = await screen.findByRole('textbox', { name: 'Row 3, E-mail' });
    expect(email).toHaveAttribute('aria-invalid', 'true');

    await user.clear(email);
    await user.type(email, 'luis@rosaflor.example');

    expect(screen.getByRole('button', { name: 'Start the import' })).toBeDisabled();
    expect(
      screen.getByText('You changed some rows: check them again before you start.'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Check again' }));

    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]?.table?.rows[1]).toEqual({
      sheetRow: 3,
      cells: ['Luis Paz', 'Buyer', 'luis@rosaflor.example'],
    });
    expect(bodies[1]?.mapping).toEqual({ name: 0, type: 1, email: 2 });
    expect(await screen.findByText('3 ready to send')).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Row 3, E-mail' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start the import' })).toBeEnabled();
  });

  it('when no row is ready, then Start is disabled and says why', async () => {
    servePreviews(() =>
      buildImportPreview({
        rows: buildImportPreview().rows.filter((row) => row.verdict.kind === 'needs-fixing'),
      }),
    );
    const { user } = await openForRosaflor();
    await user.upload(screen.getByLabelText('Choose a file'), csvFile());

    const start = await screen.findByRole('button', { name: 'Start the import' });
    expect(start).toBeDisabled();
    expect(start).toHaveAccessibleDescription(
      'No row is ready to send. Fix the rows marked “Needs fixing” and check them again.',
    );
  });

  it('when a file has hundreds of rows, then 200 show at a time, those that need fixing first', async () => {
    const many = Array.from({ length: 450 }, (_, index) =>
      readyRow(index + 2, [`Person ${index}`, 'Buyer', `p${index}@example.com`]),
    );
    const broken = { ...buildImportPreview().rows[1]!, sheetRow: 452 };
    servePreviews(() => buildImportPreview({ rows: [...many, broken] }));
    const { user } = await openForRosaflor();
    await user.upload(screen.getByLabelText('Choose a file'), csvFile());

    await screen.findByRole('heading', { name: 'Check the rows' });
    const bodyRows = () => screen.getAllByRole('row').slice(1);
    expect(bodyRows()).toHaveLength(200);
    expect(bodyRows()[0]).toHaveAccessibleName(/^452 /);
    await user.click(screen.getByRole('button', { name: 'Show 200 more' }));
    expect(bodyRows()).toHaveLength(400);
    expect(screen.getByText('Showing 400 of 451 rows.')).toBeVisible();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'needs-fixing');
    expect(bodyRows()).toHaveLength(1);
  });
});

describe('/imports/new?customer=, sending', () => {
  it('when the import needs more Komet calls than remain today, then it offers the rest after midnight UTC and starts with that choice', async () => {
    servePreviews(() =>
      buildImportPreview({
        kometCalls: { preview: 0, toSend: 2, usedToday: 899, dailyLimit: 1000, remainingToday: 1 },
      }),
    );
    const starts = serveStart(() =>
      HttpResponse.json(buildImportDetail({ id: 'imp-7', state: 'running' })),
    );
    serveImport(buildImportDetail({ id: 'imp-7' }));
    const { user } = await openForRosaflor();
    await user.upload(screen.getByLabelText('Choose a file'), csvFile());

    expect(
      await screen.findByText(
        /This import needs 2 Komet calls, but only 1 remain for imports today\. Nothing has been sent\./,
      ),
    ).toHaveTextContent(/midnight UTC, when the count starts again: .+ your time\./);
    expect(screen.queryByRole('button', { name: 'Start the import' })).not.toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Send 1 now, the rest after midnight UTC' }),
    );

    await waitFor(() => expect(window.location.pathname).toBe('/imports/imp-7'));
    expect(starts).toEqual([{ rest: 'after-midnight' }]);
    expect(await screen.findByRole('progressbar')).toBeVisible();
  });

  it('when the calls were used by others since the check, then the refusal explains it and offers the same choice', async () => {
    servePreviews();
    const starts = serveStart((body) =>
      body.rest
        ? HttpResponse.json(buildImportDetail({ id: 'imp-7' }))
        : HttpResponse.json(
            {
              type: 'about:blank',
              title: 'Over budget',
              status: 409,
              detail: 'The import needs 2 Komet calls; 1 remains today.',
              code: 'import-over-budget',
              needed: 2,
              remainingToday: 1,
              resumesAt: '2026-11-30T00:00:00.000Z',
            },
            { status: 409, headers: { 'content-type': 'application/problem+json' } },
          ),
    );
    serveImport(buildImportDetail({ id: 'imp-7' }));
    const { user } = await openForRosaflor();
    await user.upload(screen.getByLabelText('Choose a file'), csvFile());

    await user.click(await screen.findByRole('button', { name: 'Start the import' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Komet calls were used while you checked the file: this import needs 2 and only 1 remain for imports today. Nothing has been sent.',
    );
    await user.click(
      screen.getByRole('button', { name: 'Send 1 now, the rest after midnight UTC' }),
    );
    await waitFor(() => expect(window.location.pathname).toBe('/imports/imp-7'));
    expect(starts).toEqual([{}, { rest: 'after-midnight' }]);
  });
});

describe('ways in', () => {
  it('when the customer page’s import link is followed, then the import for that customer opens', async () => {
    servePreviews();
    const { user } = renderApp('/customers/4242');

    await user.click(await screen.findByRole('link', { name: 'Import from a spreadsheet' }));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Import contacts for Rosaflor Ecuador S.A.',
      }),
    ).toBeVisible();
    expect(window.location.pathname + window.location.search).toBe('/imports/new?customer=4242');
  });

  it('when the Customers screen’s import link is followed, then the import for many customers opens', async () => {
    servePreviews();
    const { user } = renderApp('/customers');

    await user.click(
      await screen.findByRole('link', { name: 'Import contacts for many customers' }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Import contacts for many customers' }),
    ).toBeVisible();
    expect(window.location.pathname).toBe('/imports/new');
  });
});

describe('/imports/new', () => {
  it('when no column holds the customer, then the server’s refusal is explained and the column can be chosen', async () => {
    const bodies = servePreviews((body) => buildImportPreview({ mapping: body.mapping ?? {} }));
    server.use(
      http.post('/api/imports', async ({ request }) => {
        const body = (await request.clone().json()) as { mapping?: unknown };
        if (body.mapping) return undefined; // the recording handler answers
        bodies.push(body as never);
        return problem({
          status: 400,
          code: 'import-no-customer-column',
          title: 'Which customer?',
          detail: 'Choose the column that holds each row’s customer code or id.',
        });
      }),
    );
    const { user } = renderApp('/imports/new');
    await screen.findByRole('heading', { level: 1, name: 'Import contacts for many customers' });
    await user.click(screen.getByLabelText('Or paste rows'));
    await user.paste('Cliente\tNombre\nROSAFLOR\tAna');
    await user.click(screen.getByRole('button', { name: 'Check rows' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was sent: no column says which customer each row is for.',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cliente' }), 'Customer code');

    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toEqual({
      pasted: 'Cliente\tNombre\nROSAFLOR\tAna',
      mapping: { customerCode: 0 },
    });
    expect(await screen.findByRole('heading', { name: 'Check the rows' })).toBeVisible();
  });

  it('when the reader chose Spanish, then the preview reads in Spanish', async () => {
    await setLocale('es');
    servePreviews();
    const { user } = renderApp('/imports/new?customer=4242');
    await screen.findByRole('heading', {
      level: 1,
      name: 'Importar contactos para Rosaflor Ecuador S.A.',
    });

    await user.upload(screen.getByLabelText('Elegir un archivo'), csvFile());

    const fix = await screen.findByRole('row', { name: /^3 / });
    expect(fix).toHaveTextContent('Requiere corrección');
    expect(fix).toHaveTextContent(
      'Correo electrónico: Escriba un correo electrónico válido, como nombre@ejemplo.com',
    );
    expect(screen.getByRole('textbox', { name: 'Fila 3, Correo electrónico' })).toBeVisible();
  });
});
