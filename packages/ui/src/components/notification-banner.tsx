import { useEffect, useRef, type ReactNode } from "react";

/**
 * GOV.UK's notification banner. A success banner reports the result of the user's last action,
 * so it is announced and focused as it appears; an important one is just information on the page.
 */
export function NotificationBanner({
  type = "important",
  title,
  heading,
  children,
}: {
  type?: "important" | "success";
  title?: string;
  heading: ReactNode;
  children?: ReactNode;
}) {
  const success = type === "success";
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (success) ref.current?.focus();
  }, [success]);
  return (
    <div
      ref={ref}
      className={`govuk-notification-banner${success ? " govuk-notification-banner--success" : ""}`}
      role={success ? "alert" : "region"}
      aria-labelledby="govuk-notification-banner-title"
      tabIndex={success ? -1 : undefined}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="govuk-notification-banner-title">
          {title ?? (success ? "Success" : "Important")}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
