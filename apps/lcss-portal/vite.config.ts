import { hearthAppConfig } from "@hearth/ui/vite-app.config";

// Served by the API at /lcss/; see packages/ui/vite-app.config.js for the shared set-up.
export default hearthAppConfig({ base: "/lcss/", port: 5173 });
