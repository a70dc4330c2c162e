// A sector cluster's live page (?sector=mechatronics): member counts, breakdown by country, the feed with history
// paging (the hub names in it the SMEs the person may see), the members the person may see (all of them for the
// secretariat and the cluster's members, for partner staff those their partner leads or served) and, for a member, a box to post in the feed (the post comes back
// through the feed like any other item).
'use strict';
(async () => {
  const { t, $, el, addTexts, translatePage, breakdown, follow, params, me, graphql, enumLabel, lang } = IseLive;
  addTexts({
    en: {
      postTitle: 'Post in the cluster', postLabel: 'Your post (text only, at most 2,000 characters)', postButton: 'Post', posted: 'Posted.',
      memberListTitle: 'Members', memberSme: 'SME', memberCountry: 'Country', memberRegion: 'Region', memberSince: 'Member since', moreMembers: 'More members',
      membersShown: '{0} of {1} members shown', membersPartial: 'You see the members your partner leads or served; the others are in the counts only.',
      someSme: 'An SME', PostUnnamed: '{0} posted in the cluster',
    },
    fr: {
      postTitle: 'Publier dans le cluster', postLabel: 'Votre message (texte seul, 2 000 caractères au plus)', postButton: 'Publier', posted: 'Publié.',
      memberListTitle: 'Membres', memberSme: 'PME', memberCountry: 'Pays', memberRegion: 'Région', memberSince: 'Membre depuis', moreMembers: 'Plus de membres',
      membersShown: '{0} membres affichés sur {1}', membersPartial: 'Vous voyez les membres que votre partenaire suit ou a accompagnés ; les autres ne figurent que dans les totaux.',
      someSme: 'Une PME', PostUnnamed: '{0} a publié dans le cluster',
    },
    nl: {
      postTitle: 'Bericht in de cluster plaatsen', postLabel: 'Uw bericht (alleen tekst, hoogstens 2.000 tekens)', postButton: 'Plaatsen', posted: 'Geplaatst.',
      memberListTitle: 'Leden', memberSme: 'Kmo', memberCountry: 'Land', memberRegion: 'Regio', memberSince: 'Lid sinds', moreMembers: 'Meer leden',
      membersShown: '{0} van {1} leden getoond', membersPartial: 'U ziet de leden die uw partner begeleidt of heeft begeleid; de andere tellen alleen mee in de totalen.',
      someSme: 'Een kmo', PostUnnamed: '{0} heeft een bericht in de cluster geplaatst',
    },
  });
  translatePage();
  const sector = params.get('sector') || 'mechatronics';
  const sectorValue = sector.toUpperCase().replaceAll('-', '_');
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
    // An item of an SME the person may not see by name (partner staff: one their partner neither leads nor
    // served) comes without its id, name and text: "An SME joined the cluster", "An SME posted in the cluster".
    const unnamed = !item.kind.startsWith('Event') && !item.smeId;
    const who = unnamed ? t('someSme') : (item.smeName || item.smeId);
    const what = document.createElement('span');
    what.textContent = t(unnamed && item.kind === 'Post' ? 'PostUnnamed' : item.kind,
      item.kind.startsWith('Event') ? (item.eventTitle || item.eventId || '') : who, item.attendance ?? '');
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
      // The sector's name in the page's language (the board's name is the programme's English one).
      $('cluster-name').textContent = enumLabel(sectorValue);
      document.title = 'ISE · ' + enumLabel(sectorValue);
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

  // The members the API lets this person see, 50 at a time (a member sees its fellow members' ids, not their pages).
  const person = await me;
  let membersAfter = null;
  let membersShown = 0;
  async function showMembers() {
    const data = await graphql('query($sector: Sector!, $after: String) { cluster(sector: $sector) { memberCount members(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } items { smeId country region joinedAt } } } }',
      { sector: sectorValue, after: membersAfter });
    const page = data.cluster.members;
    const ownPages = ['Secretariat', 'PartnerStaff'].includes(person.role);
    $('member-rows').append(...page.items.map((m) => el('tr', { 'data-id': m.smeId },
      el('td', {}, ownPages || m.smeId === person.scope ? el('a', { href: '/live/sme.html?id=' + encodeURIComponent(m.smeId), text: m.smeId }) : m.smeId),
      el('td', { text: enumLabel(m.country) }),
      el('td', { text: enumLabel(m.region) }),
      el('td', { text: new Date(m.joinedAt).toLocaleDateString(lang, { dateStyle: 'medium' }) }))));
    membersShown += page.items.length;
    membersAfter = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    $('members-caption').textContent = t('membersShown', membersShown, data.cluster.memberCount);
    $('members-partial').textContent = t('membersPartial');
    $('members-partial').hidden = !(person.role === 'PartnerStaff' && page.totalCount < data.cluster.memberCount);
    $('more-members').hidden = membersAfter === null;
    $('member-list').hidden = false;
  }
  $('more-members').addEventListener('click', showMembers);
  if (connection) await showMembers();

  // A member posts as its own SME; the API checks it is a member of this cluster.
  if (connection && person.role === 'ClusterMember') {
    $('post-box').hidden = false;
    const newKey = () => [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    let postKey = newKey();
    $('post-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const text = $('post-text').value.trim();
      if (!text) return;
      $('post').disabled = true;
      try {
        await graphql('mutation($sector: Sector!, $smeId: ID!, $text: String!, $key: String) { postToCluster(sector: $sector, smeId: $smeId, text: $text, idempotencyKey: $key) { sequence } }',
          { sector: sectorValue, smeId: person.scope, text, key: postKey });
        $('post-result').className = 'answer ok';
        $('post-result').textContent = t('posted');
        $('post-text').value = '';
        postKey = newKey();
      } catch (error) {
        $('post-result').className = 'answer error';
        $('post-result').textContent = (error.code ? error.code + ': ' : '') + error.message;
      } finally {
        $('post').disabled = false;
      }
    });
  }
})();
