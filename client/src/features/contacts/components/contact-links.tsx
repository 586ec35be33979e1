// Komet lists what was typed, older values unchecked (KOMET-API.md, customer.contact.list): a
// value becomes a link only when it reads as one number or one address, else it stays text.

/** `tel:+13055550142` for "+1 (305) 555-0142"; none for "305 555 0142 / 0143" or "ask Ana". */
export function telHref(number: string): string | undefined {
  const dialled = number.replace(/[\s().-]/g, '');
  return /^\+?\d{3,}$/.test(dialled) ? `tel:${dialled}` : undefined;
}

export function PhoneLink({ number }: { number: string | undefined }) {
  if (!number) return null;
  const href = telHref(number);
  return href ? <a href={href}>{number}</a> : <>{number}</>;
}

export function EmailLink({ address }: { address: string | undefined }) {
  if (!address) return null;
  return /^[^\s@]+@[^\s@]+$/.test(address) ? (
    <a href={`mailto:${address}`}>{address}</a>
  ) : (
    <>{address}</>
  );
}
