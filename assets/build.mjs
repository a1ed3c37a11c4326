// Builds Voice's static assets from govuk-frontend (npm) into voice/static/.
// We use GOV.UK Frontend's components and patterns, but we are not GOV.UK:
// the GDS Transport font and the crown are left out on purpose.
//
// Besides css/voice.css and js/*.js (plain names, for development), it writes every
// asset a page loads again under voice/static/dist/ with a content hash in its name,
// gzip and brotli copies beside each, and dist/manifest.json mapping plain names to
// hashed ones. The app links to the hashed names (voice/assets.py), so browsers may
// cache them for a year: a changed file gets a new name.
//
// css/voice-all.css is the same stylesheet with all of GOV.UK Frontend compiled in:
// the baseline that benchmarks/bench_page_weight.py measures beside the real thing.
import { createHash } from "node:crypto";
import {
  copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync,
} from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
const out = join(root, "voice", "static");
const dist = join(out, "dist");

mkdirSync(join(out, "css"), { recursive: true });
mkdirSync(join(out, "js"), { recursive: true });

const sassOptions = {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import", "global-builtin"],
};
const entry = join(root, "assets", "voice.scss");
writeFileSync(join(out, "css", "voice.css"), sass.compile(entry, sassOptions).css);

// The baseline: voice.scss with its list of GOV.UK Frontend parts swapped for all of them.
const slim = /\/\/ govuk-frontend: begin[^\n]*\n[\s\S]*?\/\/ govuk-frontend: end\n/;
const source = readFileSync(entry, "utf8");
if (!slim.test(source)) throw new Error("assets/voice.scss lost its '// govuk-frontend: begin/end' markers");
const everything = source.replace(slim, '@use "govuk-frontend/dist/govuk/index" as govuk-all;\n');
writeFileSync(
  join(out, "css", "voice-all.css"),
  sass.compileString(everything, { ...sassOptions, url: pathToFileURL(entry) }).css,
);

copyFileSync(join(govuk, "govuk-frontend.min.js"), join(out, "js", "govuk-frontend.min.js"));
for (const name of readdirSync(join(root, "assets", "js"))) {
  copyFileSync(join(root, "assets", "js", name), join(out, "js", name));
}

// Content-hashed copies. The GOV.UK Frontend script goes first: voice.js imports it, so
// voice.js is rewritten to import the hashed name before its own hash is taken.
rmSync(dist, { recursive: true, force: true });
const manifest = {};
// The hash is a folder, so the file keeps its own name: dist/<hash>/images/easy-read/help.svg.
const hashedName = (name, body) => `${createHash("sha256").update(body).digest("hex").slice(0, 12)}/${name}`;
const emit = (logical, body) => {
  const target = `dist/${hashedName(logical, body)}`;
  mkdirSync(dirname(join(out, target)), { recursive: true });
  writeFileSync(join(out, target), body);
  writeFileSync(join(out, `${target}.gz`), gzipSync(body, { level: 9 }));
  writeFileSync(join(out, `${target}.br`), brotliCompressSync(body, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
  manifest[logical] = target;
};
const walk = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? walk(path) : [path];
});

emit("js/govuk-frontend.min.js", readFileSync(join(out, "js", "govuk-frontend.min.js")));
const govukHashed = manifest["js/govuk-frontend.min.js"].replace(/^dist\//, "");  // <hash>/js/govuk-frontend.min.js
for (const name of readdirSync(join(root, "assets", "js"))) {
  // From dist/<hash>/js/ up to dist/, then down into the script's own hashed folder.
  const text = readFileSync(join(out, "js", name), "utf8").replaceAll("./govuk-frontend.min.js", `../../${govukHashed}`);
  emit(`js/${name}`, Buffer.from(text));
}
emit("css/voice.css", readFileSync(join(out, "css", "voice.css")));
for (const path of walk(join(out, "images"))) {
  emit(relative(out, path).split(sep).join("/"), readFileSync(path));
}
writeFileSync(join(dist, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`assets built into voice/static/ (${Object.keys(manifest).length} hashed in dist/)`);
