import { unitProject } from "@hearth/vitest-config";

// The shared lint config's own tests (plain JavaScript, like the config).
export default unitProject("eslint-config", { include: ["test/**/*.test.js"] });
