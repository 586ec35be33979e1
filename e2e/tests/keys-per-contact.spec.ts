import {
  firstContact,
  GOAL_FIRST_EXTRA_KEYS,
  GOAL_NEXT_EXTRA_KEYS,
  nextContact,
} from '../../server/bench/keys-per-contact';
import { storageStateFor } from '../roles';
import { expect, test } from '../fixtures';

// Issue 8's goals, in keys a sales person presses; `npm run bench` prints the same flow's figures.
test.use({ storageState: storageStateFor('sales') });

const record = (keys: { typed: number; other: number }) =>
  test.info().annotations.push({
    type: 'keys',
    description: `${keys.typed} typed + ${keys.other} other`,
  });

test('when a contact is added for a customer found by name, then it costs the typed characters and at most 5 other keys', async ({
  page,
}) => {
  const name = 'Keys First';
  const email = 'keys.first@rosaflor.example';

  const keys = await firstContact(page, '/', { name, email });

  record(keys);
  expect(keys.typed).toBe('rosaflor'.length + name.length + 'Buyer'.length + email.length);
  expect(keys.other).toBeLessThanOrEqual(GOAL_FIRST_EXTRA_KEYS);
});

test('when the next contact is added for the same customer, then it costs the typed characters and at most 3 other keys', async ({
  page,
}) => {
  await firstContact(page, '/', { name: 'Keys Before', email: 'keys.before@rosaflor.example' });
  const name = 'Keys Next';
  const email = 'keys.next@rosaflor.example';

  const { keys } = await nextContact(page, { name, email });

  record(keys);
  expect(keys.typed).toBe(name.length + 'Buyer'.length + email.length);
  expect(keys.other).toBeLessThanOrEqual(GOAL_NEXT_EXTRA_KEYS);
});
