// The MOJ Design System's case-work patterns, on GOV.UK Frontend markup; the app imports MOJ's CSS.
export { Alert, type AlertVariant } from "./alert";
export { Badge, type BadgeColour } from "./badge";
export { FilterPanel, type SelectedFilterCategory } from "./filter-panel";
export { IdentityBar, type IdentityAction, type IdentityFact } from "./identity-bar";
export { Pagination, pageNumbers } from "./pagination";
export { type SortDirection } from "./sort-arrow";
export { SubNavigation, type SubNavigationItem } from "./sub-navigation";
export { Timeline, type TimelineItem } from "./timeline";
