// Builds static/dist from static/src: app.js (one IIFE), app.css (our
// stylesheet with vis-timeline's and Leaflet's), Leaflet's images, the
// basemap TopoJSON, and the TimelineJS viewer of the embed page (embed.js,
// embed.css and Knight Lab's TimelineJS under timelinejs/, so that an embed
// needs no CDN). Run from the repository root: npm run build.

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
  entryPoints: { app: join(here, "src", "app.js"), embed: join(here, "src", "embed.js") },
  outdir: dist,
  bundle: true,
  format: "iife",
  target: ["es2020"],
  minify: true,
  legalComments: "linked",
  logLevel: "warning",
});

await esbuild.build({
  entryPoints: { app: join(here, "src", "app.css"), embed: join(here, "src", "embed.css") },
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

// TimelineJS as its package builds it, in the layout it expects: its
// stylesheet finds the icon font at ../css/icons/ and the script loads
// locale/<lang>.json next to itself (script_path). Not its font themes,
// which load Google Fonts; embed.css sets the type instead.
const tl = join(modules, "@knight-lab", "timelinejs");
const tlDist = join(dist, "timelinejs");
await mkdir(join(tlDist, "js", "locale"), { recursive: true });
await mkdir(join(tlDist, "css", "icons"), { recursive: true });
for (const name of ["timeline.js", "timeline.js.LICENSE.txt"]) {
  await copyFile(join(tl, "dist", "js", name), join(tlDist, "js", name));
}
await copyFile(join(tl, "dist", "js", "locale", "en.json"), join(tlDist, "js", "locale", "en.json"));
await copyFile(join(tl, "dist", "css", "timeline.css"), join(tlDist, "css", "timeline.css"));
for (const name of await readdir(join(tl, "dist", "css", "icons"))) {
  await copyFile(join(tl, "dist", "css", "icons", name), join(tlDist, "css", "icons", name));
}
await copyFile(join(tl, "LICENSE"), join(tlDist, "LICENSE"));

for (const name of (await readdir(dist, { recursive: true })).sort()) console.log(join("static/dist", name));
