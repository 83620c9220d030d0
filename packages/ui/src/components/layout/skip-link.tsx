/** The first thing a keyboard user reaches: jumps past the header to the page's content. */
export function SkipLink({ href = "#main-content" }: { href?: string }) {
  return (
    <a href={href} className="govuk-skip-link" data-module="govuk-skip-link">
      Skip to main content
    </a>
  );
}
