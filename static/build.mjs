// Builds static/dist from static/src: app.js (one IIFE), app.css (our
// stylesheet with vis-timeline's and Leaflet's), Leaflet's images and the
// basemap TopoJSON. Run from the repository root: npm run build.

import { copyFile, mkdir, readdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const dist = join(here, "dist");
const modules = join(root, "node_modules");

// Empty dist but keep .gitkeep, which holds the directory in git.
await mkdir(dist, { recursive: true });
for (const name of await readdir(dist)) {
  if (name !== ".gitkeep") await rm(join(dist, name), { recursive: true, force: true });
}

await esbuild.build({
  entryPoints: { app: join(here, "src", "app.js") },
  outdir: dist,
  bundle: true,
  format: "iife",
  target: ["es2020"],
  minify: true,
  legalComments: "linked",
  logLevel: "warning",
});

await esbuild.build({
  entryPoints: { app: join(here, "src", "app.css") },
  outdir: dist,
  bundle: true,
  minify: true,
  loader: { ".png": "file", ".svg": "file" },
  // Unhashed names: Leaflet finds its default marker images by stripping
  // "marker-icon.png" off the URL it reads from the stylesheet.
  assetNames: "images/[name]",
  logLevel: "warning",
});

await mkdir(join(dist, "images"), { recursive: true });
const images = join(modules, "leaflet", "dist", "images");
for (const name of await readdir(images)) {
  await copyFile(join(images, name), join(dist, "images", name));
}
await copyFile(join(modules, "world-atlas", "countries-50m.json"), join(dist, "basemap.json"));

for (const name of (await readdir(dist, { recursive: true })).sort()) console.log(join("static/dist", name));
