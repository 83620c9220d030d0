import { unitProject } from "@hearth/vitest-config";

export default unitProject("domain");
