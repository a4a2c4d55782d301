import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePolicy } from '../../../core/index.ts';
import { LARGE_POLICY } from '../../../analysis/policy-analysis.ts';
import { createStudioStore } from '../../../store/store.ts';
import {
  knownStatementStart,
  pageParsedStatements,
  WORKER_PARSE_WAIT_MS,
} from './parsed-statements.ts';

const statement = (index: number) =>
  `{"Sid":"S${index}","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b${index}/*"}`;

function policyText(count: number): string {
  const statements = Array.from({ length: count }, (_, index) => statement(index));
  return `{"Version":"2012-10-17","Statement":[${statements.join(',\n')}]}`;
}

/** A text the page does not parse; each test its own (the page's analyses are kept by text). */
const largeText = (extra: number) =>
  policyText(Math.ceil(LARGE_POLICY / statement(0).length) + extra);

function storeWith(document: string) {
  const store = createStudioStore();
  const id = store.getState().actions.addPolicy('identity', document);
  return { store, id };
}

afterEach(() => vi.useRealTimers());

describe('pageParsedStatements', () => {
  it("gives the statements of the page's parse of a policy's current text", async () => {
    const text = policyText(3);
    const { store } = storeWith(text);
    expect(await pageParsedStatements(text, store)).toEqual(parsePolicy(text).policy.statements);
  });

  it('gives none for a text that is no policy’s', async () => {
    const { store } = storeWith(policyText(3));
    expect(await pageParsedStatements(policyText(2), store)).toBeUndefined();
  });

  it("waits for the worker's parse of a large text, which the page does not parse", async () => {
    const text = largeText(0);
    expect(text.length).toBeGreaterThanOrEqual(LARGE_POLICY);
    const { store, id } = storeWith(text);
    const pending = pageParsedStatements(text, store);
    const model = parsePolicy(text);
    store.getState().actions.setPolicyParse(id, { document: text, model, id: 1 });
    expect(await pending).toBe(model.policy.statements);
  });

  it('gives none once the wait is over, or the text has been replaced', async () => {
    vi.useFakeTimers();
    const text = largeText(1);
    const { store, id } = storeWith(text);
    const timedOut = pageParsedStatements(text, store);
    vi.advanceTimersByTime(WORKER_PARSE_WAIT_MS);
    expect(await timedOut).toBeUndefined();
    const replaced = pageParsedStatements(text, store);
    store.getState().actions.setPolicyDocument(id, `${text} `);
    expect(await replaced).toBeUndefined();
  });
});

describe('knownStatementStart', () => {
  it('the start of the statement at the cursor, from the parse of a text typed after it', () => {
    const parsedText = largeText(2);
    const { store, id } = storeWith(parsedText);
    const model = parsePolicy(parsedText);
    store.getState().actions.setPolicyParse(id, { document: parsedText, model, id: 1 });
    const third = model.policy.statements[2]!.span.start;
    // Typed inside the third statement, after its start: the parse held is of the text before.
    const typedAt = parsedText.indexOf('s3:GetObject', third) + 2;
    const text = `${parsedText.slice(0, typedAt)}x${parsedText.slice(typedAt)}`;
    store.getState().actions.setPolicyDocument(id, text);
    expect(knownStatementStart(text, typedAt + 1, store)).toBe(third);
    expect(knownStatementStart(text, third - 1, store)).toBe(
      model.policy.statements[1]!.span.start,
    );
    // An edit right at the statement's first character: nothing says a statement starts there.
    const atStart = `${text.slice(0, third)} ${text.slice(third)}`;
    store.getState().actions.setPolicyDocument(id, atStart);
    expect(knownStatementStart(atStart, typedAt + 2, store)).toBeUndefined();
    // An edit before the statement moves it: the parse no longer says where it starts.
    const earlier = `x${text}`;
    store.getState().actions.setPolicyDocument(id, earlier);
    expect(knownStatementStart(earlier, typedAt + 2, store)).toBeUndefined();
  });

  it('none for a text without a parse held, or before the first statement', () => {
    const text = largeText(3);
    const { store, id } = storeWith(text);
    expect(knownStatementStart(text, text.length - 2, store)).toBeUndefined();
    const model = parsePolicy(text);
    store.getState().actions.setPolicyParse(id, { document: text, model, id: 1 });
    expect(knownStatementStart(text, 5, store)).toBeUndefined();
    expect(knownStatementStart(policyText(2), 5, store)).toBeUndefined();
  });
});
