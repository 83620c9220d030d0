import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export { appRouter, type AppRouter } from "./root";
export { createCallerFactory } from "./trpc";
export { unexpectedErrorLog } from "./errors";
export { createContext, defaultApiConfig, type ApiConfig, type Context, type CookieJar, type RequestMeta } from "./context";
export { SESSION_COOKIE } from "./auth/session";
export { CROSS_SITE_REFUSED, GET_REFUSED } from "./auth/cross-site";
export { READS_PER_CHANGE, TOO_MANY_REQUESTS, type RateLimiter } from "./rate-limit";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export { openReferralDownload, openReferralServiceById, openReferralServicePage, OPEN_REFERRAL_MAX_PER_PAGE } from "./directory/open-referral";
export { authoriseReturnDownload, type ReturnFileKind } from "./returns/download-return-file";
/** The server reads NEET_CURRENCY_MONTHS with the domain's own parser, so the rule has one home. */
export { currencyMonthsSettingSchema, parseCurrencyPeriods } from "@hearth/domain";
