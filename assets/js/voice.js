// Progressive enhancement only: every page works without this file.
import { initAll } from "./govuk-frontend.min.js";

initAll();

// After "Continue", move focus to the error summary or the page heading so screen
// reader users know the page changed.
const summary = document.querySelector(".govuk-error-summary");
if (!summary) {
  const main = document.getElementById("main-content");
  if (main && main.dataset.focusOnLoad === "true") {
    main.focus();
  }
}
