import { skipToken, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ChoiceGroupProps } from "../../components/form/choice-group";
import { Radios } from "../../components/form/radios";
import { TextInput } from "../../components/form/text-input";
import { serverFormErrors } from "../../forms/server-errors";
import { useTRPC } from "../../trpc/trpc";

/**
 * The search for a family in the caller's area by a family or member's name, then a choice of the
 * families found: used wherever a worker names the family a record is about (a consultation, a
 * self-referral at a centre). `choice` binds the radios to the caller's form or state.
 */
export function FamilySearch({
  choice,
  noneFound,
}: {
  choice: Omit<ChoiceGroupProps, "legend" | "items">;
  /** What to do when nobody matches, said in the words of the page. */
  noneFound: string;
}) {
  const trpc = useTRPC();
  const [typed, setTyped] = useState("");
  const [searched, setSearched] = useState("");
  const found = useQuery(trpc.families.search.queryOptions(searched ? { name: searched } : skipToken));
  const records = (found.data ?? []).flatMap((f) => (f.kind === "record" ? [f] : []));
  return (
    <>
      <div className="govuk-form-group">
        <TextInput
          name="familySearch"
          label="Find the family"
          hint="Their family name, or a member’s name"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          error={found.error ? serverFormErrors(found.error)[0] : undefined}
        />
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setSearched(typed.trim())}>
          Search
        </button>
      </div>
      {searched && found.isSuccess && records.length === 0 && <p className="govuk-body">{noneFound}</p>}
      {records.length > 0 && (
        <Radios
          legend="Choose the family"
          legendSize="s"
          items={records.map((f) => ({ value: f.id, text: f.name, hint: `${f.postcode ?? "No postcode"}, ${f.areaName}` }))}
          {...choice}
        />
      )}
      {records.length === 0 && choice.error && (
        <p className="govuk-error-message" id={choice.name}>
          {choice.error}
        </p>
      )}
    </>
  );
}
