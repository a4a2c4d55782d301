import { parsedComparison, type OperatorImpl } from './operator.ts';

/**
 * BinaryEquals compares bytes: the policy value and the request value are both base-64, and are
 * equal when they decode to the same bytes ("IAM JSON policy elements: Condition operators",
 * Binary condition operators). No policy variables.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The decoded bytes as a string of char codes 0-255, or undefined when not base-64. */
export function decodeBase64(text: string): string | undefined {
  if (!BASE64.test(text)) return undefined;
  const body = text.replace(/=+$/, '');
  if (body.length % 4 === 1 || (text.length !== body.length && text.length % 4 !== 0))
    return undefined;
  let bytes = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < body.length; i++) {
    buffer = ((buffer << 6) | ALPHABET.indexOf(body.charAt(i))) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

export const binaryOperators: Record<string, OperatorImpl> = {
  BinaryEquals: {
    negated: false,
    variables: false,
    compile: parsedComparison(decodeBase64, (r, p) => r === p),
  },
};
