/**
 * A combobox over the server's CWE catalogue (ARIA 1.2 combobox with a listbox popup): type an
 * id or words of a name, pick with the arrow keys and Enter or with the pointer. The text box
 * holds the id (`CWE-79`); the picked entry's name is shown below it.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCweSearch, type CweEntry } from './use-cwe-search.js';

export interface CwePickerProps {
  /** The attributes `Field` gives its control (id, name, aria-*). */
  control: {
    id: string;
    name: string;
    'aria-describedby'?: string;
    'aria-invalid'?: true;
  };
  value: string;
  /** The name of the picked entry, or '' when the text was typed. */
  pickedName: string;
  onChange: (value: string, pickedName: string) => void;
  /** Turns what was typed into a CWE id, if it is one. */
  normalize: (text: string) => string | undefined;
}

export function CwePicker({ control, value, pickedName, onChange, normalize }: CwePickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const statusId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typedId = normalize(value);
  // Look the name up when an id was typed (or restored) without picking it from the list.
  const lookUp = typedId !== undefined && pickedName === '';
  const search = useCweSearch(open ? value : lookUp ? typedId : undefined);
  const items = open ? search.items : [];

  useEffect(() => {
    if (!lookUp) return;
    const match = search.items.find((e) => e.id === typedId);
    if (match !== undefined) onChange(value, match.name);
  }, [lookUp, search.items, typedId, value, onChange]);

  useEffect(() => setActive(-1), [search.items]);

  const pick = (entry: CweEntry) => {
    onChange(entry.id, entry.name);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) setOpen(true);
        else setActive((i) => Math.min(items.length - 1, i + 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((i) => Math.max(0, i - 1));
        break;
      case 'Enter': {
        const entry = items[active];
        if (open && entry !== undefined) {
          e.preventDefault();
          pick(entry);
        }
        break;
      }
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
        }
        break;
      default:
        break;
    }
  };

  const describedBy = [control['aria-describedby'], statusId].filter(Boolean).join(' ');
  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className="combobox">
      <div className="combobox-input">
        <input
          {...control}
          aria-describedby={describedBy}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => {
            onChange(e.target.value, '');
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul id={listId} role="listbox" aria-label={t('report.cwe.listLabel')} hidden={!open}>
          {items.map((entry, i) => (
            <li
              key={entry.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // Keep the focus in the text box so the blur does not close the list first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(entry)}
            >
              <span className="mono">{entry.id}</span> {entry.name}
            </li>
          ))}
        </ul>
      </div>
      <p className="hint cwe-status" id={statusId} aria-live="polite">
        {open
          ? search.failed
            ? t('report.cwe.failed')
            : search.loading && items.length === 0
              ? t('common.loading')
              : t('report.cwe.results', { count: search.total, shown: items.length })
          : pickedName !== ''
            ? t('report.cwe.picked', { id: typedId ?? value, name: pickedName })
            : ''}
      </p>
    </div>
  );
}
