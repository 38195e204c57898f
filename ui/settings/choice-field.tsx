import { useId } from 'preact/hooks';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A labelled group of radio buttons: every option visible at once, each a real form control. */
export function ChoiceField<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  choices: Choice<T>[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <fieldset class="choice" data-setting={props.name}>
      <legend>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.value}>
          <input
            type="radio"
            name={`${props.name}-${id}`}
            value={c.value}
            checked={props.value === c.value}
            onChange={() => props.onChange(c.value)}
          />{' '}
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
