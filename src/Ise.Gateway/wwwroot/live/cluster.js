// A sector cluster's live page (?sector=mechatronics): member counts, breakdown by country, the feed with history paging.
'use strict';
(async () => {
  const { t, $, translatePage, breakdown, follow, params } = IseLive;
  translatePage();
  const sector = params.get('sector') || 'mechatronics';
  let oldest = null;

  function figures(f) {
    $('members').textContent = String(f.members);
    breakdown('by-country', f.membersByCountry);
  }

  function feedItem(item) {
    const li = document.createElement('li');
    li.dataset.sequence = String(item.sequence);
    li.dataset.kind = item.kind;
    const when = document.createElement('span');
    when.className = 'when';
    when.textContent = new Date(item.at).toLocaleString(IseLive.lang, { dateStyle: 'short', timeStyle: 'short' });
    const who = item.smeName || item.smeId || '';
    const what = document.createElement('span');
    what.textContent = t(item.kind, item.kind.startsWith('Event') ? (item.eventTitle || item.eventId || '') : who, item.attendance ?? '');
    li.append(when, what);
    // Only a post's text is its own words; an event item's text is the event's title, already in `what`.
    if (item.kind === 'Post' && item.text) {
      const text = document.createElement('span');
      text.className = 'text';
      text.textContent = ' ' + item.text;
      li.append(text);
    }
    return li;
  }

  function older(hasOlder) {
    $('older-form').hidden = !hasOlder;
    $('older-none').hidden = hasOlder;
  }

  const connection = await follow('/hubs/clusters', sector,
    (board) => {
      $('cluster-name').textContent = board.name;
      document.title = 'ISE · ' + board.name;
      figures(board.figures);
      $('feed').replaceChildren(...board.feed.map(feedItem));
      oldest = board.feed.length ? board.feed[board.feed.length - 1].sequence : null;
      older(board.hasOlder);
    },
    (update) => {
      figures(update.figures);
      const shown = Number($('feed').firstElementChild?.dataset.sequence ?? 0);
      for (const item of update.newItems) if (item.sequence > shown) $('feed').prepend(feedItem(item));
    });

  $('older-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!connection || oldest === null) return;
    const page = await connection.invoke('History', sector, oldest);
    $('feed').append(...page.items.map(feedItem));
    if (page.items.length) oldest = page.items[page.items.length - 1].sequence;
    older(page.hasOlder);
  });
})();
