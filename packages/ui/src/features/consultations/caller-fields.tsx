import type { ConsultationReference } from "@hearth/domain";
import type { UseFormReturn } from "react-hook-form";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import type { CallFormValues } from "./call-form-values";

export type CallForm = UseFormReturn<CallFormValues, unknown, unknown>;
export type Message = (name: keyof CallFormValues | "indicatorCodes") => string | undefined;

/** Who is calling: name, role, organisation (from LCSS's list, or typed) and how to reach them. */
export function CallerFields({
  form,
  message,
  organisations,
}: {
  form: CallForm;
  message: Message;
  organisations: ConsultationReference["organisations"];
}) {
  const other = form.watch("organisationId") === "other";
  return (
    <>
      <h2 className="govuk-heading-m">The caller</h2>
      <TextInput label="Caller’s name" autoComplete="off" spellCheck={false} error={message("callerName")} {...form.register("callerName")} />
      <TextInput
        label="Caller’s role"
        hint="For example, Designated safeguarding lead, health visitor"
        error={message("callerRole")}
        {...form.register("callerRole")}
      />
      <Select
        label="Organisation"
        error={message("organisationId")}
        options={[
          { value: "", text: "Choose an organisation" },
          ...organisations.map((o) => ({ value: o.id, text: o.name })),
          { value: "other", text: "Other – not on the list" },
        ]}
        {...form.register("organisationId")}
      />
      {other && <TextInput label="Organisation’s name" error={message("organisationOther")} {...form.register("organisationOther")} />}
      <TextInput
        label="Phone number (optional)"
        type="tel"
        autoComplete="off"
        width="20"
        error={message("callerPhone")}
        {...form.register("callerPhone")}
      />
      <TextInput
        label="Work email address (optional)"
        type="email"
        autoComplete="off"
        spellCheck={false}
        error={message("callerEmail")}
        {...form.register("callerEmail")}
      />
    </>
  );
}
