import { integrationProject } from "@hearth/vitest-config";

export default integrationProject("worker");
