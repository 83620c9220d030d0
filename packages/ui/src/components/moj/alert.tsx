import { useEffect, useRef, useState, type ReactNode } from "react";
import { cx } from "../form/field-parts";
import { AlertIcon, type AlertVariant } from "./alert-icons";

export type { AlertVariant };

/**
 * MOJ's alert, for something about the record in front of the worker ("This child has a child
 * protection plan", "Case note saved"). Success and error alerts usually report the result of what
 * the user just did, so by default they are announced and take focus as they appear, as MOJ's
 * script does for role="alert"; the others are part of the page. Dismissing an alert hands focus to the page's
 * main content, so keyboard users are not left on a button that no longer exists.
 */
export function Alert({
  variant = "information",
  title,
  headingLevel,
  dismissible,
  announce = variant === "success" || variant === "error",
  children,
}: {
  variant?: AlertVariant;
  /** Says what the alert is about; read out with the variant ("warning: …") as its name. */
  title: string;
  /** Show the title as a heading of this level above the content. */
  headingLevel?: 2 | 3 | 4;
  dismissible?: boolean;
  /** Announce it and move focus to it as it appears; by default, success and error alerts do. */
  announce?: boolean;
  children?: ReactNode;
}) {
  const [dismissed, setDismissed] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (announce) ref.current?.focus();
  }, [announce]);

  if (dismissed) return null;
  const dismiss = () => {
    const landing = ref.current?.closest("main");
    landing?.focus();
    setDismissed(true);
  };
  // MOJ shows the title as a heading only above content; on its own the title is the content.
  const Heading = headingLevel && children ? (`h${headingLevel}` as const) : undefined;
  return (
    <div
      ref={ref}
      role={announce ? "alert" : "region"}
      className={cx("moj-alert", `moj-alert--${variant}`, Heading && "moj-alert--with-heading")}
      aria-label={`${variant}: ${title}`}
      tabIndex={announce ? -1 : undefined}
    >
      <div>
        <AlertIcon variant={variant} />
      </div>
      <div className="moj-alert__content">
        {Heading && <Heading className="moj-alert__heading">{title}</Heading>}
        {!children && title}
        {children}
      </div>
      {dismissible && (
        <div className="moj-alert__action">
          <button type="button" className="moj-alert__dismiss" onClick={dismiss}>
            Dismiss<span className="govuk-visually-hidden"> {title}</span>
          </button>
        </div>
      )}
    </div>
  );
}
