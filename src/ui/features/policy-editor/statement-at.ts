import { type Policy, type Statement } from '../../../core/index.ts';

/** The statement whose text holds `offset` (its braces included), if any. */
export function statementAt(policy: Policy | undefined, offset: number): Statement | undefined {
  return policy?.statements.find(
    (statement) => statement.span.start <= offset && offset <= statement.span.end,
  );
}
