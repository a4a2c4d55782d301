import type { InputHTMLAttributes } from 'react';

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onChange(value: string): void;
};

/** A text box for names, ARNs, keys and patterns: no spell check; hands back the text typed. */
export function TextInput({ value, onChange, ...props }: TextInputProps) {
  return (
    <input
      spellCheck={false}
      {...props}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
