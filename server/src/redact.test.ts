import { describe, expect, it } from 'vitest';
import { redactor } from './redact';

describe('redactor', () => {
  const token = 'tok/en+1 "q"\\&=ü';
  const redact = redactor([token]);

  it.each([
    ['raw', token],
    ['URL-encoded', encodeURIComponent(token)],
    ['form-encoded', new URLSearchParams({ t: token }).toString().slice(2)],
    ['JSON-escaped', JSON.stringify(token).slice(1, -1)],
  ])('when a message carries the token %s, then it reads [redacted]', (_form, shown) => {
    expect(redact(`Token ${shown} is not allowed`)).toBe('Token [redacted] is not allowed');
  });

  it('when there is no secret, then text passes unchanged', () => {
    expect(redactor([''])('nothing to hide')).toBe('nothing to hide');
  });
});
