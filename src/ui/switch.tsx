/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
interface SwitchProps {
  on: boolean;
  /** Id of the element that names the switch, and of the one that describes it. */
  label: string;
  description?: string;
  onClick: () => void;
}

/** An on/off switch: a real button with role=switch, so Space and Enter toggle it. */
export const Switch = ({ on, label, description, onClick }: SwitchProps) => (
  <button
    type="button"
    role="switch"
    class="sw"
    part="switch"
    aria-checked={on}
    aria-labelledby={label}
    aria-describedby={description}
    onClick={onClick}
  />
);
