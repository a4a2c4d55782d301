import type { ButtonHTMLAttributes } from 'react';

type CloseButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children'> & {
  /** What pressing it does, for screen readers: the button shows only ×. */
  'aria-label': string;
};

/** The × button that closes or dismisses what it sits in. */
export function CloseButton(props: CloseButtonProps) {
  return (
    <button type="button" {...props}>
      ×
    </button>
  );
}
