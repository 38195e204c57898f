import { useId } from 'preact/hooks';

/** A slider that shows its value in words ("120 ms"); saved when released or changed by keyboard. */
export function RangeField(props: {
  name: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  format: (value: number) => string;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div class="range" data-setting={props.name}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        aria-valuetext={props.format(props.value)}
        onChange={(e) => props.onChange(Number((e.currentTarget as HTMLInputElement).value))}
      />
      <output for={id}>{props.format(props.value)}</output>
    </div>
  );
}
