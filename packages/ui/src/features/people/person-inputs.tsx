import { TextInput, type TextInputProps } from "../../components/form/text-input";

/**
 * The boxes that say who someone is, the same on every form that asks (adding a person, the
 * person and family searches, a caller's name): one place for their width, hints and browser
 * settings. Spread the form's `field(name)` into each, as into a TextInput.
 */

type Box = Omit<TextInputProps, "label"> & { label?: TextInputProps["label"] };

/** Someone else's name: the browser neither fills in the user's own nor marks it as misspelt. */
export function NameInput(props: TextInputProps) {
  return <TextInput autoComplete="off" spellCheck={false} {...props} />;
}

/** A postcode; searches take the whole postcode or its first part. */
export function PostcodeInput({ label = "Postcode", search = false, ...props }: Box & { search?: boolean }) {
  return (
    <TextInput
      label={label}
      hint={search ? "The whole postcode, like OX4 6QB, or its first part, like OX4" : undefined}
      width="10"
      autoComplete="off"
      {...props}
    />
  );
}

export function NhsNumberInput({ label = "NHS number", ...props }: Box) {
  return (
    <TextInput label={label} hint="10 digits, like 943 476 5919" width="10" inputMode="numeric" autoComplete="off" spellCheck={false} {...props} />
  );
}

export function UpnInput({ label = "Unique Pupil Number (UPN)", ...props }: Box) {
  return <TextInput label={label} hint="A letter then 12 digits" width="20" autoComplete="off" spellCheck={false} {...props} />;
}
