import { fromUint8Array, toUint8Array } from 'js-base64';

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** RFC 4648 base64url without padding: safe in a URL fragment as is. */
export function toBase64Url(bytes: Uint8Array): string {
  return fromUint8Array(bytes, true);
}

/** The bytes, or undefined when the text is not base64url (a character outside the alphabet, a bad length). */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  return toUint8Array(text);
}
