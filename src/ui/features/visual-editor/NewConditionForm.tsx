import { useState, type FormEvent } from 'react';
import { bundledCatalog, type ConditionKeyInfo } from '../../../core/index.ts';
import { TextInput } from '../../components/TextInput.tsx';
import { valueExamples } from '../../monaco/language/suggestions.ts';
import { operatorName, type OperatorChoice } from './condition-edits.ts';
import {
  knownConditionKey,
  operatorFitsKeyType,
  operatorForKeyType,
} from './condition-key-suggestions.ts';
import { OperatorPicker } from './OperatorPicker.tsx';
import { buttonClass, inputClass } from './ui-classes.ts';

interface NewConditionFormProps {
  /** Keys that apply to the statement's actions, offered in `keyListId`. */
  keySuggestions?: readonly ConditionKeyInfo[];
  keyListId?: string;
  /** Called with the condition filled in; the key is trimmed. */
  onAdd: (operator: string, key: string, value: string) => void;
}

const INITIAL: OperatorChoice = { base: 'StringEquals', ifExists: false };

/** Operator, key and a first value, handed to `onAdd` once the key and value are filled in. */
export function NewConditionForm({ keySuggestions = [], keyListId, onAdd }: NewConditionFormProps) {
  const [operator, setOperator] = useState<OperatorChoice>(INITIAL);
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const complete = key.trim() !== '' && value.trim() !== '';
  const keyInfo = infoFor(key.trim(), keySuggestions);
  const example = keyInfo ? valueExamples(keyInfo.type, operatorName(operator))[0] : undefined;

  function changeKey(next: string) {
    setKey(next);
    // Picking a key of another type switches to that type's operator family; a fitting operator
    // the user chose (StringLike for a String key) stays.
    const info = infoFor(next.trim(), keySuggestions);
    if (!info || operatorFitsKeyType(operator, info.type)) return;
    const fitting = operatorForKeyType(info.type);
    if (fitting) setOperator(fitting);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!complete) return;
    onAdd(operatorName(operator), key.trim(), value);
    setKey('');
    setValue('');
  }

  return (
    <form
      aria-label="New condition"
      className="flex flex-col gap-1 rounded border border-dashed border-zinc-300 p-2 dark:border-zinc-700"
      onSubmit={submit}
    >
      <OperatorPicker value={operator} onChange={setOperator} />
      <div className="flex flex-wrap items-center gap-1">
        <TextInput
          aria-label="New condition key"
          className={`${inputClass} basis-full`}
          placeholder="aws:MultiFactorAuthPresent"
          list={keyListId}
          title={keyInfo ? `${keyInfo.key}: ${keyInfo.type}` : undefined}
          value={key}
          onChange={changeKey}
        />
        <TextInput
          aria-label="New condition value"
          className={`${inputClass} flex-1`}
          placeholder={example ?? 'true'}
          value={value}
          onChange={setValue}
        />
        <button type="submit" className={buttonClass} disabled={!complete}>
          Add condition
        </button>
      </div>
    </form>
  );
}

function infoFor(
  key: string,
  suggestions: readonly ConditionKeyInfo[],
): ConditionKeyInfo | undefined {
  if (key === '') return undefined;
  const lower = key.toLowerCase();
  return (
    suggestions.find((s) => s.key.toLowerCase() === lower) ??
    knownConditionKey(bundledCatalog(), key)
  );
}
