// The young people's survey: read aloud, and display options without a page reload.
// Progressive enhancement only: without this file every page still works, and the
// display options still work as an ordinary form.

function readableText(main) {
  const parts = [];
  const selector = "h1, h2, legend, p, li, label, .govuk-hint, .govuk-error-message, " +
    ".govuk-summary-list__key, .govuk-summary-list__value, .govuk-error-summary__title";
  for (const element of main.querySelectorAll(selector)) {
    // Skip text inside something already read (a label inside a legend, say) and hidden text.
    if (element.parentElement.closest(selector) && !element.matches("label")) continue;
    if (element.closest("[hidden], .govuk-visually-hidden")) continue;
    const text = element.innerText.trim();
    if (text) parts.push(text);
  }
  return parts.join(". ").replace(/\.\s*\./g, ".");
}

function pageLanguage() {
  return document.documentElement.lang || "en";
}

// A voice for the language ("ur" matches "ur-PK" and "ur_IN"), or null if there is none.
function voiceFor(language) {
  const wanted = language.toLowerCase().split(/[-_]/)[0];
  const voices = window.speechSynthesis.getVoices();
  return voices.find((voice) => (voice.lang || "").toLowerCase().split(/[-_]/)[0] === wanted) || null;
}

function initReadAloud() {
  const button = document.querySelector("[data-read-aloud]");
  const main = document.getElementById("main-content");
  if (!button || !main || !("speechSynthesis" in window) || !("SpeechSynthesisUtterance" in window)) {
    return;
  }
  const startText = button.textContent.trim();
  const stopText = button.dataset.stopText || startText;
  let speaking = false;

  const reset = () => {
    speaking = false;
    button.textContent = startText;
  };
  button.addEventListener("click", () => {
    window.speechSynthesis.cancel();
    if (speaking) {
      reset();
      return;
    }
    const utterance = new window.SpeechSynthesisUtterance(readableText(main));
    utterance.lang = pageLanguage();
    const voice = voiceFor(utterance.lang);
    try {
      if (voice) utterance.voice = voice;
    } catch (error) {
      // Not a real SpeechSynthesisVoice (a test's stand-in): utterance.lang still picks one.
    }
    utterance.rate = 0.9;
    utterance.addEventListener("end", reset);
    utterance.addEventListener("error", reset);
    speaking = true;
    button.textContent = stopText;
    window.speechSynthesis.speak(utterance);
  });
  window.addEventListener("pagehide", () => window.speechSynthesis.cancel());
  // Offer the button only when the device can really speak the page's language:
  // speechSynthesis exists in browsers with no voice installed, and an English voice
  // reading Urdu says nothing useful. Voices often arrive after the page loads, so look
  // again when the list changes.
  const showWhenVoiced = () => {
    const voiced = voiceFor(pageLanguage()) !== null;
    if (!voiced && speaking) window.speechSynthesis.cancel();
    button.hidden = !voiced;
  };
  showWhenVoiced();
  window.speechSynthesis.addEventListener("voiceschanged", showWhenVoiced);
}

const BODY_CLASSES = { large_text: "voice-large-text", high_contrast: "voice-high-contrast" };

function initDisplayOptions() {
  const form = document.querySelector(".voice-display-options__form");
  if (!form || !window.fetch) return;
  form.addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-display-toggle]");
    if (!button) return;
    event.preventDefault();
    const data = new FormData(form);
    data.append(button.name, button.value || "y");
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: data,
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (!response.ok) throw new Error(String(response.status));
      const choice = await response.json();
      for (const [key, className] of Object.entries(BODY_CLASSES)) {
        document.body.classList.toggle(className, Boolean(choice[key]));
        const toggle = form.querySelector(`[data-display-toggle="${key}"]`);
        if (toggle) toggle.setAttribute("aria-pressed", choice[key] ? "true" : "false");
      }
    } catch {
      // Fall back to the ordinary form post, which re-renders the page.
      form.requestSubmit(button);
    }
  });
}

initReadAloud();
initDisplayOptions();
