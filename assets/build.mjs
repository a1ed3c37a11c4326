// Builds Voice's static assets from govuk-frontend (npm) into voice/static/.
// We use GOV.UK Frontend's components and patterns, but we are not GOV.UK:
// the GDS Transport font and the crown are left out on purpose.
import { mkdirSync, copyFileSync, writeFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
const out = join(root, "voice", "static");

mkdirSync(join(out, "css"), { recursive: true });
mkdirSync(join(out, "js"), { recursive: true });

const css = sass.compile(join(root, "assets", "voice.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import", "global-builtin"],
});
writeFileSync(join(out, "css", "voice.css"), css.css);
copyFileSync(join(govuk, "govuk-frontend.min.js"), join(out, "js", "govuk-frontend.min.js"));
for (const name of readdirSync(join(root, "assets", "js"))) {
  copyFileSync(join(root, "assets", "js", name), join(out, "js", name));
}
console.log("assets built into voice/static/");
