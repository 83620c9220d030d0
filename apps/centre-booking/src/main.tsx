import "govuk-frontend/dist/govuk/govuk-frontend.min.css";
import { mountHearthApp } from "@hearth/ui";
import { App } from "./app";

mountHearthApp({ name: "Book a children's centre session", homePath: "/" }, <App />);
