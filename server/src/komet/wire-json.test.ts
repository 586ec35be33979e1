import { describe, expect, it } from 'vitest';
import { runSliced, runToEnd } from '../sliced';
import { parseJsonInSlices } from './sliced-json';
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

describe('parseJsonInSlices', () => {
  // A list as Komet sends it: 20-digit ids bare, numbers as strings, text that only looks like ids.
  const customers = Array.from({ length: 3_000 }, (_, i) => ({
    id: `${98765432109876540000n + BigInt(i)}`,
    name: i % 7 === 0 ? `Flores "Évora" \\ ${i}` : `Rosas ${i}`,
    code: i % 5 === 0 ? TWENTY_DIGITS : `C${i}`,
    active: i % 3 === 0 ? '0' : 1,
    salesPersonId: '42',
    note: 'Call 12345678901234567890, [not] {json}',
  }));
  // Ids and some codes go bare on the wire; they must come back as the same digit strings.
  const wire = JSON.stringify({ status: '1', message: 'Success', customers }).replace(
    /"(id|code)":"(\d+)"/g,
    '"$1":$2',
  );
  const expected = { status: '1', message: 'Success', customers };
  // Every step its own slice: as if each took longer than the budget.
  const inSlices = (text: string | string[]) => runSliced(parseJsonInSlices(text), 0);

  it('when a long list with 20-digit ids is parsed in slices, then it comes back exact', async () => {
    expect(wire).toContain(`"id":${customers[2_999]!.id},`);
    expect(wire).toContain(`"code":${TWENTY_DIGITS},`);
    await expect(inSlices(wire)).resolves.toEqual(expected);
  });

  it('when the text comes in pieces that split strings, escapes and ids, then the result is the same', async () => {
    const cuts = [1, 50, 51, 4_096, 65_536, 65_537, 100_003, wire.length - 2];
    const pieces = cuts.map((cut, i) => wire.slice(i === 0 ? 0 : cuts[i - 1], cut));
    pieces.push(wire.slice(cuts.at(-1)));
    expect(pieces.join('')).toBe(wire);
    await expect(inSlices(pieces)).resolves.toEqual(expected);
  });

  it('when the text is cut at any point, then it parses exactly as in one piece', () => {
    const text = `{"a":[{"id":${TWENTY_DIGITS},"s":"x\\\\\\"y\\\\","n":-1234567890123456789,"f":1234567890123456.5}],"b":"12345678901234567890","c":[ 1 , [2] ]}`;
    const whole = parseJsonKeepingBigIntegers(text);
    for (let cut = 0; cut <= text.length; cut++) {
      const pieces = [text.slice(0, cut), text.slice(cut)].filter(Boolean);
      expect(runToEnd(parseJsonInSlices(pieces)), `cut at ${cut}`).toEqual(whole);
    }
  });

  it('when a name repeats, then the last one wins and "__proto__" stays a plain member, as with JSON.parse', () => {
    const parsed = parseJsonKeepingBigIntegers(
      '{"a":[1],"a":null,"__proto__":[2],"b":[3],"b":[4]}',
    );
    expect(parsed).toEqual(JSON.parse('{"a":null,"__proto__":[2],"b":[4]}'));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it.each([
    '{"customers":[1,,2]}',
    '{"customers":[1,]}',
    '{"customers":[ , ]}',
    '{"customers":[1 2]}',
    '{"customers":[1]',
    '{"customers":[1]]}',
    '{"customers":"x}',
    '{"customers":[1]} []',
    '{"customers" [1]}',
  ])('when the text %j is not JSON, then it throws a SyntaxError', (text) => {
    expect(() => parseJsonKeepingBigIntegers(text)).toThrow(SyntaxError);
  });

  it('when a long list is being parsed, then other callbacks run between its slices', async () => {
    const order: string[] = [];
    const parsing = inSlices(wire).then(() => order.push('parsed'));
    setImmediate(() => order.push('scheduled after the parse began'));
    await parsing;
    expect(order).toEqual(['scheduled after the parse began', 'parsed']);
  });
});
