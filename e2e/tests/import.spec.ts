import { readFileSync } from 'node:fs';
import { ROSAFLOR, expect, test } from '../fixtures';
import { storageStateFor } from '../roles';
import { expectNoAxeViolations, expectNoSidewaysScroll, PHONE } from '../screens';

// Issue 10: a sales person back from a trade show imports their spreadsheet of buyers.
test.use({ storageState: storageStateFor('sales') });

interface KometContact {
  id: string;
  name: string;
  email?: string;
}

/**
 * 50 rows with Spanish headers, saved by a Latin-American Excel (semicolons, Windows-1252): 42
 * new buyers, 5 that need fixing (3 without a type, 2 with a broken e-mail) and 3 duplicates:
 * the 2 people the customer already has in Komet, and a buyer written down twice.
 */
function tradeShowFile(run: string, known: KometContact[]): Buffer {
  const rows = ['Nombre;Tipo;Correo;Teléfono'];
  for (let i = 0; i < 50; i++) {
    const email = `feria.${run}.${i}@flores.example`;
    if (i === 10 || i === 20 || i === 30) rows.push(`Comprador ${run} ${i};;${email};`);
    else if (i === 40 || i === 41) rows.push(`Comprador ${run} ${i};Buyer;feria-${i}@;`);
    else if (i === 47 || i === 48) {
      const twin = known[i - 47]!;
      rows.push(`${twin.name};Buyer;${twin.email ?? ''};`);
    } else if (i === 49)
      rows.push(`Compradora ${run} 0 Núñez;Buyer;feria.${run}.0@flores.example;`);
    else rows.push(`Compradora ${run} ${i} Núñez;Buyer;${email};+593 2 255 ${1000 + i}`);
  }
  return Buffer.from(`${rows.join('\r\n')}\r\n`, 'latin1');
}

test('when a 50-row file with Spanish headers is imported, then bad rows are fixed in place, the progress shows, and the report lists every row', async ({
  page,
}) => {
  const contacts = async () =>
    (
      (await (await page.request.get(`/api/customers/${ROSAFLOR.id}/contacts`)).json()) as {
        contacts: KometContact[];
      }
    ).contacts;
  const known = (await contacts()).slice(0, 2);
  expect(known).toHaveLength(2);
  const run = String(Date.now()).slice(-6);

  await page.goto(`/customers/${ROSAFLOR.id}`);
  await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Import contacts for ${ROSAFLOR.name}` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Choose a file').setInputFiles({
    name: 'feria-quito.csv',
    mimeType: 'text/csv',
    buffer: tradeShowFile(run, known),
  });
  const counts = page.getByRole('list', { name: 'Rows checked' });
  await expect(counts).toContainText('42 ready to send');
  await expect(counts).toContainText('5 need fixing');
  await expect(counts).toContainText('2 already in Komet');
  await expect(counts).toContainText('1 repeated in the file');
  // The Spanish headers were recognised: names read as names, with their accents.
  await expect(page.getByRole('cell', { name: `Compradora ${run} 1 Núñez` })).toBeVisible();
  await expectNoAxeViolations(page);

  // Two rows fixed in place: a type chosen, an e-mail completed.
  await page.getByLabel('Row 12, Type').fill('Buyer');
  await page.getByLabel('Row 42, E-mail').fill(`feria.${run}.40@flores.example`);
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(counts).toContainText('44 ready to send');
  await expect(counts).toContainText('3 need fixing');
  await expect(page.getByText(/This import sends 44 contacts to Komet/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Start the import' }).click();
  await expect(page).toHaveURL(/\/imports\/\d+$/);
  const bar = page.getByRole('progressbar');
  await expect(bar).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByText('44 of 44 rows sent or refused')).toBeVisible({ timeout: 30_000 });
  await expect(bar).toHaveAttribute('value', '44');
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download report (CSV)' }).click();
  const report = readFileSync(await (await download).path(), 'utf8')
    .trimEnd()
    .split('\r\n');
  expect(report[0]).toBe(
    '\uFEFFNombre;Tipo;Correo;Teléfono;Import result;Komet contact id;Import message',
  );
  expect(report).toHaveLength(51);
  expect(report.filter((line) => line.includes(';Sent to Komet;'))).toHaveLength(44);
  expect(report.filter((line) => line.includes('Not sent: needs fixing'))).toHaveLength(3);
  expect(report.filter((line) => line.includes('Not sent: already in Komet'))).toHaveLength(2);
  expect(report.filter((line) => line.includes('Not sent: same as an earlier row'))).toHaveLength(
    1,
  );

  // In Komet once each: the 42 new buyers and the two fixed rows.
  const after = await contacts();
  for (const i of [0, 10, 40, 46]) {
    expect(
      after.filter((contact) => contact.email === `feria.${run}.${i}@flores.example`),
    ).toHaveLength(1);
  }
});

test('when the import screen is opened on a phone, then it fits without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(`/imports/new?customer=${ROSAFLOR.id}`);
  await expect(page.getByRole('button', { name: 'Check rows' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
});
