// The organiser's dashboard of one event (?id=EVENT_ID): live figures, arrivals, breakdowns, check-in and walk-in.
'use strict';
(async () => {
  const { t, label, $, translatePage, graphql, breakdown, follow, params } = IseLive;
  translatePage();
  const eventId = params.get('id') || 'ev-demo-taster';
  const kept = 50;

  function figures(f) {
    $('checked-in').textContent = String(f.checkedIn);
    $('expected').textContent = String(f.expected);
    $('walk-ins').textContent = String(f.walkIns);
    $('registered').textContent = String(f.registered);
    const percent = f.expected > 0 ? Math.min(100, Math.round((100 * f.checkedIn) / f.expected)) : 0;
    $('progress').style.width = percent + '%';
    $('progress').parentElement.setAttribute('aria-valuenow', String(percent));
    breakdown('by-country', f.byCountry);
    breakdown('by-region', f.byRegion);
    breakdown('by-sector', f.bySector);
  }

  function arrivalItem(a) {
    const li = document.createElement('li');
    li.dataset.code = a.code;
    const when = document.createElement('span');
    when.className = 'when';
    when.textContent = a.localTime;
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = a.name + (a.country ? ' (' + label(a.country) + ')' : '');
    const what = document.createElement('span');
    what.className = 'hint';
    what.textContent = ' · ' + t(a.kind === 'WalkedIn' ? 'walkedInKind' : a.kind === 'Undone' ? 'undone' : 'arrived');
    li.append(when, who, what);
    if (a.kind === 'Undone') li.className = 'undone';
    return li;
  }

  function arrive(a) {
    const list = $('arrivals');
    list.prepend(arrivalItem(a));
    while (list.children.length > kept) list.lastElementChild.remove();
  }

  await follow('/hubs/events', eventId,
    (board) => {
      $('event-title').textContent = board.title;
      document.title = 'ISE · ' + board.title;
      figures(board.figures);
      $('arrivals').replaceChildren(...board.arrivals.map(arrivalItem));
    },
    (update, since) => {
      figures(update.figures);
      for (const change of update.changes) if (change.sequence > since) arrive(change);
    });

  function answer(id, kind, text) {
    const el = $(id);
    el.className = 'answer ' + kind;
    el.textContent = text;
  }

  $('checkin-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const data = await graphql('mutation($code: String!) { checkIn(code: $code) { outcome localTime } }', { code: $('code').value.trim() });
      const result = data.checkIn;
      if (result.outcome === 'ALREADY_CHECKED_IN') answer('checkin-result', 'duplicate', t('already', result.localTime));
      else answer('checkin-result', 'ok', t('checkedIn', result.localTime));
      $('code').value = '';
    } catch (error) {
      answer('checkin-result', 'error', error.message);
    }
  });

  $('walkin-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const data = await graphql('mutation($e: ID!, $s: ID!) { walkIn(eventId: $e, smeId: $s) { outcome localTime } }', { e: eventId, s: $('walkin-sme').value.trim() });
      const result = data.walkIn;
      answer('walkin-result', result.outcome === 'ALREADY_CHECKED_IN' ? 'duplicate' : 'ok',
        t(result.outcome === 'ALREADY_CHECKED_IN' ? 'already' : 'walkedIn', result.localTime));
      $('walkin-sme').value = '';
    } catch (error) {
      answer('walkin-result', 'error', error.message);
    }
  });
})();
