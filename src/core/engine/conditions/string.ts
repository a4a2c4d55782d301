import { compileWildcard, type PatternPart } from '../match/wildcard.ts';
import { partsText } from '../variables.ts';
import { memoize, type OperatorImpl, type RequestTest } from './operator.ts';

/**
 * String operators ("IAM JSON policy elements: Condition operators", String condition operators):
 * case-sensitive except the IgnoreCase pair; StringLike/StringNotLike take `*` and `?` anywhere,
 * and `*` also matches line breaks in multi-line values.
 */

const equals = memoize(
  (value): RequestTest =>
    (request) =>
      request === value,
);

const equalsIgnoreCase = memoize((value): RequestTest => {
  const lower = value.toLowerCase();
  return (request) => request.toLowerCase() === lower;
});

const like = memoize((value): RequestTest => compileWildcard(value));

const fromText =
  (compile: (value: string) => RequestTest) =>
  (parts: readonly PatternPart[]): RequestTest =>
    compile(partsText(parts));

const likeParts = (parts: readonly PatternPart[]): RequestTest => compileWildcard(parts);

function family(
  negated: boolean,
  compile: (value: string) => RequestTest,
  parts = fromText(compile),
): OperatorImpl {
  return { negated, variables: true, compile, compileParts: parts };
}

export const stringOperators: Record<string, OperatorImpl> = {
  StringEquals: family(false, equals),
  StringNotEquals: family(true, equals),
  StringEqualsIgnoreCase: family(false, equalsIgnoreCase),
  StringNotEqualsIgnoreCase: family(true, equalsIgnoreCase),
  StringLike: family(false, like, likeParts),
  StringNotLike: family(true, like, likeParts),
};
