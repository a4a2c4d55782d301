import { compileArnCondition } from '../match/resource.ts';
import type { OperatorImpl, RequestTest } from './operator.ts';

/**
 * ARN operators ("IAM JSON policy elements: Condition operators", Amazon Resource Name (ARN)
 * condition operators): case-sensitive, each of the six colon-delimited segments checked on its
 * own with `*` and `?`; ArnEquals and ArnLike behave identically, as do ArnNotEquals and
 * ArnNotLike. Policy variables are supported.
 */

const compile = (value: string): RequestTest => compileArnCondition(value);

function family(negated: boolean): OperatorImpl {
  return { negated, variables: true, compile, compileParts: (parts) => compileArnCondition(parts) };
}

export const arnOperators: Record<string, OperatorImpl> = {
  ArnEquals: family(false),
  ArnLike: family(false),
  ArnNotEquals: family(true),
  ArnNotLike: family(true),
};
