// Plain JavaScript: Vite loads each app's config through Node, which cannot load .ts from a package.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The API's default address. 127.0.0.1 rather than localhost: Node may try IPv6 first, where the API does not listen.
const API = "http://127.0.0.1:3000";

/**
 * The one Vite set-up for every Hearth app. `base` is the path the API serves the built app under
 * (the router's basename is taken from it); in development the API's tRPC endpoint and GOV.UK
 * assets are proxied, so the app talks to a running API with hot reload.
 *
 * @param {{ base: `/${string}/`, port: number }} options
 */
export function hearthAppConfig({ base, port }) {
  const proxy = { "/trpc": API, "/assets": API };
  return defineConfig({
    base,
    plugins: [react()],
    server: { port, proxy },
    preview: { port, proxy },
    build: {
      outDir: "dist",
      emptyOutDir: true,
      sourcemap: true,
      // GOV.UK Frontend ships its CSS minified, with old Internet Explorer hacks the minifier
      // cannot parse; minifying it again gains nothing and fills the build log with errors.
      cssMinify: false,
      rolldownOptions: {
        // GOV.UK Frontend's fonts and images, which its CSS points at and the API serves at run time.
        external: (id) => id.startsWith("/assets/"),
      },
    },
  });
}
