/** A labelled drop-down in the library's field style: the one shape every select of the library takes. */
export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** Extra class names for the field box (`bl-field-wide`, …). */
  class?: string;
}

export function SelectField({ id, label, value, options, onChange, class: extra }: SelectFieldProps) {
  return (
    <div class={extra ? `bl-field ${extra}` : 'bl-field'}>
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
