import {
  adviceRequestChildSchema,
  adviceRequestConcernSchema,
  adviceRequestEmailSchema,
  adviceRequestOrganisationSchema,
  adviceRequestWhoSchema,
  isAllowedWorkEmail,
  notAllowedEmailMessage,
} from "@hearth/domain";
import { useState } from "react";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink, WarningText } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { Textarea } from "../../components/form/textarea";
import { useSchemaForm } from "../../forms/use-schema-form";
import { QuestionPage } from "../../question-pages/question-page";
import { TextQuestion } from "../../question-pages/text-question";
import { advicePaths, useAdviceJourney } from "./advice-journey";

const caption = "Ask for advice about a child";

/** The first question, always: a child at immediate risk is referred by phone to the MASH, never online. */
export function ImmediateRiskQuestion() {
  const navigate = useNavigate();
  const [answer, setAnswer] = useState<"" | "yes" | "no">("");
  const [asked, setAsked] = useState(0);
  const missing = asked && !answer ? "Say whether a child is at immediate risk of significant harm" : undefined;
  usePageTitle("Is a child at immediate risk of significant harm?", { hasErrors: !!missing });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={missing ? [{ text: missing, fieldId: "immediateRisk" }] : []} focusKey={asked} />
        <span className="govuk-caption-l">{caption}</span>
        <p className="govuk-body">
          For professionals who work with children in Oxfordshire: schools, early years, health, police and voluntary groups. A locality worker will
          call you back.
        </p>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setAsked((n) => n + 1);
            if (answer === "yes") void navigate(advicePaths.mash);
            if (answer === "no") void navigate(advicePaths.who);
          }}
        >
          <Radios
            name="immediateRisk"
            legend="Is a child at immediate risk of significant harm?"
            isPageHeading
            legendSize="l"
            hint="For example, a child is injured, has disclosed abuse, or is not safe to go home today."
            error={missing}
            items={[
              { value: "yes", text: "Yes" },
              { value: "no", text: "No" },
            ]}
            onChange={(e) => setAnswer(e.target.value as "yes" | "no")}
          />
          <Button>Continue</Button>
        </form>
      </div>
    </div>
  );
}

/** A yes stops here: the MASH's number, from the council's configuration, and nothing is sent. */
export function CallTheMashPage() {
  const { reference } = useAdviceJourney();
  usePageTitle("Call the MASH now");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={advicePaths.start} />
        <h1 className="govuk-heading-l">Call the MASH now</h1>
        <WarningText>Do not use this form. A child at immediate risk of significant harm must be referred by phone straight away.</WarningText>
        <p className="govuk-body">{reference.mash.name}</p>
        <p className="govuk-body govuk-!-font-size-36 govuk-!-font-weight-bold" data-testid="mash-phone">
          <a className="govuk-link" href={`tel:${reference.mash.phone.replace(/\s/g, "")}`}>
            {reference.mash.phone}
          </a>
        </p>
        <p className="govuk-body">If a child is in danger right now, call 999.</p>
      </div>
    </div>
  );
}

export function WhoPage() {
  const journey = useAdviceJourney();
  const form = useSchemaForm({ schema: adviceRequestWhoSchema, defaultValues: { name: journey.answers.name, role: journey.answers.role } });
  return (
    <QuestionPage
      title="Who are you?"
      heading="Who are you?"
      caption={caption}
      backTo={journey.backTo(advicePaths.start)}
      errors={form.summary()}
      focusKey={form.focusKey}
      onSubmit={form.onSubmit((_parsed, typed) => {
        journey.update(typed);
        journey.next(advicePaths.organisation);
      })}
    >
      <TextInput label="Your full name" autoComplete="name" spellCheck={false} {...form.field("name")} />
      <TextInput label="Your role" hint="For example, designated safeguarding lead, health visitor or PCSO" {...form.field("role")} />
    </QuestionPage>
  );
}

export function OrganisationPage() {
  const journey = useAdviceJourney();
  const form = useSchemaForm({ schema: adviceRequestOrganisationSchema, defaultValues: { organisation: journey.answers.organisation } });
  const question = "Which organisation do you work for?";
  return (
    <QuestionPage
      title={question}
      caption={caption}
      backTo={journey.backTo(advicePaths.who)}
      errors={form.summary()}
      focusKey={form.focusKey}
      onSubmit={form.onSubmit((_parsed, typed) => {
        journey.update(typed);
        journey.next(advicePaths.email);
      })}
    >
      <TextQuestion
        form={form}
        name="organisation"
        question={question}
        hint="For example, the name of your school, GP practice or team"
        autoComplete="organization"
      />
    </QuestionPage>
  );
}

/** Only work addresses are accepted; the same rule as the server's, so the message sits beside the box. */
export function EmailPage() {
  const journey = useAdviceJourney();
  const domains = journey.reference.allowedEmailDomains;
  const form = useSchemaForm({
    schema: adviceRequestEmailSchema,
    defaultValues: { email: journey.answers.email },
    check: (_values, parsed) => ({ email: parsed && !isAllowedWorkEmail(parsed.email, domains) ? notAllowedEmailMessage(domains) : undefined }),
  });
  const question = "What is your work email address?";
  return (
    <QuestionPage
      title={question}
      caption={caption}
      backTo={journey.backTo(advicePaths.organisation)}
      errors={form.summary()}
      focusKey={form.focusKey}
      onSubmit={form.onSubmit((_parsed, typed) => {
        journey.update(typed);
        journey.next(advicePaths.child);
      })}
    >
      <TextQuestion
        form={form}
        name="email"
        question={question}
        hint={`We will send a link to confirm it. Addresses ending in ${domains.join(", ")} are accepted.`}
        type="email"
        autoComplete="email"
        spellCheck={false}
      />
    </QuestionPage>
  );
}

export function ChildPage() {
  const journey = useAdviceJourney();
  const a = journey.answers;
  const form = useSchemaForm({
    schema: adviceRequestChildSchema,
    defaultValues: { childKind: a.childKind, childName: a.childName, childAge: a.childAge, childSetting: a.childSetting, localityId: a.localityId },
    toInput: (v) => ({ ...v, childKind: v.childKind || undefined, consentGiven: v.childKind === "named" }),
    order: ["childKind", "childName", "childAge", "childSetting", "localityId"],
  });
  const named = form.values.childKind === "named";
  return (
    <QuestionPage
      title="About the child"
      heading="About the child"
      caption={caption}
      backTo={journey.backTo(advicePaths.email)}
      errors={form.summary()}
      focusKey={form.focusKey}
      onSubmit={form.onSubmit((_parsed, typed) => {
        journey.update({ ...typed, childName: typed.childKind === "named" ? typed.childName : "" });
        journey.next(advicePaths.concern);
      })}
    >
      <Radios
        legend="Has the family agreed to you naming the child?"
        legendSize="m"
        hint="Without the family’s agreement, ask without names: LCSS can still advise you."
        items={[
          { value: "named", text: "Yes, the family has agreed" },
          { value: "no_names", text: "No, I will ask without names" },
        ]}
        {...form.field("childKind")}
      />
      {named && <TextInput label="The child’s full name" spellCheck={false} {...form.field("childName")} />}
      <TextInput label="The child’s age in years" inputMode="numeric" width="3" {...form.field("childAge")} />
      <TextInput label="School or setting (optional)" {...form.field("childSetting")} />
      <Select
        label="Locality where the child lives"
        options={[{ value: "", text: "Choose a locality" }, ...journey.reference.localities.map((l) => ({ value: l.id, text: l.name }))]}
        {...form.field("localityId")}
      />
    </QuestionPage>
  );
}

export function ConcernPage() {
  const journey = useAdviceJourney();
  const form = useSchemaForm({
    schema: adviceRequestConcernSchema,
    defaultValues: { concern: journey.answers.concern, tried: journey.answers.tried },
  });
  return (
    <QuestionPage
      title="Your concern"
      heading="Your concern"
      caption={caption}
      backTo={journey.backTo(advicePaths.child)}
      errors={form.summary()}
      focusKey={form.focusKey}
      onSubmit={form.onSubmit((_parsed, typed) => {
        journey.update(typed);
        journey.next(advicePaths.check);
      })}
    >
      <Textarea
        label="What are you worried about?"
        hint="In your own words: what you have seen or been told, and since when"
        {...form.field("concern")}
      />
      <Textarea
        label="What has been tried so far?"
        hint="Support already offered by you or others, or write ‘nothing yet’"
        {...form.field("tried")}
      />
    </QuestionPage>
  );
}
