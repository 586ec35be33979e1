/**
 * Every form in which a secret may reach text: raw (a POST body), URL-encoded both ways (a GET
 * query), and JSON-escaped (a message that quotes the request). Longest first, so a form that
 * contains another is replaced whole.
 */
export function secretForms(secret: string): string[] {
  if (!secret) return [];
  const forms = new Set([
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
  ]);
  return [...forms].sort((a, b) => b.length - a.length);
}

/** A function that replaces every form of every secret with `[redacted]`. */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const forms = secrets.flatMap(secretForms);
  return (text) => forms.reduce((result, form) => result.split(form).join('[redacted]'), text);
}
