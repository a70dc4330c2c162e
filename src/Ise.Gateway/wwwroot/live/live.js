// Shared by the home page, the live pages and the sign-in page: the page frame (navigation, connection
// status, who is signed in, sign-out, language, the refusal panel), texts and names in EN/FR/NL, GraphQL
// calls, downloads and the SignalR connection. The session is the sign-in cookie (HttpOnly: scripts never see it); every POST
// carries the CSRF header the gateway asks for. Without a session a page sends the person to /signin.
// Text from users is only ever set with textContent.
'use strict';

const IseLive = (() => {
  const texts = {
    en: {
      navHome: 'Home', navSmes: 'SMEs', navRegisterSme: 'Register an SME', navMergeSme: 'Merge a provisional SME', navEvents: 'Events', navCreateEvent: 'Create an event', navMySme: 'My SME', navOverview: 'Programme overview', navMyEvent: 'My event', navDoor: 'Door check-in', navExplorer: 'API explorer', navSignIn: 'Sign in', navigation: 'Pages', language: 'Language',
      connecting: 'Connecting…', connected: 'Live', reconnecting: 'Reconnecting…', disconnected: 'Disconnected',
      refusedTitle: 'No access', refusedHint: 'You are signed in as someone who may not see this. Sign out to sign in with another account.',
      signOut: 'Sign out', signInTitle: 'Sign in', email: 'Email', password: 'Password', signInButton: 'Sign in',
      signInHint: 'Sign in with the account the programme secretariat created for you.',
      SIGN_IN_FAILED: 'The email or the password is wrong.', LOCKED_OUT: 'Too many wrong passwords: this account is locked for a few minutes. Try again later or ask the secretariat to reset your password.',
      ACCOUNT_DISABLED: 'This account is disabled: ask the programme secretariat.', signInError: 'Signing in failed: ', checkedInOf: 'checked in of', expected: 'expected', walkIns: 'walk-ins', registered: 'still expected', checkInProgress: 'Checked in, as a share of those expected',
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
      roleRefused: 'FORBIDDEN: this page is not for {0}.', roleSecretariat: 'the programme secretariat', rolePartnerStaff: 'partner staff', roleEventOrganiser: 'event organisers', roleDoorStaff: 'door staff', roleClusterMember: 'cluster members',
    },
    fr: {
      navHome: 'Accueil', navSmes: 'PME', navRegisterSme: 'Inscrire une PME', navMergeSme: 'Fusionner une PME provisoire', navEvents: 'Événements', navCreateEvent: 'Créer un événement', navMySme: 'Ma PME', navOverview: 'Vue d’ensemble', navMyEvent: 'Mon événement', navDoor: 'Accueil des participants', navExplorer: 'Explorateur de l’API', navSignIn: 'Se connecter', navigation: 'Pages', language: 'Langue',
      connecting: 'Connexion…', connected: 'En direct', reconnecting: 'Reconnexion…', disconnected: 'Déconnecté',
      refusedTitle: 'Accès refusé', refusedHint: 'Vous êtes connecté avec un compte qui ne peut pas voir ceci. Déconnectez-vous pour vous connecter avec un autre compte.',
      signOut: 'Se déconnecter', signInTitle: 'Connexion', email: 'Adresse e-mail', password: 'Mot de passe', signInButton: 'Se connecter',
      signInHint: 'Connectez-vous avec le compte que le secrétariat du programme a créé pour vous.',
      SIGN_IN_FAILED: 'L’adresse e-mail ou le mot de passe est incorrect.', LOCKED_OUT: 'Trop de mots de passe erronés : ce compte est bloqué quelques minutes. Réessayez plus tard ou demandez au secrétariat de réinitialiser votre mot de passe.',
      ACCOUNT_DISABLED: 'Ce compte est désactivé : adressez-vous au secrétariat du programme.', signInError: 'La connexion a échoué : ', checkedInOf: 'présents sur', expected: 'attendus', walkIns: 'sans inscription', registered: 'encore attendus', checkInProgress: 'Présents, en part des attendus',
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
      roleRefused: 'FORBIDDEN : cette page n’est pas destinée {0}.', roleSecretariat: 'au secrétariat du programme', rolePartnerStaff: 'aux équipes des partenaires', roleEventOrganiser: 'aux organisateurs d’événements', roleDoorStaff: 'à l’accueil', roleClusterMember: 'aux membres de clusters',
    },
    nl: {
      navHome: 'Start', navSmes: 'Kmo’s', navRegisterSme: 'Kmo inschrijven', navMergeSme: 'Voorlopige kmo samenvoegen', navEvents: 'Evenementen', navCreateEvent: 'Evenement aanmaken', navMySme: 'Mijn kmo', navOverview: 'Programmaoverzicht', navMyEvent: 'Mijn evenement', navDoor: 'Aanmelden aan de deur', navExplorer: 'API-verkenner', navSignIn: 'Inloggen', navigation: 'Pagina’s', language: 'Taal',
      connecting: 'Verbinden…', connected: 'Live', reconnecting: 'Opnieuw verbinden…', disconnected: 'Geen verbinding',
      refusedTitle: 'Geen toegang', refusedHint: 'U bent ingelogd met een account dat dit niet mag zien. Log uit om met een ander account in te loggen.',
      signOut: 'Uitloggen', signInTitle: 'Inloggen', email: 'E-mailadres', password: 'Wachtwoord', signInButton: 'Inloggen',
      signInHint: 'Log in met het account dat het programmasecretariaat voor u heeft aangemaakt.',
      SIGN_IN_FAILED: 'Het e-mailadres of het wachtwoord is onjuist.', LOCKED_OUT: 'Te veel foute wachtwoorden: dit account is enkele minuten geblokkeerd. Probeer het later opnieuw of vraag het secretariaat uw wachtwoord te herstellen.',
      ACCOUNT_DISABLED: 'Dit account is uitgeschakeld: neem contact op met het programmasecretariaat.', signInError: 'Inloggen mislukt: ', checkedInOf: 'aangemeld van', expected: 'verwacht', walkIns: 'zonder inschrijving', registered: 'nog verwacht', checkInProgress: 'Aangemeld, als deel van de verwachten',
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
      roleRefused: 'FORBIDDEN: deze pagina is niet voor {0}.', roleSecretariat: 'het programmasecretariaat', rolePartnerStaff: 'medewerkers van partners', roleEventOrganiser: 'evenementorganisatoren', roleDoorStaff: 'onthaalmedewerkers', roleClusterMember: 'clusterleden',
    },
  };
  const names = {
    en: { GB: 'United Kingdom', FR: 'France', BE: 'Belgium', NL: 'Netherlands', Kent: 'Kent', HautsDeFrance: 'Hauts-de-France', EastFlanders: 'East Flanders', WestFlanders: 'West Flanders', SouthWestNetherlands: 'South-West Netherlands', FoodAndDrink: 'Food & Drink', Mechatronics: 'Mechatronics', DigitalAndCreative: 'Digital & Creative', NewMaterials: 'New Materials', TasterSession: 'Taster Session', SectorWorkshop: 'Sector-Focused Workshop', CrossBorderEvent: 'Cross-Border Event', MajorInnovationEvent: 'Major Innovation Event', DiagnosticAssessment: '1-2-1 Diagnostic Assessment', ClusterMembership: 'Cluster membership', Micro: 'Micro (under 10 staff)', Small: 'Small (10–49 staff)', Medium: 'Medium (50–249 staff)', Large: 'Large (250 staff or more)' },
    fr: { GB: 'Royaume-Uni', FR: 'France', BE: 'Belgique', NL: 'Pays-Bas', Kent: 'Kent', HautsDeFrance: 'Hauts-de-France', EastFlanders: 'Flandre-Orientale', WestFlanders: 'Flandre-Occidentale', SouthWestNetherlands: 'Sud-Ouest des Pays-Bas', FoodAndDrink: 'Agroalimentaire', Mechatronics: 'Mécatronique', DigitalAndCreative: 'Numérique et créatif', NewMaterials: 'Nouveaux matériaux', TasterSession: 'Séance découverte', SectorWorkshop: 'Atelier sectoriel', CrossBorderEvent: 'Événement transfrontalier', MajorInnovationEvent: 'Grand événement d’innovation', DiagnosticAssessment: 'Diagnostic individuel', ClusterMembership: 'Adhésion à un cluster', Micro: 'Micro (moins de 10 salariés)', Small: 'Petite (10 à 49 salariés)', Medium: 'Moyenne (50 à 249 salariés)', Large: 'Grande (250 salariés ou plus)' },
    nl: { GB: 'Verenigd Koninkrijk', FR: 'Frankrijk', BE: 'België', NL: 'Nederland', Kent: 'Kent', HautsDeFrance: 'Hauts-de-France', EastFlanders: 'Oost-Vlaanderen', WestFlanders: 'West-Vlaanderen', SouthWestNetherlands: 'Zuidwest-Nederland', FoodAndDrink: 'Voeding & dranken', Mechatronics: 'Mechatronica', DigitalAndCreative: 'Digitaal & creatief', NewMaterials: 'Nieuwe materialen', TasterSession: 'Kennismakingssessie', SectorWorkshop: 'Sectorworkshop', CrossBorderEvent: 'Grensoverschrijdend evenement', MajorInnovationEvent: 'Groot innovatie-evenement', DiagnosticAssessment: 'Individuele diagnose', ClusterMembership: 'Clusterlidmaatschap', Micro: 'Micro (minder dan 10 werknemers)', Small: 'Klein (10–49 werknemers)', Medium: 'Middelgroot (50–249 werknemers)', Large: 'Groot (250 werknemers of meer)' },
  };
  const params = new URLSearchParams(location.search);
  // The language: ?lang= in the address, else the one chosen with the switch (kept in this browser), else the browser's.
  const languageKey = 'ise.lang';
  const chosen = (params.get('lang') || localStorage.getItem(languageKey) || navigator.language || 'en').slice(0, 2).toLowerCase();
  const lang = texts[chosen] ? chosen : 'en';
  document.documentElement.lang = lang;

  // A page's own texts, added before translatePage(): { en: {...}, fr: {...}, nl: {...} }.
  const addTexts = (more) => { for (const code of Object.keys(texts)) Object.assign(texts[code], more[code]); };
  const t = (key, ...args) => (texts[lang][key] ?? key).replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
  // A text whose {n} are nodes (links, emphasis): the pieces to append, text set as text.
  const tNodes = (key, ...nodes) => (texts[lang][key] ?? key).split(/(\{\d\})/).filter(Boolean)
    .map((piece) => (/^\{\d\}$/.test(piece) ? nodes[Number(piece.slice(1, -1))] ?? '' : piece));
  const label = (key) => names[lang][key] ?? key;
  // The label of an API enum value through the names above: as it is (NL → Netherlands), else in PascalCase
  // (EAST_FLANDERS → East Flanders).
  const enumLabel = (value) => names[lang][value] ?? label(String(value).toLowerCase().replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase()));
  // A local wall-clock time as the API gives it (2026-03-12T09:30:00, the region's own time), shown as it is:
  // no conversion to the browser's time zone.
  const localDateTime = (text, options = { dateStyle: 'medium', timeStyle: 'short' }) => {
    const [date, time = '00:00'] = text.split('T');
    const [y, m, d] = date.split('-').map(Number);
    const [h, min] = time.split(':').map(Number);
    return new Date(Date.UTC(y, m - 1, d, h, min)).toLocaleString(lang, { timeZone: 'UTC', ...options });
  };
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

  // Fills a <select> with `values`, each shown by `text(value)`; `first` (a text) adds an empty choice in front.
  function fillSelect(select, values, text, first) {
    const choices = values.map((value) => el('option', { value, text: text(value) }));
    select.replaceChildren(...(first ? [el('option', { value: '', text: first })] : []), ...choices);
  }

  const csrf = { 'X-Ise-Csrf': '1' };
  // The frame's kind (<body data-frame>): `plain` on the sign-in page (no one signed in yet); `home` on the
  // home page, which also serves people who are signed out; `page` on a page that needs a session but no
  // hub (the SME pages); otherwise a live page, which needs a session and shows its hub connection.
  const frame = document.body.dataset.frame ?? 'live';
  const plain = frame === 'plain';
  const needsSession = frame === 'live' || frame === 'page';

  // The navigation: every page there is, each shown to the roles the API lets use it (it still checks).
  // Door staff's own event is their scope; the event and cluster pages of others are linked from the home page.
  const pages = [
    { id: 'nav-home', key: 'navHome', href: () => '/', roles: null },
    { id: 'nav-smes', key: 'navSmes', href: () => '/live/smes.html', roles: ['Secretariat', 'PartnerStaff'] },
    { id: 'nav-register-sme', key: 'navRegisterSme', href: () => '/live/sme-register.html', roles: ['Secretariat', 'PartnerStaff'] },
    { id: 'nav-merge-sme', key: 'navMergeSme', href: () => '/live/sme-merge.html', roles: ['Secretariat', 'PartnerStaff'] },
    { id: 'nav-events', key: 'navEvents', href: () => '/live/events.html', roles: ['Secretariat', 'PartnerStaff', 'EventOrganiser'] },
    { id: 'nav-create-event', key: 'navCreateEvent', href: () => '/live/event-create.html', roles: ['Secretariat', 'PartnerStaff', 'EventOrganiser'] },
    { id: 'nav-my-sme', key: 'navMySme', href: (p) => '/live/sme.html?id=' + encodeURIComponent(p.scope ?? ''), roles: ['ClusterMember'] },
    { id: 'nav-my-event', key: 'navMyEvent', href: (p) => '/live/event.html?id=' + encodeURIComponent(p.scope ?? ''), roles: ['DoorStaff'] },
    { id: 'nav-door', key: 'navDoor', href: (p) => '/live/door.html?id=' + encodeURIComponent(p.scope ?? ''), roles: ['DoorStaff'] },
    { id: 'nav-overview', key: 'navOverview', href: () => '/live/overview.html', roles: ['Secretariat', 'PartnerStaff'] },
    { id: 'nav-explorer', key: 'navExplorer', href: () => '/graphql', roles: [] },
  ];

  function showNavigation(person) {
    for (const page of pages) {
      const link = $(page.id);
      const allowed = page.roles === null || (person && (page.roles.length === 0 || page.roles.includes(person.role)));
      link.hidden = !allowed;
      if (allowed) link.href = page.href(person ?? {});
    }
    // The home page's sign-in links come back to the page as it is (its query and language included).
    for (const link of document.querySelectorAll('a[data-signin]')) {
      link.href = signInAddress();
      if (link.id === 'nav-signin') link.hidden = !!person;
    }
  }

  // The frame every page shares: the navigation and the language switch; on the home and
  // live pages also who is signed in with a sign-out button (a sign-in link on the home page when no one
  // is); on live pages the connection status and the panel that says why access was refused.
  function mountFrame() {
    const header = document.querySelector('body > header');
    const languages = el('select', { id: 'lang', 'data-t-aria-label': 'language' },
      ...['en', 'fr', 'nl'].map((code) => el('option', { value: code, text: code.toUpperCase() })));
    const nav = el('nav', { class: 'pages', 'data-t-aria-label': 'navigation' },
      ...pages.map((page) => el('a', { id: page.id, 'data-t': page.key, hidden: page.roles !== null })));
    header.prepend(nav);
    if (plain) { header.append(el('div', { class: 'frame' }, languages)); return; }
    header.append(el('div', { class: 'frame' },
      frame === 'live' ? el('span', { id: 'status', class: 'status', 'data-state': 'connecting' }) : '', ' ',
      el('span', { id: 'who', class: 'who' }), ' ',
      el('button', { id: 'signout', type: 'button', class: 'quiet', 'data-t': 'signOut', hidden: true }),
      frame === 'home' ? el('a', { id: 'nav-signin', class: 'quiet', 'data-signin': true, 'data-t': 'navSignIn', hidden: true }) : '',
      ' ', languages));
    if (!needsSession) return;
    header.after(el('section', { id: 'refused-panel', hidden: true },
      el('h2', { 'data-t': 'refusedTitle' }),
      el('p', { id: 'refused-problem', class: 'answer error' }),
      el('p', { class: 'hint', 'data-t': 'refusedHint' })));
  }
  mountFrame();

  // Off to /signin, which brings the person back to this page (a local path). Several refusals of one
  // ended session (the person, a GraphQL call, the hub) leave once.
  let leaving = false;
  const signInAddress = () => '/signin?' + new URLSearchParams({ lang, returnUrl: location.pathname + location.search }).toString();
  function goToSignIn() {
    if (leaving) return;
    leaving = true;
    location.assign(signInAddress());
  }

  async function signOut() {
    await fetch('/auth/signout', { method: 'POST', headers: csrf });
    goToSignIn();
  }

  // Who is signed in ({ name, displayName, role, scope }); without a session, null on the home page and
  // off to /signin elsewhere (never resolves then). A gateway that is unreachable, busy (429) or failing
  // (5xx) is asked again a little later; `unreachable` resolves at the first such miss, for a page that can
  // work without knowing who is signed in (the door page, opened from its service worker with no network).
  let missed;
  const unreachable = new Promise((resolve) => { missed = resolve; });
  async function currentPerson() {
    for (let wait = 1000; ; wait = Math.min(wait * 2, 15000)) {
      const response = await fetch('/api/me').catch(() => null);
      if (response?.status === 401 && frame === 'home') return null;
      if (response?.status === 401) { goToSignIn(); return new Promise(() => {}); }
      if (response?.ok) return response.json();
      missed();
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  const me = plain ? Promise.resolve(null) : currentPerson().then((person) => {
    showNavigation(person);
    if (!person) return null;
    $('who').textContent = person.displayName ?? person.name;
    $('signout').hidden = false;
    $('signout').addEventListener('click', signOut);
    return person;
  });

  // Access refused (a role or scope that may not see this): say why, keep sign-out at hand.
  function refuse(problem) {
    $('app').hidden = true;
    $('refused-panel').hidden = false;
    $('refused-problem').textContent = problem ?? '';
  }

  // The signed-in person when their role is one of `roles`; otherwise the page refuses before asking the API
  // (which refuses too) and this resolves to null.
  async function personWithRole(...roles) {
    const person = await me;
    if (roles.includes(person.role)) return person;
    refuse(t('roleRefused', t('role' + person.role)));
    return null;
  }

  function translatePage() {
    for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
    for (const el of document.querySelectorAll('[data-t-placeholder]')) el.placeholder = t(el.dataset.tPlaceholder);
    for (const el of document.querySelectorAll('[data-t-aria-label]')) el.setAttribute('aria-label', t(el.dataset.tAriaLabel));
    const select = $('lang');
    if (select) {
      select.value = lang;
      // The choice is kept in this browser; the page opens again in it (without a ?lang= that would override it).
      select.addEventListener('change', () => {
        localStorage.setItem(languageKey, select.value);
        params.delete('lang');
        const query = params.toString();
        location.assign(location.pathname + (query ? '?' + query : '') + location.hash);
      });
    }
  }

  function setStatus(state) {
    const el = $('status');
    el.dataset.state = state;
    el.textContent = t(state);
  }

  // A GraphQL call in the session; an error carries the API's `extensions.code` (FORBIDDEN, VALIDATION, …) as `code`.
  // A refusal because the session ended sends the person to /signin.
  async function graphql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', ...csrf },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) {
      const error = new Error(body.errors[0].message);
      error.code = body.errors[0].extensions?.code;
      // The input field the API names (`input.companyId`), and every problem when an input is checked as a whole.
      error.field = body.errors[0].extensions?.field;
      error.problems = body.errors[0].extensions?.problems ?? [];
      if (error.code === 'FORBIDDEN' && (await fetch('/api/me')).status === 401) { goToSignIn(); return new Promise(() => {}); }
      throw error;
    }
    return body.data;
  }

  // Downloads a file through fetch (same origin: the session cookie goes along) and saves it under its served name.
  async function download(path) {
    const response = await fetch(path);
    if (response.status === 401) { goToSignIn(); return; }
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
    await me;
    const connection = new signalR.HubConnectionBuilder()
      .withUrl(hubPath, { headers: csrf })
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
      // A refused negotiation reaches here as the client's FailedToNegotiateWithServerError, which keeps the
      // status only in its message ("…: Status code '403'"). The hubs' policies refuse by role.
      const status = e?.statusCode ?? Number(/Status code '(\d{3})'/.exec(String(e?.message))?.[1]);
      if (status === 401) { goToSignIn(); return null; }
      if (status === 403) { refuse(t('roleRefused', t('role' + (await me).role))); return null; }
      throw e;
    }
    try {
      await join();
    } catch (e) {
      setStatus('disconnected');
      refuse(String(e.message).replace(/^.*HubException: /, ''));
      await connection.stop();
      return null;
    }
    setStatus('connected');
    return connection;
  }

  return { t, tNodes, label, enumLabel, localDateTime, $, el, fillSelect, addTexts, translatePage, setStatus, me, unreachable, refuse, personWithRole, csrf, graphql, download, breakdown, follow, params, lang };
})();
