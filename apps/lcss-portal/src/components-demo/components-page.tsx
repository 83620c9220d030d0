import { Alert, Badge, IdentityBar, SubNavigation, Timeline, usePageTitle, type BadgeColour } from "@hearth/ui";
import { useState } from "react";
import { CasesExample } from "./cases-example";
import { sampleChronology, sampleFamily } from "./sample-record";

const recordPages = [
  { text: "Overview", to: "/components" },
  { text: "Chronology", to: "/components/chronology" },
  { text: "People", to: "/components/people" },
];

const statuses: { text: string; colour: BadgeColour }[] = [
  { text: "New", colour: "blue" },
  { text: "Open", colour: "green" },
  { text: "Urgent", colour: "red" },
  { text: "Child protection plan", colour: "purple" },
  { text: "Child in need", colour: "bright-purple" },
  { text: "On hold", colour: "black" },
  { text: "Closed", colour: "grey" },
];

/**
 * Every MOJ case-work component with made-up data, for designers, testers and developers to see
 * them working together before they are used on a real record.
 */
export function ComponentsPage() {
  usePageTitle("Case-work components");
  const [noteAdded, setNoteAdded] = useState(false);
  return (
    <>
      <h1 className="govuk-heading-l">Case-work components</h1>
      <p className="govuk-body">The MOJ Design System patterns used on family records, with made-up families. Nothing on this page is saved.</p>

      <IdentityBar
        title={sampleFamily.name}
        facts={sampleFamily.facts}
        actions={[
          { text: "Add case note", onClick: () => setNoteAdded(true) },
          { text: "View people", to: "/components/people" },
        ]}
      />
      <SubNavigation label="Family record" items={recordPages} />

      {noteAdded && (
        <Alert variant="success" title="Case note added" dismissible>
          The case note is on the Ashworth family's chronology.
        </Alert>
      )}

      <h2 className="govuk-heading-m">Alerts</h2>
      <Alert variant="information" title="The family has asked for letters in large print" />
      <Alert variant="warning" title="Visits in pairs" headingLevel={3}>
        A risk assessment says workers visit this address in pairs.
      </Alert>
      <Alert variant="error" title="The school's last report could not be read" announce={false} />

      <h2 className="govuk-heading-m">Statuses</h2>
      <ul className="govuk-list">
        {statuses.map((status) => (
          <li key={status.text}>
            <Badge colour={status.colour}>{status.text}</Badge>
          </li>
        ))}
      </ul>

      <h2 className="govuk-heading-m">Chronology</h2>
      <Timeline items={sampleChronology} headingLevel={3} />

      <h2 className="govuk-heading-m">Caseload</h2>
      <CasesExample />
    </>
  );
}
