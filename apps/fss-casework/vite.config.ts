import { hearthAppConfig } from "@hearth/ui/vite-app.config";

// Served by the API at /fss/; see packages/ui/vite-app.config.js for the shared set-up.
export default hearthAppConfig({ base: "/fss/", port: 5174 });
