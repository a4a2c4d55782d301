import { useId, useState } from 'react';
import { type ConditionKeyInfo, type ContextValue } from '../../../core/index.ts';
import { labelledOptions, Select } from '../../components/Select.tsx';
import { TextInput } from '../../components/TextInput.tsx';
import { ConditionKeyList } from '../visual-editor/ConditionKeyList.tsx';
import { buttonClass, iconButtonClass, inputClass, labelClass, selectClass } from './classes.ts';
import {
  contextValueType,
  convertValue,
  QUICK_KEYS,
  replaceEntry,
  type Context,
  validateContextValue,
  type ContextValueType,
} from './context-entries.ts';
import { contextTypeOf } from './request-suggestions.ts';

const TYPE_OPTIONS = labelledOptions<ContextValueType>({
  string: 'String',
  list: 'List',
  bool: 'Bool',
  number: 'Number',
  date: 'Date',
  ip: 'IP',
});

function ValueInput({
  keyName,
  type,
  value,
  onChange,
}: {
  keyName: string;
  type: ContextValueType;
  value: ContextValue;
  onChange(value: ContextValue): void;
}) {
  const label = `Value of ${keyName}`;
  if (type === 'list') {
    const items = Array.isArray(value) ? value : [value];
    return (
      <textarea
        aria-label={label}
        className={`${inputClass} h-14`}
        placeholder="one value per line"
        value={items.join('\n')}
        onChange={(event) =>
          onChange(event.target.value === '' ? [] : event.target.value.split('\n'))
        }
      />
    );
  }
  const text = Array.isArray(value) ? (value[0] ?? '') : value;
  if (type === 'bool') {
    return (
      <select
        aria-label={label}
        className={selectClass}
        value={text.toLowerCase()}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    );
  }
  const problem = validateContextValue(type, text);
  return (
    <TextInput
      aria-label={label}
      aria-invalid={problem !== undefined}
      title={problem ? `Expected ${problem}` : undefined}
      className={inputClass}
      inputMode={type === 'number' ? 'numeric' : undefined}
      value={text}
      onChange={onChange}
    />
  );
}

/** The request's context keys, each with an input that fits its type, and the common keys one click away. */
export function ContextEditor({
  context,
  suggestedKeys = [],
  forAction,
  onChange,
}: {
  context: Context;
  /** Keys the request's action supports, offered for the key fields. */
  suggestedKeys?: readonly ConditionKeyInfo[];
  /** The action the suggestions are for, named in the hint. */
  forAction?: string;
  onChange(context: Context): void;
}) {
  // A type picked by hand for a key the app cannot type by name (a custom number key, say).
  const [chosen, setChosen] = useState<Record<string, ContextValueType>>({});
  const keyListId = useId();
  const entries = Object.entries(context);
  const typeOf = (key: string, value: ContextValue) => chosen[key] ?? contextValueType(key, value);

  /** Renames a key; a key the catalog knows gets the editing type of its data type. */
  function renameKey(oldKey: string, key: string, value: ContextValue) {
    const known = suggestedKeys.find((k) => k.key.toLowerCase() === key.toLowerCase());
    if (!known) return onChange(replaceEntry(context, oldKey, key, value));
    const type = contextTypeOf(known.type);
    setChosen({ ...chosen, [key]: type });
    onChange(replaceEntry(context, oldKey, key, convertValue(value, type)));
  }

  return (
    <div className="flex flex-col gap-1">
      <span className={labelClass}>Context</span>
      <ConditionKeyList id={keyListId} keys={suggestedKeys} />
      {forAction && suggestedKeys.length > 0 && (
        <p className="text-[11px] text-zinc-500 dark:text-zinc-400">
          {suggestedKeys.length} keys apply to {forAction}: type in a key field to pick one.
        </p>
      )}
      {entries.length === 0 && (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">No context keys.</p>
      )}
      <ul className="flex flex-col gap-1">
        {entries.map(([key, value], index) => {
          const type = typeOf(key, value);
          return (
            // The key on a line of its own, wide enough for aws:MultiFactorAuthPresent; its
            // type, value and remove button below.
            <li key={index} className="grid grid-cols-[auto_minmax(0,1fr)_auto] items-start gap-1">
              <TextInput
                aria-label={`Context key ${index + 1}`}
                className={`${inputClass} col-span-3`}
                value={key}
                list={keyListId}
                autoComplete="off"
                onChange={(text) => renameKey(key, text, value)}
              />
              <Select
                aria-label={`Type of ${key}`}
                className={selectClass}
                value={type}
                options={TYPE_OPTIONS}
                onChange={(next) => {
                  setChosen({ ...chosen, [key]: next });
                  onChange(replaceEntry(context, key, key, convertValue(value, next)));
                }}
              />
              <div className="flex min-w-0 flex-1">
                <ValueInput
                  keyName={key}
                  type={type}
                  value={value}
                  onChange={(next) => onChange(replaceEntry(context, key, key, next))}
                />
              </div>
              <button
                type="button"
                className={iconButtonClass}
                aria-label={`Remove ${key}`}
                onClick={() => onChange(Object.fromEntries(entries.filter(([k]) => k !== key)))}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap gap-1" aria-label="Add a context key">
        {QUICK_KEYS.map((quick) => (
          <button
            key={quick.key}
            type="button"
            className={buttonClass}
            disabled={!quick.needsSuffix && quick.key in context}
            onClick={() => {
              let key = quick.key;
              if (quick.needsSuffix) {
                let n = 1;
                key = `${quick.key}tag`;
                while (key in context) key = `${quick.key}tag${++n}`;
              }
              onChange({ ...context, [key]: quick.value });
            }}
          >
            + {quick.key}
          </button>
        ))}
        <button
          type="button"
          className={buttonClass}
          onClick={() => {
            let n = 1;
            while (`key${n}` in context) n += 1;
            onChange({ ...context, [`key${n}`]: '' });
          }}
        >
          + Other key
        </button>
      </div>
    </div>
  );
}
