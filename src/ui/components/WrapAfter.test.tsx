// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WrapAfter } from './WrapAfter.tsx';

afterEach(cleanup);

describe('WrapAfter', () => {
  it('allows a break after each given character and keeps the text as it is', () => {
    const { container } = render(
      <WrapAfter text="arn:aws:iam::111122223333:role/deploy" after=":/" />,
    );
    expect(container.textContent).toBe('arn:aws:iam::111122223333:role/deploy');
    expect(container.innerHTML.split('<wbr>')).toEqual([
      'arn:',
      'aws:',
      'iam:',
      ':',
      '111122223333:',
      'role/',
      'deploy',
    ]);
  });

  it('leaves a text without those characters whole', () => {
    const { container } = render(<WrapAfter text="alice" after="_" />);
    expect(container.innerHTML).toBe('alice');
  });
});
