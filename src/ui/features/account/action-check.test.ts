import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../core/index.ts';
import { checkedAction, resourceProblem } from './action-check.ts';

const check = async (typed: string) =>
  checkedAction(typed, await bundledCatalog().lookupAction(typed));

describe('the action and resource a who-can question is asked with', () => {
  it('takes an action of the service reference, spelt as the reference spells it', async () => {
    expect(await check('s3:getobject')).toEqual({ action: 's3:GetObject' });
  });

  it('says what is wrong with anything else, with a did-you-mean when one is close', async () => {
    expect(await check('s3:GetObjct')).toEqual({
      problem: 's3 has no action “GetObjct”: did you mean s3:GetObject?',
    });
    expect(await check('s3:Get*')).toEqual({
      problem:
        '“s3:Get*” is not one action: type it as service:Action, e.g. s3:GetObject (no wildcards)',
    });
    expect((await check('s4:GetObject')) as { problem: string }).toMatchObject({
      problem: expect.stringMatching(/^No service has the prefix “s4”/),
    });
  });

  it('takes an ARN or nothing as the resource', () => {
    expect(resourceProblem('')).toBeUndefined();
    expect(resourceProblem('arn:aws:s3:::reports')).toBeUndefined();
    expect(resourceProblem('reports')).toMatch(/^The resource is an ARN/);
  });
});
