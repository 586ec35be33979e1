import { ROSAFLOR, expect, test } from '../fixtures';
import { storageStateFor } from '../roles';
import { PHONE, expectNoSidewaysScroll, expectWithinWidth } from '../screens';

test.describe('a sales person may add contacts but not change them', () => {
  test.use({ storageState: storageStateFor('sales') });

  test('when a customer is opened, then its contacts show without Edit links', async ({ page }) => {
    await page.goto(`/customers/${ROSAFLOR.id}`);
    // Who is signed in is known by now, so a missing link is the role's doing.
    await expect(page.getByRole('banner')).toContainText('Sales demo · Sales');
    await expect(page.getByRole('row', { name: /Carlos Andrade/ })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Add contact' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Edit/ })).toHaveCount(0);
  });

  test('when an edit link is opened anyway, then it says who may change contacts and leads back', async ({
    page,
  }) => {
    const { contacts } = (await (
      await page.request.get(`/api/customers/${ROSAFLOR.id}/contacts`)
    ).json()) as { contacts: { id: string }[] };
    await page.setViewportSize(PHONE);

    await page.goto(`/customers/${ROSAFLOR.id}/contacts/${contacts[0]!.id}/edit`);

    await expect(page.getByRole('alert')).toHaveText(
      /^Only support staff and admins can change contacts\./,
    );
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeHidden();
    const back = page.getByRole('link', { name: 'Back to the customer’s contacts' });
    await expectNoSidewaysScroll(page);
    await expectWithinWidth(page, back);
    await back.click();
    await expect(page.getByRole('heading', { level: 1, name: ROSAFLOR.name })).toBeVisible();
  });

  test('when an admin screen is opened, then it is for admins only and there are no admin links', async ({
    page,
  }) => {
    await page.goto('/admin/users');
    await expect(
      page.getByRole('heading', { name: 'Only admins can open this screen' }),
    ).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Sales demo · Sales');
    await expect(page.getByRole('table', { name: 'Users' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Admin' })).toBeHidden();
  });
});

test.describe('support staff do not manage users', () => {
  test('when /admin/users is opened, then it is for admins only, with a way on', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/admin/users');
    await expect(
      page.getByRole('heading', { name: 'Only admins can open this screen' }),
    ).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Support demo · Support');
    await expect(page.getByRole('navigation', { name: 'Admin' })).toBeHidden();
    await expectNoSidewaysScroll(page);
    const onward = page.getByRole('main').getByRole('link', { name: 'Go to Add a contact' });
    await expectWithinWidth(page, onward);
    await onward.click();
    await expect(page.getByRole('heading', { name: 'Add a contact' })).toBeVisible();
  });
});

test.describe('an admin sees the admin screens', () => {
  test.use({ storageState: storageStateFor('admin') });

  test('when signed in as admin, then the header links to users, audit trail and usage', async ({
    page,
  }) => {
    await page.goto('/');
    const admin = page.getByRole('navigation', { name: 'Admin' });
    await expect(admin.getByRole('link')).toHaveText(['Users', 'Audit trail', 'Komet usage']);

    await admin.getByRole('link', { name: 'Audit trail' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
    await expect(admin.getByRole('link', { name: 'Audit trail' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});
