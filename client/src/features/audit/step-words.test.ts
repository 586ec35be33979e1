import { afterEach, describe, expect, it } from 'vitest';
import type { AuditStep, AuditStepWording } from '@komet-contacts/server/contract';
import { setLocale } from '../../i18n/runtime';
import { describeStep } from './step-words';

const AT = '2026-11-29T15:04:00.000Z';
const failure = { cause: 'unavailable', reason: 'Komet answered HTTP 503' } as const;

/** One step of every code the server sends (server/src/audit/steps.ts), with data like its own. */
const EVERY_CODE: AuditStepWording[] = [
  { code: 'komet-failed', data: failure },
  { code: 'found', data: { contactId: '502' } },
  { code: 'look-up-failed', data: failure },
  { code: 'not-found-yet', data: {} },
  { code: 'queued', data: { submissionId: '12', nextAttemptAt: AT } },
  { code: 'queued', data: { submissionId: '12', nextAttemptAt: null } },
  { code: 'interrupted', data: {} },
  { code: 'retry-found', data: { attempt: 2 } },
  { code: 'retry-not-found', data: { attempt: 2 } },
  { code: 'retry-sent', data: { attempt: 2, contactId: '502' } },
  { code: 'retry-refused', data: { attempt: 2, kometMessage: 'Type is not registered.' } },
  { code: 'retry-failed', data: { attempt: 2, ...failure, nextAttemptAt: AT } },
  { code: 'retry-look-up-failed', data: { attempt: 2, ...failure, nextAttemptAt: AT } },
  { code: 'corrected', data: { by: 'Sofía Ruiz', changed: ['type', 'email'] } },
  { code: 'corrected', data: { by: 'Sofía Ruiz', changed: [] } },
  { code: 'discarded', data: { by: 'Sofía Ruiz' } },
];
const step = (wording: AuditStepWording): AuditStep => ({
  at: AT,
  kind: 'queued',
  message: 'The server’s English',
  ...wording,
});

afterEach(() => setLocale('en'));

describe('describeStep', () => {
  it('when a step has a code, then it is worded from its data, not copied from the server', () => {
    expect(describeStep(step({ code: 'retry-sent', data: { attempt: 2, contactId: '502' } }))).toBe(
      'Attempt 2: sent to Komet, saved as contact 502.',
    );
    expect(
      describeStep(
        step({ code: 'corrected', data: { by: 'Sofía Ruiz', changed: ['type', 'email'] } }),
      ),
    ).toBe('Sofía Ruiz corrected it (changed: Type and E-mail) and it was kept to be sent again.');
    expect(
      describeStep(step({ code: 'komet-failed', data: { cause: 'other', reason: 'Boom.' } })),
    ).toBe('First attempt: Komet failed: Boom.');
  });

  it('when a step has no code (recorded before codes) or one this client does not know, then the server’s English', () => {
    expect(describeStep({ at: AT, kind: 'queued', message: 'Kept here as submission 3.' })).toBe(
      'Kept here as submission 3.',
    );
    const newer = { code: 'teleported', data: {} } as unknown as AuditStepWording;
    expect(describeStep(step(newer))).toBe('The server’s English');
  });

  it('when Spanish is chosen, then every code is worded in Spanish, Komet’s own words kept', async () => {
    const english = EVERY_CODE.map((wording) => describeStep(step(wording)));
    await setLocale('es');
    const spanish = EVERY_CODE.map((wording) => describeStep(step(wording)));

    spanish.forEach((words, index) => expect(words, english[index]).not.toBe(english[index]));
    expect(spanish[0]).toBe('Primer intento: Komet no estaba disponible.');
    expect(spanish[10]).toBe('Intento 2: Komet lo rechazó. Dijo: “Type is not registered.”');
    expect(spanish[13]).toBe(
      'Sofía Ruiz lo corrigió (cambió: Tipo y Correo electrónico) y quedó guardado para enviarse de nuevo.',
    );
  });
});
