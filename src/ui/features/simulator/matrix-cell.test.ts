import { describe, expect, it } from 'vitest';
import { cellTitle, requestIndexOf } from './matrix-cell.ts';

const names = new Map([['p-1', 'Read reports']]);
const policyName = (id: string) => names.get(id) ?? id;
const span = { start: 0, end: 1 };

describe('a matrix cell', () => {
  it('names statements by Sid or position and policies by name, never by id', () => {
    const title = cellTitle(
      {
        decision: 'allowed',
        matchedStatements: [
          { policyId: 'p-1', statementIndex: 0, sid: 'ReadAll', effect: 'Allow', span },
          { policyId: 'p-1', statementIndex: 2, effect: 'Allow', span },
        ],
      },
      policyName,
    );
    expect(title).toBe('Allowed by Statement ReadAll in Read reports, Statement 3 in Read reports');
    expect(title).not.toContain('p-1');
    expect(cellTitle({ decision: 'implicitDeny', matchedStatements: [] }, policyName)).toBe(
      'Implicit deny: no statement allows it',
    );
  });

  it('finds the request it stands for, whatever the order of the context keys', () => {
    const requests = [
      { principal: 'alice', action: 's3:GetObject', resource: 'r', context: { b: '1', a: '2' } },
    ];
    const cell = { principal: 'alice', action: 's3:GetObject', resource: 'r' };
    expect(requestIndexOf(requests, { ...cell, context: { a: '2', b: '1' } })).toBe(0);
    expect(requestIndexOf(requests, { ...cell, context: {} })).toBeUndefined();
  });
});
