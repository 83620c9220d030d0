import { NavLink } from "react-router";

export interface SubNavigationItem {
  text: string;
  to: string;
}

/**
 * MOJ's sub navigation: the pages of one record (overview, chronology, people, plan). The link of
 * the page shown carries aria-current="page", which both styles it and tells screen readers where
 * they are; react-router's NavLink sets it on an exact match of the path.
 */
export function SubNavigation({ label, items }: { label: string; items: SubNavigationItem[] }) {
  return (
    <nav className="moj-sub-navigation" aria-label={label}>
      <ul className="moj-sub-navigation__list">
        {items.map((item) => (
          <li key={item.to} className="moj-sub-navigation__item">
            <NavLink to={item.to} end className="moj-sub-navigation__link">
              {item.text}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
