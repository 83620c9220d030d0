import { ChoiceGroup, type ChoiceGroupProps } from "./choice-group";

/** Any number of answers from a list; with `register(name)` the form value is an array. */
export function Checkboxes(props: ChoiceGroupProps) {
  return <ChoiceGroup kind="checkboxes" {...props} />;
}
