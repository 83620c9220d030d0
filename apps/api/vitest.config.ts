import { integrationProject } from "@hearth/vitest-config";

export default integrationProject("api-server");
