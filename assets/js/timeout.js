// The GOV.UK timeout warning: a few minutes before a survey page times out, a dialog
// offers more time. Without JavaScript the page says in words when it will time out.
const notice = document.querySelector('[data-module="voice-timeout"]');
if (notice) {
  const seconds = Number(notice.dataset.seconds);
  const warnSeconds = Number(notice.dataset.warnSeconds);
  const dialog = notice.querySelector("dialog");
  const form = notice.querySelector("form");
  let warnTimer;
  let endTimer;

  const schedule = () => {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(() => {
      if (dialog && typeof dialog.showModal === "function" && !dialog.open) dialog.showModal();
    }, Math.max(0, seconds - warnSeconds) * 1000);
    endTimer = setTimeout(() => {
      window.location.href = notice.dataset.timedOutUrl;
    }, seconds * 1000);
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const response = await fetch(notice.dataset.keepAliveUrl, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    if (response.ok) {
      if (dialog && dialog.open) dialog.close();
      schedule();
    } else {
      form.submit();
    }
  });
  schedule();
}
