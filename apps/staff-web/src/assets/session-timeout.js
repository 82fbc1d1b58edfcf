// The time-out warning on signed-in pages: the layout's <dialog> opens `warningSeconds` before
// the idle timeout ends, as a modal (the page behind is inert), focus inside it and kept there.
// "Stay signed in" (or Escape) POSTs /session/extend with the CSRF token; "Sign out" is a plain
// form. When the time runs out the page goes to sign-in, which says why and comes back here.
// The deadline is checked every second against the clock, so a laptop waking from sleep is
// signed out at once rather than when a long timer catches up.

const ANNOUNCE_EVERY_SECONDS = 30;

function inWords(seconds) {
  const unit = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return unit(rest, 'second');
  return rest === 0 ? unit(minutes, 'minute') : `${unit(minutes, 'minute')} ${unit(rest, 'second')}`;
}

function signInAfterTimeout() {
  const here = window.location.pathname + window.location.search;
  window.location.assign(`/sign-in?returnTo=${encodeURIComponent(here)}&timedOut=1`);
}

function focusable(dialog) {
  return [...dialog.querySelectorAll('button, [href], input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
    (el) => !el.disabled && el.offsetParent !== null,
  );
}

function start(dialog) {
  let timeoutSeconds = Number(dialog.dataset.timeoutSeconds);
  let warningSeconds = Number(dialog.dataset.warningSeconds);
  if (!(timeoutSeconds > 0) || !(warningSeconds > 0) || typeof dialog.showModal !== 'function') return;

  const countdown = dialog.querySelector('[data-countdown]');
  const announcement = dialog.querySelector('[data-announcement]');
  const stay = dialog.querySelector('[data-stay-signed-in]');
  let deadline = Date.now() + timeoutSeconds * 1000;
  let lastAnnounced = null;
  let focusBefore = null;
  let ended = false;

  const secondsLeft = () => Math.max(0, Math.ceil((deadline - Date.now()) / 1000));

  function show() {
    focusBefore = document.activeElement;
    lastAnnounced = null;
    dialog.showModal();
    stay.focus();
  }

  function hide() {
    if (!dialog.open) return;
    dialog.close();
    if (focusBefore && typeof focusBefore.focus === 'function') focusBefore.focus();
  }

  function update(left) {
    countdown.textContent = inWords(left);
    // A screen reader hears the time now and then, not every second.
    if (lastAnnounced === null || lastAnnounced - left >= ANNOUNCE_EVERY_SECONDS) {
      lastAnnounced = left;
      announcement.textContent = `We will sign you out in ${inWords(left)}.`;
    }
  }

  function tick() {
    if (ended) return;
    const left = secondsLeft();
    if (left <= 0) {
      ended = true;
      signInAfterTimeout();
      return;
    }
    if (left <= warningSeconds) {
      if (!dialog.open) show();
      update(left);
    }
  }

  async function staySignedIn() {
    hide();
    try {
      const res = await fetch('/session/extend', {
        method: 'POST',
        headers: { 'x-csrf-token': dialog.dataset.csrfToken, accept: 'application/json' },
        credentials: 'same-origin',
        redirect: 'manual',
      });
      const body = res.ok ? await res.json() : null;
      if (!body || !(body.timeoutSeconds > 0)) throw new Error('not extended');
      timeoutSeconds = body.timeoutSeconds;
      warningSeconds = body.warningSeconds;
      deadline = Date.now() + timeoutSeconds * 1000;
    } catch {
      // The session had already ended (or the server said no): sign in again, as on time-out.
      ended = true;
      signInAfterTimeout();
    }
  }

  stay.addEventListener('click', staySignedIn);
  // Escape is "stay signed in", not "close and carry on counting".
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    staySignedIn();
  });
  // Tab and Shift+Tab go round the dialog's own controls, never out to the browser's.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const controls = focusable(dialog);
    if (controls.length === 0) return;
    const first = controls[0];
    const last = controls[controls.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  window.setInterval(tick, 1000);
}

const dialog = document.querySelector('[data-module="hw-session-timeout"]');
if (dialog) start(dialog);
