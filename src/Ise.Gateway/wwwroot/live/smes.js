// Finding SMEs (?region=&sector=&partner=&stage=&name=): an SME opened by its company id, or a list by
// region, sector, partner and stage, 20 a page, from the `smes` query (index grains, no scans). The API has
// no search by name: the name box narrows the page shown, and says so. Partner staff list the SMEs their
// partner leads or served (the API decides). The filters stay in the address, so a link shows the same list.
'use strict';
(async () => {
  const { t, enumLabel, $, el, fillSelect, addTexts, translatePage, personWithRole, graphql, params } = IseLive;
  addTexts({
    en: {
      findById: 'Open an SME by its company id', companyIdOrSmeId: 'Company id (or SME id, e.g. BE-0403170701)', open: 'Open',
      filterTitle: 'SMEs by region, sector, partner and stage', nameOnPage: 'Name contains', search: 'Show',
      nameHint: 'The API does not search by name yet: the name narrows the page of SMEs shown, not the whole list.',
      partnerOnly: 'You see the SMEs that {0} leads or served.', paging: 'Pages of results', previousPage: 'Previous page', nextPage: 'Next page',
      pageOf: 'Page {0}: {1} SMEs', pageOfNamed: 'Page {0}: {1} of {2} SMEs whose name contains “{3}”', noSmes: 'No SME matches.',
    },
    fr: {
      findById: 'Ouvrir une PME par son numéro d’entreprise', companyIdOrSmeId: 'Numéro d’entreprise (ou identifiant PME, ex. FR-732829320)', open: 'Ouvrir',
      filterTitle: 'PME par région, secteur, partenaire et étape', nameOnPage: 'Le nom contient', search: 'Afficher',
      nameHint: 'L’API ne cherche pas encore par nom : le nom filtre la page de PME affichée, pas toute la liste.',
      partnerOnly: 'Vous voyez les PME que {0} suit ou a accompagnées.', paging: 'Pages de résultats', previousPage: 'Page précédente', nextPage: 'Page suivante',
      pageOf: 'Page {0} : {1} PME', pageOfNamed: 'Page {0} : {1} sur {2} PME dont le nom contient « {3} »', noSmes: 'Aucune PME ne correspond.',
    },
    nl: {
      findById: 'Een kmo openen met haar ondernemingsnummer', companyIdOrSmeId: 'Ondernemingsnummer (of kmo-id, bv. NL-20123456)', open: 'Openen',
      filterTitle: 'Kmo’s per regio, sector, partner en fase', nameOnPage: 'Naam bevat', search: 'Tonen',
      nameHint: 'De API zoekt nog niet op naam: de naam filtert de getoonde pagina met kmo’s, niet de hele lijst.',
      partnerOnly: 'U ziet de kmo’s die {0} leidt of begeleidde.', paging: 'Pagina’s met resultaten', previousPage: 'Vorige pagina', nextPage: 'Volgende pagina',
      pageOf: 'Pagina {0}: {1} kmo’s', pageOfNamed: 'Pagina {0}: {1} van {2} kmo’s met “{3}” in de naam', noSmes: 'Geen kmo gevonden.',
    },
  });
  translatePage();
  document.title = 'ISE · ' + t('navSmes');

  if (!(await personWithRole('Secretariat', 'PartnerStaff'))) return;
  let reference;
  try {
    reference = await graphql('{ me { role scope } partners { id name } regions { region } }');
  } catch (error) {
    $('problem').textContent = error.message;
    return;
  }

  const partnerName = (id) => reference.partners.find((p) => p.id === id)?.name ?? id;
  const ownPartner = reference.me.role === 'PARTNER_STAFF' ? reference.me.scope : null;
  fillSelect($('lookup-country'), ['GB', 'FR', 'BE', 'NL'], enumLabel);
  fillSelect($('filter-region'), reference.regions.map((r) => r.region), enumLabel, t('any'));
  fillSelect($('filter-sector'), ['FOOD_AND_DRINK', 'MECHATRONICS', 'DIGITAL_AND_CREATIVE', 'NEW_MATERIALS'], enumLabel, t('any'));
  fillSelect($('filter-stage'), ['AWARE', 'ENGAGED', 'ASSESSED', 'INTERNATIONALISING', 'CLUSTER_MEMBER'], t, t('any'));
  if (ownPartner) {
    fillSelect($('filter-partner'), [ownPartner], partnerName);
    $('partner-only').textContent = t('partnerOnly', partnerName(ownPartner));
    $('partner-only').hidden = false;
  } else {
    fillSelect($('filter-partner'), reference.partners.map((p) => p.id), partnerName, t('any'));
  }

  // The filters as the address has them; unknown values are left out.
  const filterControls = { region: 'filter-region', sector: 'filter-sector', partner: 'filter-partner', stage: 'filter-stage', name: 'filter-name' };
  for (const [name, id] of Object.entries(filterControls)) {
    const wanted = params.get(name);
    if (wanted && (id === 'filter-name' || [...$(id).options].some((o) => o.value === wanted))) $(id).value = wanted;
  }

  // Pages: the cursors of the pages seen so far (the first page has none).
  let cursors = [null];
  let current = 0;
  let shown = [];

  const query = `query($filter: SmeFilter, $after: String) { smes(first: 20, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor } items { id name provisional region sector stage { stage } leadPartnerId } } }`;

  function row(sme) {
    return el('tr', { 'data-id': sme.id },
      el('td', {}, el('a', { href: '/live/sme.html?id=' + encodeURIComponent(sme.id), text: sme.name })),
      el('td', { text: sme.id + (sme.provisional ? ' *' : ''), title: sme.provisional ? t('provisional') : null }),
      el('td', { text: enumLabel(sme.region) }), el('td', { text: enumLabel(sme.sector) }),
      el('td', { text: t(sme.stage.stage) }), el('td', { text: partnerName(sme.leadPartnerId) }));
  }

  // The page shown, narrowed by the name typed (case and accents ignored).
  function showRows() {
    const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const name = $('filter-name').value.trim();
    const rows = name ? shown.filter((sme) => fold(sme.name).includes(fold(name))) : shown;
    $('result-rows').replaceChildren(...rows.map(row));
    $('results-caption').textContent = !shown.length ? t('noSmes')
      : name ? t('pageOfNamed', current + 1, rows.length, shown.length, name) : t('pageOf', current + 1, shown.length);
  }

  async function load() {
    const filter = {
      region: $('filter-region').value || null, sector: $('filter-sector').value || null,
      partnerId: $('filter-partner').value || null, stage: $('filter-stage').value || null,
    };
    $('problem').textContent = '';
    try {
      const page = (await graphql(query, { filter, after: cursors[current] })).smes;
      shown = page.items;
      cursors = cursors.slice(0, current + 1);
      if (page.pageInfo.hasNextPage) cursors.push(page.pageInfo.endCursor);
    } catch (error) {
      shown = [];
      $('problem').textContent = (error.code ? error.code + ': ' : '') + error.message;
    }
    showRows();
    $('previous-page').disabled = current === 0;
    $('next-page').disabled = current + 1 >= cursors.length;
  }

  // The filters go into the address (replacing it: the back button leaves the page, as elsewhere).
  function keepInAddress() {
    for (const [name, id] of Object.entries(filterControls)) {
      if ($(id).value && !(name === 'partner' && ownPartner)) params.set(name, $(id).value);
      else params.delete(name);
    }
    history.replaceState(null, '', location.pathname + '?' + params.toString());
  }

  $('filter-form').addEventListener('submit', (e) => {
    e.preventDefault();
    keepInAddress();
    cursors = [null];
    current = 0;
    load();
  });
  $('filter-name').addEventListener('input', () => { keepInAddress(); showRows(); });
  $('previous-page').addEventListener('click', () => { current -= 1; load(); });
  $('next-page').addEventListener('click', () => { current += 1; load(); });

  // Opening by company id: an SME id is `COUNTRY-number`; a number alone takes the country chosen, without
  // the spaces, dots and dashes registers print (the API checks the id itself).
  const lookup = $('lookup-form');
  IseFields.prepare(lookup);
  lookup.addEventListener('submit', async (e) => {
    e.preventDefault();
    IseFields.clear(lookup);
    const typed = $('lookup-company-id').value.trim().toUpperCase();
    if (!typed) {
      IseFields.show(lookup, { field: 'id', message: t('required') });
      return;
    }
    const id = /^(GB|FR|BE|NL)-/.test(typed) ? typed : $('lookup-country').value + '-' + typed.replace(/[\s.\-/]/g, '');
    try {
      const { sme } = await graphql('query($id: ID!) { sme(id: $id) { id } }', { id });
      location.assign('/live/sme.html?id=' + encodeURIComponent(sme.id));
    } catch (error) {
      IseFields.show(lookup, error);
    }
  });

  load();
})();
