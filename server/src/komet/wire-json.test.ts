import { describe, expect, it } from 'vitest';
import { parseJsonKeepingBigIntegers, stringifyWithIntegers } from './wire-json';

const TWENTY_DIGITS = '98765432109876543210';

describe('stringifyWithIntegers', () => {
  it('when an id has 20 digits, then it is written as a bare integer, digit for digit', () => {
    const json = stringifyWithIntegers({ customerId: TWENTY_DIGITS }, { name: 'Ana' });
    expect(json).toBe(`{"customerId":${TWENTY_DIGITS},"name":"Ana"}`);
  });

  it('when several ids are given, then each is a bare integer and the other fields follow as JSON', () => {
    const json = stringifyWithIntegers(
      { customerId: '4242', contactId: '4535434' },
      { authenticationToken: 't', description: 'Ring "twice"', emailPOD: false },
    );
    expect(json).toBe(
      '{"customerId":4242,"contactId":4535434,"authenticationToken":"t","description":"Ring \\"twice\\"","emailPOD":false}',
    );
    expect(JSON.parse(json)).toEqual({
      customerId: 4242,
      contactId: 4535434,
      authenticationToken: 't',
      description: 'Ring "twice"',
      emailPOD: false,
    });
  });

  it('when there are no other fields, then the result is still valid JSON', () => {
    expect(stringifyWithIntegers({ customerId: '7' }, {})).toBe('{"customerId":7}');
  });

  it.each(['12a', '-1', '1.5', '', ' 42', '1e3', '123456789012345678901'])(
    'when an id is %j, then it is refused rather than sent',
    (digits) => {
      expect(() => stringifyWithIntegers({ customerId: digits }, {})).toThrow(TypeError);
    },
  );

  it('when a written 20-digit id is read back, then it is the same digits', () => {
    const json = stringifyWithIntegers({ customerId: TWENTY_DIGITS }, {});
    expect(parseJsonKeepingBigIntegers(json)).toEqual({ customerId: TWENTY_DIGITS });
  });
});

describe('parseJsonKeepingBigIntegers', () => {
  it('when an answer holds a 20-digit id, then it becomes the exact digit string', () => {
    const parsed = parseJsonKeepingBigIntegers(
      `{"status":1,"customers":[{"id":${TWENTY_DIGITS},"name":"Évora"}]}`,
    );
    expect(parsed).toEqual({ status: 1, customers: [{ id: TWENTY_DIGITS, name: 'Évora' }] });
  });

  it('when an id is just past 2^53, then it is not rounded', () => {
    expect(parseJsonKeepingBigIntegers('{"contactId":9007199254740993}')).toEqual({
      contactId: '9007199254740993',
    });
  });

  it('when numbers are small, then they stay numbers', () => {
    expect(
      parseJsonKeepingBigIntegers(
        `{"status":1,"contactId":4535434,"big":${TWENTY_DIGITS},"n":[0,-3,42]}`,
      ),
    ).toEqual({
      status: 1,
      contactId: 4535434,
      big: TWENTY_DIGITS,
      n: [0, -3, 42],
    });
  });

  it('when a string holds long runs of digits, then its text is left exactly as it was', () => {
    const text = `{"id":${TWENTY_DIGITS},"description":"Call 12345678901234567890 or \\"98765432109876543210\\"","phone":"0012345678901234567"}`;
    expect(parseJsonKeepingBigIntegers(text)).toEqual({
      id: TWENTY_DIGITS,
      description: 'Call 12345678901234567890 or "98765432109876543210"',
      phone: '0012345678901234567',
    });
  });

  it('when a number has a fraction or exponent, then it is parsed as a number, untouched', () => {
    const parsed = parseJsonKeepingBigIntegers(
      `{"id":${TWENTY_DIGITS},"price":1234567890123456.75,"ratio":0.12345678901234567,"huge":12345678901234567e2}`,
    );
    expect(parsed).toEqual({
      id: TWENTY_DIGITS,
      price: Number('1234567890123456.75'),
      ratio: Number('0.12345678901234567'),
      huge: Number('12345678901234567e2'),
    });
  });

  it('when the text is not JSON, then it throws', () => {
    expect(() => parseJsonKeepingBigIntegers('<html>Maintenance</html>')).toThrow(SyntaxError);
  });
});
