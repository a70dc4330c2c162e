// The home page (/): signed out, what ISE is and the way to sign in; signed in, who the person is, what
// their role lets them do, the events live now and upcoming as the API lists them for this person, and the
// pages they may open. Everything shown comes from the GraphQL API, which applies its own checks.
'use strict';
(async () => {
  const { t, enumLabel, localDateTime, $, el, addTexts, translatePage, me, graphql } = IseLive;
  addTexts({
    en: {
      homeTitle: 'Innovative Sector Exchange', aboutTitle: 'What ISE is',
      aboutProgramme: 'ISE is an Interreg project which supports businesses from 5 regions (Kent, Hauts-de-France, East & West Flanders, and the SW of the Netherlands) with becoming more internationalised and innovative. Its 7 partners deliver support to SMEs to enable them to grow their business and help them find international contacts.',
      aboutSupport: 'Taster Sessions introduce innovation methods; Sector-Focused Workshops, cross-border events (the Innovation Pathway) and Major Innovation Events bring businesses of the 4 countries together in Food & Drink, Mechatronics, Digital & Creative and New Materials; 1-2-1 diagnostic assessments explore an SME’s export and innovation potential.',
      aboutPlatform: 'This platform is where the partners’ staff keep the SMEs they support, run the events and their check-in, follow the sector clusters and report the programme’s indicators.',
      youTitle: 'You', liveNow: 'Live now', upcoming: 'Upcoming', pagesTitle: 'Pages',
      noLiveEvents: 'No event is live now.', noUpcomingEvents: 'No event is open for registration.', moreEvents: 'More events: ask the API (events).',
      SECRETARIAT: 'Programme secretariat', PARTNER_STAFF: 'Partner staff', EVENT_ORGANISER: 'Event organiser', DOOR_STAFF: 'Door staff', CLUSTER_MEMBER: 'Cluster member',
      canSECRETARIAT: 'You see the whole programme: every SME, event and cluster, the indicators of every partner with their exports, and the people’s accounts and API keys.',
      canPARTNER_STAFF: 'You act for {0}: register SMEs and run their diagnostics, create and run its events (dashboards and check-in), follow the sector clusters and read its figures in the programme overview.',
      canEVENT_ORGANISER: 'You organise the events of {0}: create, publish, start and close them, register attendees and check them in on the event dashboard.',
      canDOOR_STAFF: 'You check people in at {0}: by scanning their badges or as walk-ins, on the door page (which keeps scans while the network is down), and follow arrivals on its dashboard.',
      canCLUSTER_MEMBER: 'You act for the SME {0}: follow the feeds of its clusters and post in them.',
      dashboard: 'Event dashboard', doorPage: 'Door check-in', clusterPage: 'Cluster: {0}', explorerPage: 'GraphQL explorer (the API, for people and programs)',
    },
    fr: {
      homeTitle: 'Innovative Sector Exchange', aboutTitle: 'Qu’est-ce qu’ISE ?',
      aboutProgramme: 'ISE est un projet Interreg qui aide les entreprises de 5 régions (Kent, Hauts-de-France, Flandre-Orientale et Occidentale, et le sud-ouest des Pays-Bas) à s’internationaliser et à innover. Ses 7 partenaires accompagnent les PME pour qu’elles développent leur activité et trouvent des contacts internationaux.',
      aboutSupport: 'Les séances découverte présentent des méthodes d’innovation ; les ateliers sectoriels, les événements transfrontaliers (l’Innovation Pathway) et les grands événements d’innovation réunissent des entreprises des 4 pays dans l’agroalimentaire, la mécatronique, le numérique et créatif et les nouveaux matériaux ; les diagnostics individuels explorent le potentiel d’export et d’innovation d’une PME.',
      aboutPlatform: 'Cette plateforme est l’outil des équipes des partenaires : les PME accompagnées, les événements et leur accueil, les clusters sectoriels et les indicateurs du programme.',
      youTitle: 'Vous', liveNow: 'En cours', upcoming: 'À venir', pagesTitle: 'Pages',
      noLiveEvents: 'Aucun événement en cours.', noUpcomingEvents: 'Aucun événement ouvert aux inscriptions.', moreEvents: 'D’autres événements : interrogez l’API (events).',
      SECRETARIAT: 'Secrétariat du programme', PARTNER_STAFF: 'Équipe d’un partenaire', EVENT_ORGANISER: 'Organisateur d’événements', DOOR_STAFF: 'Accueil', CLUSTER_MEMBER: 'Membre de cluster',
      canSECRETARIAT: 'Vous voyez tout le programme : chaque PME, chaque événement et cluster, les indicateurs de chaque partenaire et leurs exports, ainsi que les comptes et les clés d’API.',
      canPARTNER_STAFF: 'Vous agissez pour {0} : inscrire des PME et mener leurs diagnostics, créer et conduire ses événements (tableaux de bord et accueil), suivre les clusters sectoriels et lire ses chiffres dans la vue d’ensemble.',
      canEVENT_ORGANISER: 'Vous organisez les événements de {0} : les créer, les publier, les ouvrir et les clore, inscrire les participants et les enregistrer sur le tableau de bord.',
      canDOOR_STAFF: 'Vous accueillez les participants de {0} : en scannant leur badge ou sans inscription, sur la page Accueil des participants (qui garde les scans quand le réseau tombe), et suivez les arrivées sur son tableau de bord.',
      canCLUSTER_MEMBER: 'Vous agissez pour la PME {0} : suivre l’activité de ses clusters et y publier.',
      dashboard: 'Tableau de bord de l’événement', doorPage: 'Accueil des participants', clusterPage: 'Cluster : {0}', explorerPage: 'Explorateur GraphQL (l’API, pour les personnes et les programmes)',
    },
    nl: {
      homeTitle: 'Innovative Sector Exchange', aboutTitle: 'Wat is ISE?',
      aboutProgramme: 'ISE is een Interreg-project dat bedrijven uit 5 regio’s (Kent, Hauts-de-France, Oost- en West-Vlaanderen en Zuidwest-Nederland) helpt internationaler en innovatiever te worden. De 7 partners ondersteunen kmo’s om hun bedrijf te laten groeien en internationale contacten te vinden.',
      aboutSupport: 'Kennismakingssessies stellen innovatiemethoden voor; sectorworkshops, grensoverschrijdende evenementen (het Innovation Pathway) en grote innovatie-evenementen brengen bedrijven uit de 4 landen samen in voeding & dranken, mechatronica, digitaal & creatief en nieuwe materialen; individuele diagnoses verkennen het export- en innovatiepotentieel van een kmo.',
      aboutPlatform: 'Op dit platform houden de medewerkers van de partners de kmo’s bij die ze ondersteunen, organiseren ze de evenementen en het aanmelden, volgen ze de sectorclusters en rapporteren ze de indicatoren van het programma.',
      youTitle: 'U', liveNow: 'Nu bezig', upcoming: 'Binnenkort', pagesTitle: 'Pagina’s',
      noLiveEvents: 'Er is nu geen evenement bezig.', noUpcomingEvents: 'Geen evenement staat open voor inschrijving.', moreEvents: 'Meer evenementen: vraag het de API (events).',
      SECRETARIAT: 'Programmasecretariaat', PARTNER_STAFF: 'Medewerker van een partner', EVENT_ORGANISER: 'Evenementorganisator', DOOR_STAFF: 'Onthaal', CLUSTER_MEMBER: 'Clusterlid',
      canSECRETARIAT: 'U ziet het hele programma: elke kmo, elk evenement en elke cluster, de indicatoren van elke partner met hun exports, en de accounts en API-sleutels.',
      canPARTNER_STAFF: 'U handelt voor {0}: kmo’s inschrijven en hun diagnoses afnemen, de evenementen aanmaken en leiden (dashboards en aanmelden), de sectorclusters volgen en de cijfers lezen in het programmaoverzicht.',
      canEVENT_ORGANISER: 'U organiseert de evenementen van {0}: aanmaken, publiceren, starten en afsluiten, deelnemers inschrijven en aanmelden op het dashboard.',
      canDOOR_STAFF: 'U meldt deelnemers aan op {0}: door hun badge te scannen of zonder inschrijving, op de deurpagina (die scans bewaart als het netwerk wegvalt), en volgt de aankomsten op het dashboard.',
      canCLUSTER_MEMBER: 'U handelt voor de kmo {0}: de activiteit van haar clusters volgen en er berichten plaatsen.',
      dashboard: 'Dashboard van het evenement', doorPage: 'Aanmelden aan de deur', clusterPage: 'Cluster: {0}', explorerPage: 'GraphQL-verkenner (de API, voor mensen en programma’s)',
    },
  });
  translatePage();
  document.title = 'ISE · ' + t('homeTitle');

  const person = await me;
  if (!person) {
    $('about').hidden = false;
    return;
  }

  // One request, the same document for every role (so it is one of the page documents the gateway trusts): who
  // the person is (role and scope), the names their scope refers to, the events and clusters the API lists for
  // them. What a role does not need is left out by @include: the scope's name for the roles that have one,
  // clusters for the roles that may follow them.
  const roleIs = (...roles) => roles.includes(person.role);
  let data;
  try {
    data = await graphql(`query($scope: ID!, $partners: Boolean!, $scopeEvent: Boolean!, $scopeSme: Boolean!, $clusters: Boolean!) {
    me { role scope }
    partners @include(if: $partners) { id name }
    scopeEvent: event(id: $scope) @include(if: $scopeEvent) { title }
    scopeSme: sme(id: $scope) @include(if: $scopeSme) { name }
    live: events(first: 50, filter: { status: LIVE }) { ...listed }
    upcoming: events(first: 50, filter: { status: OPEN }) { ...listed }
    clusters @include(if: $clusters) { sector name } }
    fragment listed on EventConnection { pageInfo { hasNextPage } items { id title kind region hostPartnerId startsAtLocal endsAtLocal venue } }`, {
      scope: person.scope ?? '',
      partners: roleIs('PartnerStaff', 'EventOrganiser'),
      scopeEvent: roleIs('DoorStaff'),
      scopeSme: roleIs('ClusterMember'),
      clusters: roleIs('Secretariat', 'PartnerStaff', 'ClusterMember'),
    });
  } catch (error) {
    $('problem').textContent = error.message;
    return;
  }

  const { role, scope } = data.me;
  const scopeLabel = data.partners?.find((p) => p.id === scope)?.name ?? data.scopeEvent?.title ?? data.scopeSme?.name ?? scope;
  $('person-name').textContent = person.displayName ?? person.name;
  $('person-role').textContent = t(role);
  $('person-scope').textContent = scopeLabel ? ' · ' + scopeLabel : '';
  $('can-do').textContent = t('can' + role, scopeLabel ?? '');

  // The dashboard is open to whoever acts for the event: the secretariat, its host partner's staff and
  // organisers, and its own door staff (the hub checks this again).
  const opensDashboard = (event) => role === 'SECRETARIAT'
    || ((role === 'PARTNER_STAFF' || role === 'EVENT_ORGANISER') && event.hostPartnerId === scope)
    || (role === 'DOOR_STAFF' && event.id === scope);
  function eventItem(event) {
    const title = opensDashboard(event)
      ? el('a', { href: '/live/event.html?id=' + encodeURIComponent(event.id), text: event.title })
      : el('span', { text: event.title });
    // Whoever may check people in there also gets the door page (door staff have it in the navigation too).
    const door = opensDashboard(event)
      ? [' · ', el('a', { class: 'door-link', href: '/live/door.html?id=' + encodeURIComponent(event.id), text: t('doorPage') })]
      : [];
    return el('li', { 'data-id': event.id }, title, ...door,
      el('span', { class: 'when', text: localDateTime(event.startsAtLocal) + ' · ' + event.venue + ' · ' + enumLabel(event.region) + ' · ' + enumLabel(event.kind) }));
  }

  function showEvents(connection, listId, noneId) {
    const events = [...connection.items].sort((a, b) => a.startsAtLocal.localeCompare(b.startsAtLocal));
    $(listId).replaceChildren(...events.map(eventItem));
    if (connection.pageInfo.hasNextPage) $(listId).append(el('li', { class: 'hint', text: t('moreEvents') }));
    $(noneId).hidden = events.length > 0;
  }

  showEvents(data.live, 'live-events', 'live-none');
  showEvents(data.upcoming, 'upcoming-events', 'upcoming-none');

  // Every page this person may open: the same navigation as the header, then the cluster pages they may follow.
  const links = [...document.querySelectorAll('nav.pages a:not([hidden])')]
    .filter((link) => link.getAttribute('href') !== '/')
    .map((link) => el('a', { href: link.getAttribute('href'), text: link.id === 'nav-explorer' ? t('explorerPage') : link.textContent }));
  for (const cluster of data.clusters ?? []) {
    links.push(el('a', { href: '/live/cluster.html?sector=' + cluster.sector.toLowerCase().replaceAll('_', '-'), text: t('clusterPage', enumLabel(cluster.sector)) }));
  }
  $('page-links').replaceChildren(...links.map((link) => el('li', {}, link)));

  for (const id of ['person', 'live-now', 'upcoming', 'pages']) $(id).hidden = false;
})();
