export interface CookieOptions {
  maxAgeSeconds?: number;
}

/** The HTTP layer's cookies, behind an interface so tests can call procedures without a server. */
export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, options: CookieOptions): void;
  clear(name: string): void;
}
