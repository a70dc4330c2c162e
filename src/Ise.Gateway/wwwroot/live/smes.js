// Finding SMEs (?region=&sector=&partner=&stage=&name=): an SME opened by its company id, or a list by
// region, sector, partner, stage and name, 20 a page, from the `smes` query (index grains, no scans). The
// name is searched by the API (`filter.name`: each word typed begins a word of the name or the company id);
// its refusal is shown at the name box. Partner staff list the SMEs their partner leads or served (the API
// decides). The filters stay in the address, so a link shows the same list.
'use strict';
(async () => {
  const { t, enumLabel, $, el, fillSelect, addTexts, translatePage, personWithRole, graphql, params } = IseLive;
  addTexts({
    en: {
      findById: 'Open an SME by its company id', companyIdOrSmeId: 'Company id (or SME id, e.g. BE-0403170701)', open: 'Open',
      filterTitle: 'SMEs by region, sector, partner, stage and name', nameWords: 'Name or company id', search: 'Show',
      nameHint: 'Finds SMEs whose name or company id has a word beginning with each word you type (case and accents ignored).',
      nameRefused: 'Type at least 2 characters of a word (100 at most in all).',
      partnerOnly: 'You see the SMEs that {0} leads or served.', paging: 'Pages of results', previousPage: 'Previous page', nextPage: 'Next page',
      pageOf: 'Page {0}: {1} SMEs', noSmes: 'No SME matches.',
      noSmeWithId: 'No SME has the id {0}.', notAnSmeId: '{0} is not an SME id: type a company id, or the country and the number such as FR-732829320.',
      notYourSme: 'Your partner neither leads nor served {0}.',
    },
    fr: {
      findById: 'Ouvrir une PME par son numéro d’entreprise', companyIdOrSmeId: 'Numéro d’entreprise (ou identifiant PME, ex. FR-732829320)', open: 'Ouvrir',
      filterTitle: 'PME par région, secteur, partenaire, étape et nom', nameWords: 'Nom ou numéro d’entreprise', search: 'Afficher',
      nameHint: 'Trouve les PME dont le nom ou le numéro d’entreprise a un mot commençant par chaque mot saisi (sans tenir compte des majuscules ni des accents).',
      nameRefused: 'Saisissez au moins 2 caractères d’un mot (100 au plus en tout).',
      partnerOnly: 'Vous voyez les PME que {0} suit ou a accompagnées.', paging: 'Pages de résultats', previousPage: 'Page précédente', nextPage: 'Page suivante',
      pageOf: 'Page {0} : {1} PME', noSmes: 'Aucune PME ne correspond.',
      noSmeWithId: 'Aucune PME n’a l’identifiant {0}.', notAnSmeId: '{0} n’est pas un identifiant de PME : saisissez un numéro d’entreprise, ou le pays et le numéro, ex. FR-732829320.',
      notYourSme: 'Votre partenaire ne suit pas {0} et ne l’a pas accompagnée.',
    },
    nl: {
      findById: 'Een kmo openen met haar ondernemingsnummer', companyIdOrSmeId: 'Ondernemingsnummer (of kmo-id, bv. NL-20123456)', open: 'Openen',
      filterTitle: 'Kmo’s per regio, sector, partner, fase en naam', nameWords: 'Naam of ondernemingsnummer', search: 'Tonen',
      nameHint: 'Vindt kmo’s waarvan de naam of het ondernemingsnummer een woord heeft dat begint met elk getypt woord (hoofdletters en accenten tellen niet).',
      nameRefused: 'Typ minstens 2 tekens van een woord (in totaal hoogstens 100).',
      partnerOnly: 'U ziet de kmo’s die {0} leidt of begeleidde.', paging: 'Pagina’s met resultaten', previousPage: 'Vorige pagina', nextPage: 'Volgende pagina',
      pageOf: 'Pagina {0}: {1} kmo’s', noSmes: 'Geen kmo gevonden.',
      noSmeWithId: 'Geen kmo heeft de id {0}.', notAnSmeId: '{0} is geen kmo-id: typ een ondernemingsnummer, of het land en het nummer, bv. FR-732829320.',
      notYourSme: 'Uw partner leidt {0} niet en heeft ze niet begeleid.',
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

  // The filters of the list shown (as they were when it was asked for: a cursor pages on with them only).
  const readFilter = () => ({
    region: $('filter-region').value || null, sector: $('filter-sector').value || null,
    partnerId: $('filter-partner').value || null, stage: $('filter-stage').value || null,
    name: $('filter-name').value.trim() || null,
  });
  let filter = readFilter();
  // Pages: the cursors of the pages seen so far (the first page has none).
  let cursors = [null];
  let current = 0;
  let asked = 0; // the number of the last list asked for: an answer to an earlier one is left unshown
  const form = $('filter-form');
  IseFields.prepare(form);

  function row(sme) {
    return el('tr', { 'data-id': sme.id },
      el('td', {}, el('a', { href: '/live/sme.html?id=' + encodeURIComponent(sme.id), text: sme.name })),
      el('td', { text: sme.id + (sme.provisional ? ' *' : ''), title: sme.provisional ? t('provisional') : null }),
      el('td', { text: enumLabel(sme.region) }), el('td', { text: enumLabel(sme.sector) }),
      el('td', { text: t(sme.stage.stage) }), el('td', { text: partnerName(sme.leadPartnerId) }));
  }

  async function load() {
    const number = ++asked;
    let shown = [];
    let refusal = null;
    try {
      const page = (await graphql(`query($filter: SmeFilter, $after: String) { smes(first: 20, after: $after, filter: $filter) {
        pageInfo { hasNextPage endCursor } items { id name provisional region sector stage { stage } leadPartnerId } } }`,
      { filter, after: cursors[current] })).smes;
      if (number !== asked) return;
      shown = page.items;
      cursors = cursors.slice(0, current + 1);
      if (page.pageInfo.hasNextPage) cursors.push(page.pageInfo.endCursor);
    } catch (error) {
      if (number !== asked) return;
      // The API's refusal of the name (too short, too long) in the page's language; any other problem as it is.
      refusal = error.code === 'VALIDATION' && error.field === 'filter.name' ? { field: error.field, message: t('nameRefused') } : error;
    }
    IseFields.clear(form);
    if (refusal) IseFields.show(form, refusal);
    $('result-rows').replaceChildren(...shown.map(row));
    $('results-caption').textContent = shown.length ? t('pageOf', current + 1, shown.length) : t('noSmes');
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

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    keepInAddress();
    filter = readFilter();
    cursors = [null];
    current = 0;
    load();
  });
  $('previous-page').addEventListener('click', () => { current -= 1; load(); });
  $('next-page').addEventListener('click', () => { current += 1; load(); });

  // Opening by company id: an SME id is `COUNTRY-number`; a number alone takes the country chosen, without
  // the spaces, dots and dashes registers print (the API checks the id itself).
  const lookup = $('lookup-form');
  // The API's refusal of the id the page sent, in the page's language; one the page does not know keeps the API's words.
  function lookupRefusal(problem, id) {
    if (problem.code === 'NOT_FOUND' && problem.field === 'id') return t('noSmeWithId', id);
    if (problem.code === 'VALIDATION' && problem.field === 'id') return t('notAnSmeId', id);
    return problem.code === 'FORBIDDEN' && / neither leads nor served /.test(problem.message) ? t('notYourSme', id) : null;
  }
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
      IseFields.show(lookup, error, (problem) => lookupRefusal(problem, id));
    }
  });

  load();
})();
