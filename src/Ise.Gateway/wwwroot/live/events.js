// The events list (secretariat, partner staff, organisers): filtered by status, kind, region, sector and host
// partner as the API's `events` allows, twenty a page. An event this person runs links to its page; the filters
// live in the address.
'use strict';
(async () => {
  const { t, enumLabel, localDateTime, $, el, fillSelect, addTexts, translatePage, personWithRole, graphql, params } = IseLive;
  const { kinds, sectors, statuses, roles, runs, problem, pager } = IseEvents;
  addTexts({
    en: { filterTitle: 'Filter by status, kind, region, sector and host partner', search: 'Show', pageOf: 'Page {0}: {1} events', noEvents: 'No event found.', seatsOf: '{0} of {1}', waiting: '+{0} waiting' },
    fr: { filterTitle: 'Filtrer par statut, type, région, secteur et partenaire organisateur', search: 'Afficher', pageOf: 'Page {0} : {1} événements', noEvents: 'Aucun événement trouvé.', seatsOf: '{0} sur {1}', waiting: '+{0} en attente' },
    nl: { filterTitle: 'Filteren op status, soort, regio, sector en organiserende partner', search: 'Tonen', pageOf: 'Pagina {0}: {1} evenementen', noEvents: 'Geen evenement gevonden.', seatsOf: '{0} van {1}', waiting: '+{0} wachtend' },
  });
  translatePage();
  document.title = 'ISE · ' + t('navEvents');

  if (!(await personWithRole(...roles))) return;
  let reference;
  try {
    reference = await graphql('{ me { role scope } partners { id name } regions { region } }');
  } catch (error) {
    $('problem').textContent = problem(error);
    return;
  }
  const me = reference.me;
  const partnerName = (id) => reference.partners.find((p) => p.id === id)?.name ?? id;
  fillSelect($('filter-status'), statuses, t, t('any'));
  fillSelect($('filter-kind'), kinds, enumLabel, t('any'));
  fillSelect($('filter-region'), reference.regions.map((r) => r.region), enumLabel, t('any'));
  fillSelect($('filter-sector'), sectors, enumLabel, t('any'));
  fillSelect($('filter-partner'), reference.partners.map((p) => p.id), partnerName, t('any'));

  // The filters as the address has them; unknown values are left out.
  const filterControls = { status: 'filter-status', kind: 'filter-kind', region: 'filter-region', sector: 'filter-sector', partner: 'filter-partner' };
  for (const [name, id] of Object.entries(filterControls)) {
    const wanted = params.get(name);
    if (wanted && [...$(id).options].some((o) => o.value === wanted)) $(id).value = wanted;
  }

  function row(event) {
    const title = runs(me, event)
      ? el('a', { href: '/live/event-manage.html?id=' + encodeURIComponent(event.id), text: event.title })
      : el('span', { text: event.title });
    const seats = t('seatsOf', event.confirmed, event.capacity) + (event.waitListed ? ' ' + t('waiting', event.waitListed) : '');
    return el('tr', { 'data-id': event.id },
      el('td', {}, title), el('td', { text: localDateTime(event.startsAtLocal) + ' · ' + event.venue }),
      el('td', { text: enumLabel(event.kind) }), el('td', { text: enumLabel(event.region) }),
      el('td', { text: partnerName(event.hostPartnerId) }), el('td', { text: t(event.status) }), el('td', { class: 'n', text: seats }));
  }

  const filter = () => ({
    status: $('filter-status').value || null, kind: $('filter-kind').value || null, region: $('filter-region').value || null,
    sector: $('filter-sector').value || null, hostPartnerId: $('filter-partner').value || null,
  });
  const list = pager(
    async (after) => (await graphql('query($filter: EventFilter, $after: String) { events(first: 20, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } items { id title kind region hostPartnerId startsAtLocal venue status capacity confirmed waitListed } } }', { filter: filter(), after })).events,
    (events, number) => {
      $('result-rows').replaceChildren(...events.map(row));
      $('results-caption').textContent = events.length ? t('pageOf', number, events.length) : t('noEvents');
    });

  $('filter-form').addEventListener('submit', (e) => {
    e.preventDefault();
    for (const [name, id] of Object.entries(filterControls)) {
      if ($(id).value) params.set(name, $(id).value);
      else params.delete(name);
    }
    history.replaceState(null, '', location.pathname + '?' + params.toString());
    list.first();
  });
  list.first();
})();
