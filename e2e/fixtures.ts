import { test as base, expect, type Page } from '@playwright/test';

/** A customer of the simulator's seed that already has contacts. */
export const ROSAFLOR = { id: '4242', name: 'Rosaflor Ecuador S.A.', code: 'ROSAFLOR' } as const;
/** A customer whose id has 20 digits, past what a JavaScript number holds exactly. */
export const EVORA = { id: '98765432109876543210', name: 'Évora Garden Imports' } as const;

export class AddContactScreen {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Add a contact' })).toBeVisible();
  }

  get customer() {
    return this.page.getByRole('combobox', { name: 'Customer' });
  }

  /** A field by its label; required fields' labels end with a visual " *". */
  field(label: string | RegExp) {
    if (label instanceof RegExp) return this.page.getByLabel(label);
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
  }

  get save() {
    return this.page.getByRole('button', { name: /save contact/i });
  }

  async pickCustomer(typed: string, name: string) {
    await this.customer.fill(typed);
    await this.page.getByRole('option', { name: new RegExp(name) }).click();
    await expect(this.customer).toHaveValue(name);
  }
}

export const test = base.extend<{ addContact: AddContactScreen }>({
  addContact: async ({ page }, use) => {
    const screen = new AddContactScreen(page);
    await screen.open();
    await use(screen);
  },
});

export { expect };
