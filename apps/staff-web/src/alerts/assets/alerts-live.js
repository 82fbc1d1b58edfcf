// Live alerts on the alerts page: each new alert goes on top of the list and is announced in a
// polite live region, without moving focus. Pause stops the stream; resume catches up on what
// came meanwhile (the server sends what was missed after `after`). Without this script the page
// is complete, refreshed by its link.
const root = document.querySelector('[data-hw-alerts-live]');
if (root && 'EventSource' in window) {
  const rows = root.querySelector('[data-hw-alerts-rows]');
  const table = root.querySelector('table');
  const empty = root.querySelector('[data-hw-alerts-empty]');
  const controls = document.querySelector('[data-hw-live-controls]');
  const status = document.querySelector('[data-hw-live-status]');
  const toggle = document.querySelector('[data-hw-live-toggle]');
  const announcer = document.querySelector('[data-hw-live-announcer]');
  const liveUrl = root.getAttribute('data-live-url');
  const since = root.getAttribute('data-since');
  let lastSeenId = root.getAttribute('data-last-seen-id');
  let source = null;
  let pending = [];
  let announceTimer = null;

  const LIVE = 'New alerts appear here as they are raised.';
  // The refusal stands out from the usual status words until live updates resume.
  const REFUSED = 'govuk-!-font-weight-bold';

  function announce(text) {
    // Emptied first, so the same words twice are still read out.
    announcer.textContent = '';
    window.setTimeout(() => {
      announcer.textContent = text;
    }, 50);
  }

  // Several alerts at once (a catch-up) are one announcement, not a queue of them.
  function queueAnnouncement(text) {
    pending.push(text);
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      announce(pending.length === 1 ? pending[0] : `${pending.length} new alerts. The newest: ${pending[pending.length - 1]}`);
      pending = [];
    }, 300);
  }

  function show(alert) {
    lastSeenId = alert.id;
    if (document.getElementById(`alert-${alert.id}`)) return;
    rows.insertAdjacentHTML('afterbegin', alert.html);
    table.hidden = false;
    empty.hidden = true;
    queueAnnouncement(alert.announcement);
  }

  function connect() {
    const url = new URL(liveUrl, window.location.href);
    if (lastSeenId) url.searchParams.set('after', lastSeenId);
    else url.searchParams.set('since', since);
    source = new EventSource(url);
    source.addEventListener('alert', (event) => show(JSON.parse(event.data)));
    // The person has as many live streams open as alerting allows (other tabs): stopped, said why.
    source.addEventListener('too-many-streams', (event) => {
      const { message } = JSON.parse(event.data);
      source.close();
      source = null;
      toggle.textContent = 'Resume live updates';
      status.textContent = message;
      status.classList.add(REFUSED);
      announce(message);
    });
    source.addEventListener('open', () => {
      status.textContent = LIVE;
    });
    source.addEventListener('error', () => {
      status.textContent =
        source.readyState === EventSource.CLOSED
          ? 'Live updates have stopped. Refresh the alerts to see new ones.'
          : 'Reconnecting to live updates…';
    });
  }

  function pause() {
    source.close();
    source = null;
    toggle.textContent = 'Resume live updates';
    status.textContent = 'Live updates are paused. New alerts will not appear until you resume.';
    announce('Live updates paused');
  }

  function resume() {
    status.classList.remove(REFUSED);
    connect();
    toggle.textContent = 'Pause live updates';
    status.textContent = LIVE;
    announce('Live updates resumed');
  }

  toggle.addEventListener('click', () => (source ? pause() : resume()));
  controls.hidden = false;
  connect();
}
