import type { RouterOutputs } from "@hearth/api";
import { countOf } from "@hearth/domain";
import { usePageTitle } from "../../app/service";
import { Button, ButtonGroup } from "../../components/button";
import { InsetText, WarningText } from "../../components/content";
import { PersonResults } from "./person-results";

type Duplicates = Extract<RouterOutputs["people"]["create"], { status: "possible_duplicates" }>;

/**
 * The single child index must hold each person once. When the details match someone already
 * recorded, the worker either opens that record or says plainly that this is someone else.
 */
export function PossibleDuplicates({
  name,
  result,
  confirming,
  onConfirmDifferent,
  onChangeDetails,
}: {
  name: string;
  result: Duplicates;
  confirming: boolean;
  onConfirmDifferent: () => void;
  onChangeDetails: () => void;
}) {
  usePageTitle("Check if this person is already recorded");
  const visible = result.matches.length;
  const hidden = result.matchesOutsideYourArea;
  return (
    <>
      <h1 className="govuk-heading-l">Check if {name} is already recorded</h1>
      <p className="govuk-body">Someone with the same name and date of birth is already on Hearth. Open their record if it is the same person.</p>
      {visible > 0 && <PersonResults people={result.matches} caption={countOf(visible, "possible match", "possible matches")} />}
      {hidden > 0 && (
        <InsetText>
          {countOf(hidden, "more possible match is", "more possible matches are")} recorded in another area, so you cannot see{" "}
          {hidden === 1 ? "it" : "them"}. Ask that area&apos;s team before adding a new record.
        </InsetText>
      )}
      <WarningText>Only add {name} if you are sure they are a different person. A second record splits their history.</WarningText>
      <ButtonGroup>
        <Button type="button" onClick={onConfirmDifferent} disabled={confirming}>
          This is a different person: add them
        </Button>
        <Button type="button" variant="secondary" onClick={onChangeDetails}>
          Change the details
        </Button>
      </ButtonGroup>
    </>
  );
}
