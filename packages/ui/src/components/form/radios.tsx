import { ChoiceGroup, type ChoiceGroupProps } from "./choice-group";

/** One answer from a short list. Spread `register(name)` into it. */
export function Radios(props: ChoiceGroupProps) {
  return <ChoiceGroup kind="radios" {...props} />;
}
