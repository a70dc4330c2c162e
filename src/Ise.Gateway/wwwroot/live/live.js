// Shared by the live pages: API key (kept in sessionStorage), language, texts in EN/FR/NL, connection
// status, GraphQL calls and the SignalR connection. Text from users is only ever set with textContent.
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
      nothingYet: 'Nog niets.',
    },
  };
  const names = {
    en: { GB: 'United Kingdom', FR: 'France', BE: 'Belgium', NL: 'Netherlands', Kent: 'Kent', HautsDeFrance: 'Hauts-de-France', EastFlanders: 'East Flanders', WestFlanders: 'West Flanders', SouthWestNetherlands: 'South-West Netherlands', FoodAndDrink: 'Food & Drink', Mechatronics: 'Mechatronics', DigitalAndCreative: 'Digital & Creative', NewMaterials: 'New Materials' },
    fr: { GB: 'Royaume-Uni', FR: 'France', BE: 'Belgique', NL: 'Pays-Bas', Kent: 'Kent', HautsDeFrance: 'Hauts-de-France', EastFlanders: 'Flandre-Orientale', WestFlanders: 'Flandre-Occidentale', SouthWestNetherlands: 'Sud-Ouest des Pays-Bas', FoodAndDrink: 'Agroalimentaire', Mechatronics: 'Mécatronique', DigitalAndCreative: 'Numérique et créatif', NewMaterials: 'Nouveaux matériaux' },
    nl: { GB: 'Verenigd Koninkrijk', FR: 'Frankrijk', BE: 'België', NL: 'Nederland', Kent: 'Kent', HautsDeFrance: 'Hauts-de-France', EastFlanders: 'Oost-Vlaanderen', WestFlanders: 'West-Vlaanderen', SouthWestNetherlands: 'Zuidwest-Nederland', FoodAndDrink: 'Voeding & dranken', Mechatronics: 'Mechatronica', DigitalAndCreative: 'Digitaal & creatief', NewMaterials: 'Nieuwe materialen' },
  };
  const params = new URLSearchParams(location.search);
  const chosen = (params.get('lang') || sessionStorage.getItem('ise.lang') || navigator.language || 'en').slice(0, 2).toLowerCase();
  const lang = texts[chosen] ? chosen : 'en';
  document.documentElement.lang = lang;

  const t = (key, ...args) => (texts[lang][key] ?? key).replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
  const label = (key) => names[lang][key] ?? key;
  const $ = (id) => document.getElementById(id);

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

  async function graphql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', 'X-Api-Key': apiKey() },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) throw new Error(body.errors[0].message);
    return body.data;
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

  return { t, label, $, translatePage, graphql, breakdown, follow, params, lang };
})();
