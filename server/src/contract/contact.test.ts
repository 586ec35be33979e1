import { describe, expect, it } from 'vitest';
import { contactInputSchema, toFieldErrors, type ContactInput } from '../contract';
import { buildContactInput } from './testing';

function accepted(input: unknown): ContactInput {
  const result = contactInputSchema.safeParse(input);
  if (!result.success)
    throw new Error(`refused: ${JSON.stringify(toFieldErrors(result.error.issues))}`);
  return result.data;
}

function refused(input: unknown) {
  const result = contactInputSchema.safeParse(input);
  if (result.success) throw new Error(`accepted: ${JSON.stringify(result.data)}`);
  return toFieldErrors(result.error.issues);
}

/** An e-mail address exactly `length` UTF-16 units long. */
const emailOfLength = (length: number) =>
  `${'a'.repeat(length - '@example.com'.length)}@example.com`;

describe('contactInputSchema: length limits (UTF-16 code units)', () => {
  it.each(['name', 'type', 'phone', 'description', 'instantMessaging'] as const)(
    'when %s has 200 characters, then it is accepted, and at 201 it is refused',
    (field) => {
      expect(accepted(buildContactInput({ [field]: 'x'.repeat(200) }))[field]).toBe(
        'x'.repeat(200),
      );
      expect(refused(buildContactInput({ [field]: 'x'.repeat(201) }))).toEqual({
        [field]: ['At most 200 characters'],
      });
    },
  );

  it.each(['ext', 'mobile', 'fax'] as const)(
    'when %s has 50 characters, then it is accepted, and at 51 it is refused',
    (field) => {
      expect(accepted(buildContactInput({ [field]: '1'.repeat(50) }))[field]).toBe('1'.repeat(50));
      expect(refused(buildContactInput({ [field]: '1'.repeat(51) }))).toEqual({
        [field]: ['At most 50 characters'],
      });
    },
  );

  it('when an e-mail address has 50 characters, then it is accepted, and at 51 it is refused', () => {
    expect(accepted(buildContactInput({ email: emailOfLength(50) })).email).toBe(emailOfLength(50));
    expect(refused(buildContactInput({ email: emailOfLength(51) }))).toEqual({
      email: ['At most 50 characters'],
    });
  });

  it('when a name is 100 emoji, then it fits in 200, and 101 emoji do not', () => {
    expect('😀'.length).toBe(2);
    expect(accepted(buildContactInput({ name: '😀'.repeat(100) })).name).toBe('😀'.repeat(100));
    expect(refused(buildContactInput({ name: '😀'.repeat(101) }))).toEqual({
      name: ['At most 200 characters'],
    });
  });

  it('when a name is 200 precomposed accented letters, then each counts as one and it fits', () => {
    const eAcute = '\u00e9';
    expect(accepted(buildContactInput({ name: eAcute.repeat(200) })).name).toBe(eAcute.repeat(200));
    expect(refused(buildContactInput({ name: eAcute.repeat(201) }))).toEqual({
      name: ['At most 200 characters'],
    });
  });

  it('when padding spaces push a value past the limit, then the trimmed value is what counts', () => {
    expect(accepted(buildContactInput({ ext: `  ${'1'.repeat(50)}  ` })).ext).toBe('1'.repeat(50));
  });
});

describe('contactInputSchema: normalising what people type', () => {
  it('when fields have surrounding whitespace, then it is trimmed', () => {
    const contact = accepted(
      buildContactInput({
        name: '  Ana Lucía Gómez \t',
        type: ' Buyer ',
        email: ' ana@example.com\n',
      }),
    );
    expect(contact).toMatchObject({
      name: 'Ana Lucía Gómez',
      type: 'Buyer',
      email: 'ana@example.com',
    });
  });

  it('when optional fields are blank or whitespace only, then they are absent from the result', () => {
    const contact = accepted(
      buildContactInput({
        phone: '',
        ext: '   ',
        mobile: '\t',
        fax: ' ',
        email: '  ',
        description: '',
        instantMessaging: ' \n ',
      }),
    );
    for (const field of [
      'phone',
      'ext',
      'mobile',
      'fax',
      'email',
      'description',
      'instantMessaging',
    ] as const) {
      expect(contact[field]).toBeUndefined();
    }
    expect(JSON.parse(JSON.stringify(contact))).toStrictEqual({
      name: 'Ana Lucía Gómez',
      type: 'Buyer',
      emailPOD: true,
    });
  });

  it('when optional fields are left out, then the contact is accepted with just name and type', () => {
    expect(accepted({ name: 'Ana', type: 'A/P' })).toStrictEqual({ name: 'Ana', type: 'A/P' });
  });

  it('when extra keys are sent, then they are dropped, so nothing but contact fields can reach Komet', () => {
    const contact = accepted({
      ...buildContactInput(),
      authenticationToken: 'forged',
      customerId: '1',
      id: '9',
    });
    expect(Object.keys(contact).sort()).toEqual(Object.keys(buildContactInput()).sort());
  });
});

describe('contactInputSchema: required fields', () => {
  it.each(['name', 'type'] as const)(
    'when %s is blank or whitespace only, then it is refused as Required',
    (field) => {
      expect(refused(buildContactInput({ [field]: '' }))).toEqual({ [field]: ['Required'] });
      expect(refused(buildContactInput({ [field]: '   ' }))).toEqual({ [field]: ['Required'] });
    },
  );

  it('when the name is missing, then it is refused as Required', () => {
    const { name: _name, ...withoutName } = buildContactInput();
    expect(refused(withoutName)).toEqual({ name: ['Required'] });
  });

  it('when the name is not text, then it is refused', () => {
    expect(refused({ ...buildContactInput(), name: 42 })).toEqual({ name: ['Must be text'] });
  });
});

describe('contactInputSchema: e-mail and emailPOD', () => {
  it.each(['ana.gomez@', 'not an e-mail', 'ana@@example.com'])(
    'when the e-mail is %j, then it is refused',
    (email) => {
      expect(refused(buildContactInput({ email }))).toEqual({
        email: ['Enter a valid e-mail address, like name@example.com'],
      });
    },
  );

  it.each([true, false])('when emailPOD is %s, then it is kept as a boolean', (emailPOD) => {
    expect(accepted(buildContactInput({ emailPOD })).emailPOD).toBe(emailPOD);
  });

  it.each(['yes', 'true', 1])('when emailPOD is %j, then it is refused', (emailPOD) => {
    expect(refused({ ...buildContactInput(), emailPOD })).toEqual({
      emailPOD: ['Must be true or false'],
    });
  });
});
