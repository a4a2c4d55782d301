// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardPropsEqual, type StatementCardProps } from './StatementCard.tsx';
import { statementContentKey } from './statement-key.ts';
import { renderEditor } from './test-render.tsx';
import { testPolicy, testStatement, type StatementSpec } from './test-policy.ts';
import { VisualEditor } from './VisualEditor.tsx';

// Counts renders of a part every card renders twice (Action and Resource).
const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('./ListElementEditor.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('./ListElementEditor.tsx')>();
  return {
    ListElementEditor: (props: Parameters<typeof original.ListElementEditor>[0]) => {
      renders.count += 1;
      return original.ListElementEditor(props);
    },
  };
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function specs(count: number, changed?: number): StatementSpec[] {
  return Array.from({ length: count }, (_, index) => ({
    sid: index === changed ? `Changed${index}` : `S${index}`,
    action: [`s3:GetObject`, `s3:PutObject`],
    resource: [`arn:aws:s3:::bucket-${index}/*`],
    condition: { StringEquals: { 'aws:PrincipalTag/team': [`team-${index}`] } },
  }));
}

describe('a large policy', () => {
  it('compares cards by content, not by spans or object identity', () => {
    const statement = testStatement(3, specs(5)[3] as StatementSpec);
    const shifted = { ...statement, span: { start: 900, end: 1000 } };
    const props: StatementCardProps = {
      statement,
      contentKey: statementContentKey(statement),
      isFirst: false,
      isLast: false,
      showPrincipal: false,
      selected: false,
      onEdit: () => undefined,
      onSelect: () => undefined,
    };
    expect(
      cardPropsEqual(props, {
        ...props,
        statement: shifted,
        contentKey: statementContentKey(shifted),
      }),
    ).toBe(true);
    const renamed = testStatement(3, { ...specs(5)[3], sid: 'Other' });
    expect(cardPropsEqual(props, { ...props, contentKey: statementContentKey(renamed) })).toBe(
      false,
    );
    expect(cardPropsEqual(props, { ...props, selected: true })).toBe(false);
  });

  it('renders 200 statements and re-renders only the edited card after a re-parse', () => {
    const onEdit = () => undefined;
    const onSelect = () => undefined;
    const props = {
      policyType: 'identity' as const,
      lastValidModel: undefined,
      parseError: undefined,
    };
    const { view } = renderEditor(testPolicy(specs(200)), { onEdit, onSelectStatement: onSelect });
    expect(screen.getAllByRole('region')).toHaveLength(200);
    expect(renders.count).toBe(400);

    renders.count = 0;
    act(() => {
      view.rerender(
        <VisualEditor
          {...props}
          model={testPolicy(specs(200, 150))}
          selectedStatement={undefined}
          onEdit={() => undefined}
          onSelectStatement={() => undefined}
        />,
      );
    });
    expect(renders.count).toBe(2);
    expect(
      (
        screen
          .getByRole('region', { name: 'Statement 151' })
          .querySelector('input') as HTMLInputElement
      ).value,
    ).toBe('Changed150');
    // A render count, not a timing: the generous limit only absorbs a slow, busy machine.
  }, 30_000);

  it('mounts the cards in groups: the selected card with its group, the others when near', () => {
    const observed: Element[] = [];
    let report: (entries: { isIntersecting: boolean }[]) => void = () => undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: typeof report) {
          report = callback;
        }
        observe(element: Element) {
          observed.push(element);
        }
        disconnect() {}
      },
    );
    renderEditor(testPolicy(specs(100)), { selectedStatement: 45 });
    const shown = () => screen.getAllByRole('region').map((region) => region.ariaLabel);
    expect(shown()).toEqual(Array.from({ length: 20 }, (_, i) => `Statement ${41 + i}`));
    // One placeholder per group of cards that has not mounted, not one per statement.
    expect(observed).toHaveLength(4);
    act(() => report([{ isIntersecting: true }]));
    expect(shown()).toHaveLength(40);
  });
});
