import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../core/index.ts';
import { hoverFor } from './hover-content.ts';
import { markedPlace } from './testing.ts';

const catalog = bundledCatalog();

async function hoverAt(marked: string) {
  const { place, actions } = markedPlace(marked);
  return hoverFor(catalog, place, actions);
}

describe('hoverFor', () => {
  it('shows how many actions a wildcard expands to, and which', async () => {
    const s3 = await catalog.expandActions('s3:Get*');
    const text = await hoverAt('{"Statement":[{"Action":["s3:Get|*"]}]}');
    expect(text).toContain(`matches **${s3.actions.length}** actions`);
    expect(text).toContain(`s3:${s3.actions[0]?.name}`);
    expect(text).toContain(`(${s3.actions.length - 25} more)`);
  });

  it('describes an action with its service, level, resource types and keys', async () => {
    const text = await hoverAt('{"Statement":[{"Action":"iam:Pass|Role"}]}');
    expect(text).toContain('**iam:PassRole** · AWS Identity and Access Management (IAM) · Write');
    expect(text).toContain('`role` (required)');
    expect(text).toContain('`iam:PassedToService`');
  });

  it('suggests a close action for a typo', async () => {
    expect(await hoverAt('{"Statement":[{"Action":"s3:GetObjekt|"}]}')).toContain(
      'Did you mean `s3:GetObject`?',
    );
  });

  it('names the resource type of an ARN', async () => {
    expect(await hoverAt('{"Statement":[{"Resource":"arn:aws:s3:::b/k|"}]}')).toContain(
      '`s3:object`',
    );
  });

  it('gives a condition key its type and the actions that support it', async () => {
    const text = await hoverAt(
      '{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Condition":{"StringEquals":{"s3:ExistingObjectTag/team|":"x"}}}]}',
    );
    expect(text).toContain('String');
    expect(text).toContain('In this statement: s3:GetObject');
    expect(
      await hoverAt('{"Statement":[{"Condition":{"IpAddress":{"aws:Source|Ip":"x"}}}]}'),
    ).toContain('IPAddress · global key');
  });
});

describe('hoverFor with a wildcard service', () => {
  it('counts services for "*" without loading them all', async () => {
    const text = await hoverAt('{"Statement":[{"Action":"|*"}]}');
    expect(text).toContain(`matches actions of **${catalog.services.length}** services`);
    const last = catalog.services.at(-1)?.prefix ?? '';
    expect(catalog.service(last)).toBeDefined();
    expect(catalog.loaded(last)).toBeUndefined();
  });
});
