import type { ComponentPropsWithRef, ReactNode } from "react";
import { Link } from "react-router";
import { cx } from "./form/field-parts";

type Variant = "primary" | "secondary" | "warning";

const variantClass = (variant: Variant) => (variant === "primary" ? undefined : `govuk-button--${variant}`);

/** A GOV.UK button. Inside a form it submits by default, as a browser's button would. */
export function Button({
  variant = "primary",
  isStartButton,
  className,
  children,
  ...button
}: ComponentPropsWithRef<"button"> & { variant?: Variant; isStartButton?: boolean }) {
  return (
    <button
      type="submit"
      {...button}
      className={cx("govuk-button", variantClass(variant), isStartButton && "govuk-button--start", className)}
      data-module="govuk-button"
    >
      {children}
    </button>
  );
}

/** A link that looks like a button, for moving to another page rather than sending a form. */
export function ButtonLink({ to, variant = "primary", children }: { to: string; variant?: Variant; children: ReactNode }) {
  return (
    <Link to={to} draggable={false} className={cx("govuk-button", variantClass(variant))} data-module="govuk-button">
      {children}
    </Link>
  );
}

/** Groups a button with a secondary link or button, spaced as GOV.UK intends. */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
