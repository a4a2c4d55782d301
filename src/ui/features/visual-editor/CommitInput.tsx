import { useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { TextInput } from '../../components/TextInput.tsx';
import { inputClass } from './ui-classes.ts';

type NativeProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'onKeyDown'
>;

interface CommitInputProps extends NativeProps {
  value: string;
  /**
   * Called on Enter or blur when the text differs from `value`; never per keystroke. Returning
   * false rejects the text and restores `value`.
   */
  onCommit: (value: string) => boolean | void;
  /** Empties the field after a commit (for "add" fields). */
  clearOnCommit?: boolean;
}

/**
 * A text field that keeps a local draft and commits it once, so a half-typed value never becomes
 * a text edit. Escape restores the committed value.
 */
export function CommitInput({
  value,
  onCommit,
  clearOnCommit = false,
  className,
  ...rest
}: CommitInputProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // The last text handed to onCommit, so Enter followed by blur does not commit twice.
  const [committed, setCommitted] = useState<string | undefined>(undefined);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
    setCommitted(undefined);
  }

  function commit() {
    if (draft === value || draft === committed) return;
    const accepted = onCommit(draft) !== false;
    if (clearOnCommit || !accepted) setDraft(value);
    else setCommitted(draft);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      setDraft(value);
    }
  }

  return (
    <TextInput
      type="text"
      autoComplete="off"
      {...rest}
      className={className ?? `${inputClass} w-full`}
      value={draft}
      onChange={setDraft}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
