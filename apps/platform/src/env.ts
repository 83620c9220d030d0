// The platform's own reading of the environment; the API's and the worker's settings are parsed by
// their own env.ts, which this passes the environment to.
import { readWorkerEnv } from "@hearth/worker/env";

/** The worker's settings, with links in messages pointing at this platform unless PUBLIC_BASE_URL is set. */
export const readPlatformWorkerEnv = (baseUrl: string) => readWorkerEnv({ PUBLIC_BASE_URL: baseUrl, ...process.env });

/** HEARTH_NO_COUNTY=1 starts without writing the small demo county. */
export const demoCountyWanted = () => process.env.HEARTH_NO_COUNTY !== "1";
