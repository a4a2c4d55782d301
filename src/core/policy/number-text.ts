const WITH_EXPONENT = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/;

/** Further than this, an exponent is kept as written rather than spelt out in zeros. */
const MAX_EXPONENT = 400;

/**
 * The decimal a JSON number literal denotes, digit for digit: as written when it has no exponent
 * (`1.50` stays `1.50`), otherwise with the exponent worked out (`2.5e3` is `2500`). Never through
 * a double, which would turn 9007199254740993 into 9007199254740992; numeric condition operators
 * compare the decimal text exactly. AWS takes integers and floats as JSON numbers ("IAM JSON policy
 * elements: Supported data types").
 */
export function numberLiteralText(literal: string): string {
  const parts = WITH_EXPONENT.exec(literal);
  if (!parts) return literal;
  const [, sign = '', integer = '', fraction = '', exponentText = ''] = parts;
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > MAX_EXPONENT) return literal;
  const digits = integer + fraction;
  const point = integer.length + exponent;
  const unsigned =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + unsigned.replace(/^0+(?=\d)/, '');
}
