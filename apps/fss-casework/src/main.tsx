import "govuk-frontend/dist/govuk/govuk-frontend.min.css";
// After GOV.UK's, which it builds on: the case-work patterns (identity bar, timeline, filters).
import "@ministryofjustice/frontend/moj/moj-frontend.min.css";
import { mountHearthApp } from "@hearth/ui";
import { App } from "./app";

mountHearthApp({ name: "FSS casework", homePath: "/" }, <App />);
