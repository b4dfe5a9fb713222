// The User-Agent every request carries: the product name, so site operators can recognise and
// address it (robots.txt group "jangae"), and a contact, so they can reach whoever runs it.
export const PRODUCT = "jangae";
export const VERSION = "0.1";

/** "jangae/0.1 (+mailto:ops@example.org)"; a bare e-mail address gets "mailto:" prepended. */
export function buildUserAgent(contact?: string): string {
  const trimmed = contact?.trim();
  if (!trimmed) return `${PRODUCT}/${VERSION}`;
  if (/[\r\n()]/.test(trimmed))
    throw new Error(`contact must not contain newlines or parentheses: ${trimmed}`);
  const address = /^[^\s@:/]+@[^\s@]+$/.test(trimmed) ? `mailto:${trimmed}` : trimmed;
  return `${PRODUCT}/${VERSION} (+${address})`;
}
