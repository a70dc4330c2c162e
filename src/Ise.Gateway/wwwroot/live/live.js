// Shared by the live pages: the page frame (connection status, language, API-key panel), API key
// (kept in sessionStorage), texts and names in EN/FR/NL, GraphQL calls, authenticated downloads and
// the SignalR connection. Text from users is only ever set with textContent.
'use strict';

const IseLive = (() => {
  const texts = {
    en: {
      connecting: 'Connecting…', connected: 'Live', reconnecting: 'Reconnecting…', disconnected: 'Disconnected',
      keyTitle: 'API key', keyHint: 'Enter your API key. It is kept in this browser tab only (interim until sign-in exists).', keyUse: 'Open',
      keyRefused: 'This key was refused: ', checkedInOf: 'checked in of', expected: 'expected', walkIns: 'walk-ins', registered: 'still expected',
      arrivals: 'Arrivals', byCountry: 'By country', byRegion: 'By region', bySector: 'By sector',
      checkIn: 'Check in by attendee code', code: 'Attendee code', checkInButton: 'Check in', walkIn: 'Walk-in', walkInSme: 'SME id (e.g. BE-0403170701)', walkInButton: 'Register and check in',
      checkedIn: 'Checked in at {0}.', already: 'Already checked in at {0}.', walkedIn: 'Walk-in checked in at {0}.',
      arrived: 'checked in', walkedInKind: 'walked in', undone: 'check-in undone', members: 'members', feed: 'Activity', older: 'Older items', noOlder: 'No older items',
      MemberJoined: '{0} joined the cluster', MemberLeft: '{0} left the cluster', Post: '{0}:', EventAnnounced: 'Event announced: {0}', EventClosed: 'Event closed: {0} ({1} attended)',
      overview: 'Programme overview', period: 'Period', periodKind: 'Period kind', month: 'Month', quarter: 'Quarter', year: 'Year', programme: 'Whole programme',
      breakdown: 'Breakdown', REGION: 'By region', PARTNER: 'By partner', SECTOR: 'By sector', ACTIVITY_KIND: 'By activity kind', SIZE_BAND: 'By size band',
      total: 'Programme total', adjustment: 'of which {0} adjustment of a frozen period', frozen: 'This period is frozen: its figures no longer change; later corrections appear in the current period.',
      cellsNote: 'An enterprise counts once in the total and once in every cell where it qualified, so the cells may add up to more than the total.',
      noShowRate: 'No-show rate', exports: 'Exports', figuresCsv: 'Figures (CSV)', evidenceCsv: 'Evidence (CSV)', workbook: 'Workbook (XLSX)',
      partnerOnly: 'You see the figures of {0} only. Programme totals and the other breakdowns are for the secretariat.', updated: 'Updated {0}, refreshed every {1} s',
      ENTERPRISES_SUPPORTED: 'Enterprises supported', ENTERPRISES_NON_FINANCIAL_SUPPORT: 'Enterprises given non-financial support', ENTERPRISES_ASSESSED: 'Enterprises assessed',
      CROSS_BORDER_PARTICIPATIONS: 'Participations in cross-border events', ORGANISATIONS_COOPERATING: 'Organisations cooperating across borders', CLUSTER_MEMBERS: 'Cluster members',
      ATTENDANCES: 'Attendances', WALK_INS: 'Walk-ins', NO_SHOWS: 'No-shows', EVENTS_HELD: 'Events held',
      nothingYet: 'Nothing yet.',
    },
    fr: {
      connecting: 'Connexion…', connected: 'En direct', reconnecting: 'Reconnexion…', disconnected: 'Déconnecté',
      keyTitle: 'Clé d’API', keyHint: 'Saisissez votre clé d’API. Elle reste dans cet onglet seulement (en attendant la connexion des utilisateurs).', keyUse: 'Ouvrir',
      keyRefused: 'Cette clé a été refusée : ', checkedInOf: 'présents sur', expected: 'attendus', walkIns: 'sans inscription', registered: 'encore attendus',
      arrivals: 'Arrivées', byCountry: 'Par pays', byRegion: 'Par région', bySector: 'Par secteur',
      checkIn: 'Enregistrer par code participant', code: 'Code participant', checkInButton: 'Enregistrer', walkIn: 'Sans inscription', walkInSme: 'Identifiant PME (ex. FR-732829320)', walkInButton: 'Inscrire et enregistrer',
      checkedIn: 'Enregistré à {0}.', already: 'Déjà enregistré à {0}.', walkedIn: 'Participant sans inscription enregistré à {0}.',
      arrived: 'arrivé', walkedInKind: 'arrivé sans inscription', undone: 'enregistrement annulé', members: 'membres', feed: 'Activité', older: 'Plus ancien', noOlder: 'Rien de plus ancien',
      MemberJoined: '{0} a rejoint le cluster', MemberLeft: '{0} a quitté le cluster', Post: '{0} :', EventAnnounced: 'Événement annoncé : {0}', EventClosed: 'Événement clos : {0} ({1} présents)',
      overview: 'Vue d’ensemble du programme', period: 'Période', periodKind: 'Type de période', month: 'Mois', quarter: 'Trimestre', year: 'Année', programme: 'Tout le programme',
      breakdown: 'Ventilation', REGION: 'Par région', PARTNER: 'Par partenaire', SECTOR: 'Par secteur', ACTIVITY_KIND: 'Par type d’activité', SIZE_BAND: 'Par taille',
      total: 'Total du programme', adjustment: 'dont {0} d’ajustement d’une période gelée', frozen: 'Cette période est gelée : ses chiffres ne changent plus ; les corrections ultérieures figurent dans la période en cours.',
      cellsNote: 'Une entreprise compte une fois dans le total et une fois dans chaque case où elle remplit la condition : la somme des cases peut donc dépasser le total.',
      noShowRate: 'Taux d’absence', exports: 'Exports', figuresCsv: 'Chiffres (CSV)', evidenceCsv: 'Justificatifs (CSV)', workbook: 'Classeur (XLSX)',
      partnerOnly: 'Vous ne voyez que les chiffres de {0}. Les totaux du programme et les autres ventilations sont réservés au secrétariat.', updated: 'Mis à jour à {0}, actualisé toutes les {1} s',
      ENTERPRISES_SUPPORTED: 'Entreprises soutenues', ENTERPRISES_NON_FINANCIAL_SUPPORT: 'Entreprises bénéficiant d’un soutien non financier', ENTERPRISES_ASSESSED: 'Entreprises diagnostiquées',
      CROSS_BORDER_PARTICIPATIONS: 'Participations à des événements transfrontaliers', ORGANISATIONS_COOPERATING: 'Organisations coopérant au-delà des frontières', CLUSTER_MEMBERS: 'Membres de clusters',
      ATTENDANCES: 'Présences', WALK_INS: 'Participants sans inscription', NO_SHOWS: 'Absents', EVENTS_HELD: 'Événements tenus',
      nothingYet: 'Rien pour l’instant.',
    },
    nl: {
      connecting: 'Verbinden…', connected: 'Live', reconnecting: 'Opnieuw verbinden…', disconnected: 'Geen verbinding',
      keyTitle: 'API-sleutel', keyHint: 'Voer uw API-sleutel in. Hij blijft alleen in dit tabblad (tijdelijk, tot inloggen bestaat).', keyUse: 'Openen',
      keyRefused: 'Deze sleutel is geweigerd: ', checkedInOf: 'aangemeld van', expected: 'verwacht', walkIns: 'zonder inschrijving', registered: 'nog verwacht',
      arrivals: 'Aankomsten', byCountry: 'Per land', byRegion: 'Per regio', bySector: 'Per sector',
      checkIn: 'Aanmelden met deelnemerscode', code: 'Deelnemerscode', checkInButton: 'Aanmelden', walkIn: 'Zonder inschrijving', walkInSme: 'KMO-id (bv. NL-12345678)', walkInButton: 'Inschrijven en aanmelden',
      checkedIn: 'Aangemeld om {0}.', already: 'Al aangemeld om {0}.', walkedIn: 'Zonder inschrijving aangemeld om {0}.',
      arrived: 'aangemeld', walkedInKind: 'zonder inschrijving', undone: 'aanmelding ongedaan', members: 'leden', feed: 'Activiteit', older: 'Oudere berichten', noOlder: 'Geen oudere berichten',
      MemberJoined: '{0} is lid geworden', MemberLeft: '{0} heeft de cluster verlaten', Post: '{0}:', EventAnnounced: 'Evenement aangekondigd: {0}', EventClosed: 'Evenement afgesloten: {0} ({1} aanwezig)',
      overview: 'Programmaoverzicht', period: 'Periode', periodKind: 'Soort periode', month: 'Maand', quarter: 'Kwartaal', year: 'Jaar', programme: 'Hele programma',
      breakdown: 'Uitsplitsing', REGION: 'Per regio', PARTNER: 'Per partner', SECTOR: 'Per sector', ACTIVITY_KIND: 'Per soort activiteit', SIZE_BAND: 'Per grootteklasse',
      total: 'Programmatotaal', adjustment: 'waarvan {0} correctie van een bevroren periode', frozen: 'Deze periode is bevroren: de cijfers veranderen niet meer; latere correcties staan in de lopende periode.',
      cellsNote: 'Een onderneming telt één keer in het totaal en één keer in elke cel waarin ze meetelt, dus de cellen kunnen samen meer zijn dan het totaal.',
      noShowRate: 'Percentage niet verschenen', exports: 'Exports', figuresCsv: 'Cijfers (CSV)', evidenceCsv: 'Bewijsstukken (CSV)', workbook: 'Werkmap (XLSX)',
      partnerOnly: 'U ziet alleen de cijfers van {0}. Programmatotalen en de andere uitsplitsingen zijn voor het secretariaat.', updated: 'Bijgewerkt om {0}, elke {1} s vernieuwd',
      ENTERPRISES_SUPPORTED: 'Ondersteunde ondernemingen', ENTERPRISES_NON_FINANCIAL_SUPPORT: 'Ondernemingen met niet-financiële steun', ENTERPRISES_ASSESSED: 'Gediagnosticeerde ondernemingen',
      CROSS_BORDER_PARTICIPATIONS: 'Deelnames aan grensoverschrijdende evenementen', ORGANISATIONS_COOPERATING: 'Grensoverschrijdend samenwerkende organisaties', CLUSTER_MEMBERS: 'Clusterleden',
      ATTENDANCES: 'Aanwezigheden', WALK_INS: 'Deelnemers zonder inschrijving', NO_SHOWS: 'Niet verschenen', EVENTS_HELD: 'Gehouden evenementen',
      nothingYet: 'Nog niets.',
    },
  };
  const names = {
    en: { GB: 'United Kingdom', FR: 'France', BE: 'Belgium', NL: 'Netherlands', Kent: 'Kent', HautsDeFrance: 'Hauts-de-France', EastFlanders: 'East Flanders', WestFlanders: 'West Flanders', SouthWestNetherlands: 'South-West Netherlands', FoodAndDrink: 'Food & Drink', Mechatronics: 'Mechatronics', DigitalAndCreative: 'Digital & Creative', NewMaterials: 'New Materials', TasterSession: 'Taster Session', SectorWorkshop: 'Sector-Focused Workshop', CrossBorderEvent: 'Cross-Border Event', MajorInnovationEvent: 'Major Innovation Event', DiagnosticAssessment: '1-2-1 Diagnostic Assessment', ClusterMembership: 'Cluster membership', Micro: 'Micro (under 10 staff)', Small: 'Small (10–49 staff)', Medium: 'Medium (50–249 staff)' },
    fr: { GB: 'Royaume-Uni', FR: 'France', BE: 'Belgique', NL: 'Pays-Bas', Kent: 'Kent', HautsDeFrance: 'Hauts-de-France', EastFlanders: 'Flandre-Orientale', WestFlanders: 'Flandre-Occidentale', SouthWestNetherlands: 'Sud-Ouest des Pays-Bas', FoodAndDrink: 'Agroalimentaire', Mechatronics: 'Mécatronique', DigitalAndCreative: 'Numérique et créatif', NewMaterials: 'Nouveaux matériaux', TasterSession: 'Séance découverte', SectorWorkshop: 'Atelier sectoriel', CrossBorderEvent: 'Événement transfrontalier', MajorInnovationEvent: 'Grand événement d’innovation', DiagnosticAssessment: 'Diagnostic individuel', ClusterMembership: 'Adhésion à un cluster', Micro: 'Micro (moins de 10 salariés)', Small: 'Petite (10 à 49 salariés)', Medium: 'Moyenne (50 à 249 salariés)' },
    nl: { GB: 'Verenigd Koninkrijk', FR: 'Frankrijk', BE: 'België', NL: 'Nederland', Kent: 'Kent', HautsDeFrance: 'Hauts-de-France', EastFlanders: 'Oost-Vlaanderen', WestFlanders: 'West-Vlaanderen', SouthWestNetherlands: 'Zuidwest-Nederland', FoodAndDrink: 'Voeding & dranken', Mechatronics: 'Mechatronica', DigitalAndCreative: 'Digitaal & creatief', NewMaterials: 'Nieuwe materialen', TasterSession: 'Kennismakingssessie', SectorWorkshop: 'Sectorworkshop', CrossBorderEvent: 'Grensoverschrijdend evenement', MajorInnovationEvent: 'Groot innovatie-evenement', DiagnosticAssessment: 'Individuele diagnose', ClusterMembership: 'Clusterlidmaatschap', Micro: 'Micro (minder dan 10 werknemers)', Small: 'Klein (10–49 werknemers)', Medium: 'Middelgroot (50–249 werknemers)' },
  };
  const params = new URLSearchParams(location.search);
  const chosen = (params.get('lang') || sessionStorage.getItem('ise.lang') || navigator.language || 'en').slice(0, 2).toLowerCase();
  const lang = texts[chosen] ? chosen : 'en';
  document.documentElement.lang = lang;

  const t = (key, ...args) => (texts[lang][key] ?? key).replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
  const label = (key) => names[lang][key] ?? key;
  const $ = (id) => document.getElementById(id);

  // An element with attributes (`text` sets textContent, `data-*`/others are attributes) and children.
  function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === 'text') element.textContent = value;
      else if (value === true) element.setAttribute(name, '');
      else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, value);
    }
    element.append(...children);
    return element;
  }

  // The frame every live page shares: connection status and language in the header, the API-key panel below it.
  function mountFrame() {
    const header = document.querySelector('body > header');
    const languages = el('select', { id: 'lang', 'aria-label': 'Language' },
      ...['en', 'fr', 'nl'].map((code) => el('option', { value: code, text: code.toUpperCase() })));
    header.append(el('div', {}, el('span', { id: 'status', class: 'status', 'data-state': 'connecting' }), ' ', languages));
    header.after(el('section', { id: 'key-panel', hidden: true },
      el('h2', { 'data-t': 'keyTitle' }),
      el('p', { class: 'hint', 'data-t': 'keyHint' }),
      el('form', { id: 'key-form' }, el('input', { id: 'key', type: 'password', autocomplete: 'off', required: true }), el('button', { 'data-t': 'keyUse' })),
      el('p', { id: 'key-problem', class: 'answer error' })));
  }
  mountFrame();

  function translatePage() {
    for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
    for (const el of document.querySelectorAll('[data-t-placeholder]')) el.placeholder = t(el.dataset.tPlaceholder);
    const select = $('lang');
    if (select) {
      select.value = lang;
      select.addEventListener('change', () => { sessionStorage.setItem('ise.lang', select.value); params.set('lang', select.value); location.search = params.toString(); });
    }
  }

  function setStatus(state) {
    const el = $('status');
    el.dataset.state = state;
    el.textContent = t(state);
  }

  // Interim until sign-in (issue 12): the key is asked for and kept in sessionStorage for this tab only.
  function apiKey() { return sessionStorage.getItem('ise.apiKey'); }

  function askForKey(problem) {
    $('app').hidden = true;
    $('key-panel').hidden = false;
    $('key-problem').textContent = problem ? t('keyRefused') + problem : '';
    $('key-form').onsubmit = (e) => {
      e.preventDefault();
      sessionStorage.setItem('ise.apiKey', $('key').value.trim());
      location.reload();
    };
  }

  // A GraphQL call with the tab's key; an error carries the API's `extensions.code` (FORBIDDEN, VALIDATION, …) as `code`.
  async function graphql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', 'X-Api-Key': apiKey() ?? '' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) {
      const error = new Error(body.errors[0].message);
      error.code = body.errors[0].extensions?.code;
      throw error;
    }
    return body.data;
  }

  // Downloads a file the API serves only with the key (browsers cannot add a header to a plain link).
  async function download(path) {
    const response = await fetch(path, { headers: { 'X-Api-Key': apiKey() ?? '' } });
    if (!response.ok) throw new Error(response.status + ' ' + ((await response.text()) || response.statusText));
    const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? path.split('/').pop();
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: decodeURIComponent(name) });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  function breakdown(tableId, counts) {
    const table = $(tableId);
    table.replaceChildren();
    const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
    for (const [key, value] of entries) {
      const row = table.insertRow();
      row.insertCell().textContent = label(key);
      const cell = row.insertCell();
      cell.className = 'n';
      cell.textContent = String(value);
    }
  }

  // Connects to a hub, joins `id` and keeps the page in step: snapshot first, then deltas in sequence;
  // a gap (a delta that does not follow on) asks for a fresh snapshot; after a reconnection it joins again.
  async function follow(hubPath, id, onSnapshot, onDelta) {
    const key = apiKey();
    if (!key) { askForKey(); return null; }
    const connection = new signalR.HubConnectionBuilder()
      .withUrl(hubPath, { accessTokenFactory: () => key })
      .withAutomaticReconnect()
      .configureLogging(signalR.LogLevel.None)
      .build();
    let last = null;
    const snapshot = (board) => { last = board.figures.sequence; onSnapshot(board); };
    connection.on('Snapshot', snapshot);
    connection.on('Changed', async (update) => {
      if (last === null || update.figures.sequence <= last) return;
      if (update.previousSequence > last) { snapshot(await connection.invoke('Snapshot', id)); return; }
      const since = last;
      last = update.figures.sequence;
      onDelta(update, since);
    });
    const join = async () => snapshot(await connection.invoke('Join', id));
    connection.onreconnecting(() => setStatus('reconnecting'));
    connection.onreconnected(async () => { setStatus('connected'); await join(); });
    connection.onclose(() => { setStatus('disconnected'); setTimeout(() => location.reload(), 10000); });
    setStatus('connecting');
    try {
      await connection.start();
    } catch (e) {
      setStatus('disconnected');
      if (e && e.statusCode === 401) { sessionStorage.removeItem('ise.apiKey'); askForKey('401'); return null; }
      if (e && e.statusCode === 403) { askForKey('403'); return null; }
      throw e;
    }
    try {
      await join();
    } catch (e) {
      setStatus('disconnected');
      askForKey(String(e.message).replace(/^.*HubException: /, ''));
      await connection.stop();
      return null;
    }
    setStatus('connected');
    return connection;
  }

  return { t, label, $, el, translatePage, setStatus, apiKey, askForKey, graphql, download, breakdown, follow, params, lang };
})();
