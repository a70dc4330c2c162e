// An SME's page (?id=BE-0403170701): profile, eligibility, stage with its explanation, the journey as a
// timeline, diagnostics with a radar chart, connections and clusters, from one `sme` query (the API decides
// who may see it: the secretariat, partners that lead or served it, its own members). Event titles are
// read afterwards; without them the event ids are shown.
'use strict';
(async () => {
  const { t, tNodes, enumLabel, $, el, addTexts, translatePage, me, refuse, graphql, params, lang } = IseLive;
  addTexts({
    en: {
      profile: 'Profile', mergeThis: 'Merge this provisional SME into its registered one', assessThis: 'Run a diagnostic assessment (or resume your draft)', eligibilityTitle: 'Eligibility',
      eligible: 'Eligible for the programme',
      eligibilityNote: 'Checked when it was registered: a firm that fails a condition is refused, and its figures do not change afterwards.',
      staffCondition: 'Fewer than 250 staff: {0}', moneyCondition: 'Turnover at most EUR 50m or balance sheet at most EUR 43m: {0} and {1}',
      regionCondition: 'In a programme region: {0} ({1})', gbpNote: '(GBP converted at the programme rate)',
      connectionsTitle: 'Connections', noConnections: 'No connection yet.', clustersTitle: 'Clusters', noClusters: 'Not in a cluster.',
      connectionWith: 'With {0}', atEvent: 'at {0}', REQUESTED: 'requested', MET: 'met', crossBorder: 'cross-border', outcome: 'outcome: {0}', rating: 'follow-up rated {0}/5',
      clusterLink: 'Cluster: {0}',
    },
    fr: {
      profile: 'Fiche', mergeThis: 'Fusionner cette PME provisoire dans sa PME inscrite', assessThis: 'Réaliser un diagnostic (ou reprendre votre brouillon)', eligibilityTitle: 'Éligibilité',
      eligible: 'Éligible au programme',
      eligibilityNote: 'Vérifiée à l’inscription : une entreprise qui ne remplit pas une condition est refusée, et ses chiffres ne changent plus ensuite.',
      staffCondition: 'Moins de 250 salariés : {0}', moneyCondition: 'Chiffre d’affaires d’au plus 50 M EUR ou bilan d’au plus 43 M EUR : {0} et {1}',
      regionCondition: 'Dans une région du programme : {0} ({1})', gbpNote: '(GBP convertis au taux du programme)',
      connectionsTitle: 'Contacts', noConnections: 'Aucun contact pour l’instant.', clustersTitle: 'Clusters', noClusters: 'Membre d’aucun cluster.',
      connectionWith: 'Avec {0}', atEvent: 'à {0}', REQUESTED: 'demandé', MET: 'rencontré', crossBorder: 'transfrontalier', outcome: 'résultat : {0}', rating: 'suivi noté {0}/5',
      clusterLink: 'Cluster : {0}',
    },
    nl: {
      profile: 'Profiel', mergeThis: 'Deze voorlopige kmo samenvoegen met haar ingeschreven kmo', assessThis: 'Een diagnose afnemen (of uw concept hervatten)', eligibilityTitle: 'Geschiktheid',
      eligible: 'Geschikt voor het programma',
      eligibilityNote: 'Gecontroleerd bij de inschrijving: een onderneming die niet aan een voorwaarde voldoet wordt geweigerd, en haar cijfers veranderen daarna niet.',
      staffCondition: 'Minder dan 250 werknemers: {0}', moneyCondition: 'Omzet hoogstens EUR 50 mln of balanstotaal hoogstens EUR 43 mln: {0} en {1}',
      regionCondition: 'In een programmaregio: {0} ({1})', gbpNote: '(GBP omgerekend tegen de programmakoers)',
      connectionsTitle: 'Contacten', noConnections: 'Nog geen contact.', clustersTitle: 'Clusters', noClusters: 'Geen lid van een cluster.',
      connectionWith: 'Met {0}', atEvent: 'op {0}', REQUESTED: 'gevraagd', MET: 'ontmoet', crossBorder: 'grensoverschrijdend', outcome: 'resultaat: {0}', rating: 'opvolging beoordeeld met {0}/5',
      clusterLink: 'Cluster: {0}',
    },
  });
  translatePage();

  const id = params.get('id') ?? '';
  const language = { en: 'ENGLISH', fr: 'FRENCH', nl: 'DUTCH' }[lang];
  // The page's one document: read whole when the page opens, and for its journey only (`whole: false`) when more
  // of the journey is asked for; `after` is the cursor of the journey's page before (none for the first).
  const readSme = (after, whole) => graphql(`query($id: ID!, $language: Language, $after: String, $whole: Boolean!) {
    partners @include(if: $whole) { id name }
    sme(id: $id) {
      ... @include(if: $whole) {
        id name country companyId provisional region sector staffCount sizeBand registeredAt mergedInto leadPartnerId servingPartnerIds
        turnover { amount currency } balanceSheetTotal { amount currency }
        stage { stage entryIds } clusters
        connections { id eventId requesterSmeId counterpartSmeId status crossBorder requestedAt metAt outcome followUpRating }
        diagnostics(language: $language) { assessmentCount
          latest { assessedAt partnerId questionnaireVersion axes { axisId name percent band { id name } } dimensions { dimensionId name percent } }
          previous { dimensions { dimensionId percent } }
          progress { id name previousPercent percent change }
          recommendations { ruleId text because guideSections { id title summary paragraphs } } }
      }
      journey(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
        items { id kind occurredAt localTime partnerId activity eventId counterpartCountry reference note recordedAt recordedBy } }
    } }`, { id, language, after, whole });

  const person = await me;
  let data;
  try {
    data = await readSme(null, true);
  } catch (error) {
    refuse((error.code ? error.code + ': ' : '') + error.message);
    return;
  }
  const sme = data.sme;
  const partnerName = (partnerId) => data.partners.find((p) => p.id === partnerId)?.name ?? partnerId;
  const eventTitles = new Map();
  const eventTitle = (eventId) => eventTitles.get(eventId) ?? eventId;
  const smeLink = (smeId) => el('a', { href: '/live/sme.html?id=' + encodeURIComponent(smeId), text: smeId });
  document.title = 'ISE · ' + sme.name;
  $('sme-name').textContent = sme.name;

  function fact(term, ...description) {
    return [el('dt', { text: term }), el('dd', {}, ...description)];
  }

  function money(value) {
    return new Intl.NumberFormat(lang, { style: 'currency', currency: value.currency, maximumFractionDigits: 0 }).format(Number(value.amount));
  }

  function showProfile() {
    $('profile-facts').replaceChildren(
      ...fact(t('smeId'), sme.id),
      ...fact(t('companyId'), sme.companyId ?? t('provisional')),
      ...fact(t('country'), enumLabel(sme.country)),
      ...fact(t('region'), enumLabel(sme.region)),
      ...fact(t('sector'), enumLabel(sme.sector)),
      ...fact(t('staffCount'), String(sme.staffCount)),
      ...fact(t('sizeBand'), enumLabel(sme.sizeBand)),
      ...fact(t('turnover'), money(sme.turnover)),
      ...fact(t('balanceSheet'), money(sme.balanceSheetTotal)),
      ...fact(t('leadPartner'), partnerName(sme.leadPartnerId)),
      ...fact(t('servingPartners'), sme.servingPartnerIds.map(partnerName).join(', ')),
      ...fact(t('registeredAt'), new Date(sme.registeredAt).toLocaleDateString(lang, { dateStyle: 'long' })));
    if (sme.mergedInto) {
      $('merged-notice').replaceChildren(...tNodes('mergedInto', smeLink(sme.mergedInto)));
      $('merged-notice').hidden = false;
    }
    const mayMerge = ['Secretariat', 'PartnerStaff'].includes(person.role);
    $('merge-action').hidden = !(sme.provisional && !sme.mergedInto && mayMerge);
    $('merge-link').href = '/live/sme-merge.html?id=' + encodeURIComponent(sme.id);
    // Those who may record an assessment (the API checks again: the secretariat, staff of a partner that leads or served it).
    $('assess-action').hidden = !['Secretariat', 'PartnerStaff'].includes(person.role) || !!sme.mergedInto;
    $('assess-link').href = '/live/diagnostic.html?sme=' + encodeURIComponent(sme.id);
  }

  // Registration refuses a firm that fails a condition, and the profile does not change afterwards: a
  // registered SME is eligible. The conditions are shown with the figures they were checked on.
  function showEligibility() {
    const inGbp = sme.turnover.currency === 'GBP' || sme.balanceSheetTotal.currency === 'GBP';
    $('eligibility-verdict').textContent = t('eligible');
    $('eligibility-conditions').replaceChildren(
      el('li', { text: t('staffCondition', sme.staffCount) }),
      el('li', { text: t('moneyCondition', money(sme.turnover), money(sme.balanceSheetTotal)) + (inGbp ? ' ' + t('gbpNote') : '') }),
      el('li', { text: t('regionCondition', enumLabel(sme.region), enumLabel(sme.country)) }));
  }

  const stageEntryIds = new Set(sme.stage.entryIds);
  const journey = [...sme.journey.items];

  function showStage() {
    $('stage-name').textContent = t(sme.stage.stage);
    $('stage').dataset.stage = sme.stage.stage;
    $('stage-why').textContent = t('why' + sme.stage.stage);
    const reasons = journey.filter((entry) => stageEntryIds.has(entry.id));
    $('stage-entries-title').textContent = t(reasons.length ? 'stageEntries' : 'stageNoEntries');
    $('stage-entries').replaceChildren(...reasons.map((entry) => el('li', {},
      el('a', { href: '#' + IseJourney.anchorOf(entry.id), text: IseLive.localDateTime(entry.localTime, { dateStyle: 'medium' }) + ' · ' + t(entry.kind) }),
      entry.eventId ? el('span', { class: 'hint', text: ' ' + eventTitle(entry.eventId) }) : '')));
  }

  let journeyCursor = sme.journey.pageInfo.hasNextPage ? sme.journey.pageInfo.endCursor : null;
  function showJourney() {
    const context = { partnerName, eventTitle, stageEntryIds };
    $('timeline').replaceChildren(...journey.map((entry) => IseJourney.entry(entry, context)));
    $('more-journey').hidden = journeyCursor === null;
  }

  function showConnections() {
    const items = sme.connections.map((c) => {
      const other = c.requesterSmeId === sme.id ? c.counterpartSmeId : c.requesterSmeId;
      const details = [t(c.status), c.crossBorder ? t('crossBorder') : null, c.outcome ? t('outcome', c.outcome) : null,
        c.followUpRating ? t('rating', c.followUpRating) : null].filter(Boolean).join(' · ');
      return el('li', { 'data-id': c.id }, ...tNodes('connectionWith', smeLink(other)), ' ',
        el('span', { class: 'hint', text: t('atEvent', eventTitle(c.eventId)) }),
        el('span', { class: 'when', text: details }));
    });
    $('connection-list').replaceChildren(...items);
    $('no-connections').hidden = items.length > 0;
  }

  function showClusters() {
    const slug = (sector) => sector.toLowerCase().replaceAll('_', '-');
    $('cluster-list').replaceChildren(...sme.clusters.map((sector) =>
      el('li', {}, el('a', { href: '/live/cluster.html?sector=' + slug(sector), text: t('clusterLink', enumLabel(sector)) }))));
    $('no-clusters').hidden = sme.clusters.length > 0;
  }

  // The titles of the events the journey and connections refer to, a request per event, all at once (the same
  // document each time, with the event's id as its variable).
  async function readEventTitles() {
    const ids = [...new Set([...journey.map((e) => e.eventId), ...sme.connections.map((c) => c.eventId)].filter((e) => e && !eventTitles.has(e)))];
    await Promise.all(ids.map(async (eventId) => {
      try {
        const { event } = await graphql('query($id: ID!) { event(id: $id) { id title } }', { id: eventId });
        if (event) eventTitles.set(event.id, event.title);
      } catch {
        // An event this person may not read: its id stays.
      }
    }));
  }

  function showAll() {
    showStage();
    showJourney();
    showConnections();
  }

  showProfile();
  showEligibility();
  showClusters();
  IseDiagnostics.render(sme.diagnostics, partnerName);
  showAll();
  for (const section of ['profile', 'eligibility', 'stage', 'journey', 'diagnostics', 'connections', 'clusters']) $(section).hidden = false;
  await readEventTitles();
  showAll();

  $('more-journey').addEventListener('click', async () => {
    const page = (await readSme(journeyCursor, false)).sme.journey;
    journey.push(...page.items);
    journeyCursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    await readEventTitles();
    showAll();
  });
})();
