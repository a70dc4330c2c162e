// The texts of the event pages (list, creation, the event's page, the badge sheet) in EN/FR/NL: field names,
// statuses, attendance. Loaded after live.js, before the page's own script.
'use strict';

IseLive.addTexts({
  en: {
    eventTitle: 'Title', kind: 'Kind', hostPartner: 'Host partner', region: 'Region', sector: 'Sector', sectors: 'Sectors', status: 'Status',
    startsAt: 'Starts (local time)', endsAt: 'Ends (local time)', venue: 'Venue', capacity: 'Capacity', waitingListLimit: 'Waiting list places',
    seats: 'Seats', seatsTaken: 'Seats taken', waitListedCount: 'Waiting list', seatsLeft: 'Seats left', when: 'When',
    any: 'Any', required: 'Required.', previousPage: 'Previous page', nextPage: 'Next page', paging: 'Pages of results',
    DRAFT: 'Draft', OPEN: 'Open for registration', LIVE: 'Live', CLOSED: 'Closed',
    REGISTERED: 'Registered', WAIT_LISTED: 'On the waiting list', CHECKED_IN: 'Checked in', NO_SHOW: 'Did not come', CANCELLED: 'Cancelled',
    smeName: 'SME', smeId: 'SME id', attendeeCode: 'Attendee code', registeredAt: 'Registered', checkedInAt: 'Checked in', walkInMark: 'walk-in', retroactiveMark: 'recorded afterwards',
    badgesLink: 'Badges (printable sheet)', eventPageLink: 'Event page',
  },
  fr: {
    eventTitle: 'Titre', kind: 'Type', hostPartner: 'Partenaire organisateur', region: 'Région', sector: 'Secteur', sectors: 'Secteurs', status: 'Statut',
    startsAt: 'Début (heure locale)', endsAt: 'Fin (heure locale)', venue: 'Lieu', capacity: 'Capacité', waitingListLimit: 'Places en liste d’attente',
    seats: 'Places', seatsTaken: 'Places prises', waitListedCount: 'Liste d’attente', seatsLeft: 'Places restantes', when: 'Quand',
    any: 'Tous', required: 'Obligatoire.', previousPage: 'Page précédente', nextPage: 'Page suivante', paging: 'Pages de résultats',
    DRAFT: 'Brouillon', OPEN: 'Ouvert aux inscriptions', LIVE: 'En cours', CLOSED: 'Clos',
    REGISTERED: 'Inscrite', WAIT_LISTED: 'En liste d’attente', CHECKED_IN: 'Présente', NO_SHOW: 'Absente', CANCELLED: 'Annulée',
    smeName: 'PME', smeId: 'Identifiant PME', attendeeCode: 'Code participant', registeredAt: 'Inscrite le', checkedInAt: 'Arrivée', walkInMark: 'sans inscription', retroactiveMark: 'enregistrée après coup',
    badgesLink: 'Badges (planche à imprimer)', eventPageLink: 'Page de l’événement',
  },
  nl: {
    eventTitle: 'Titel', kind: 'Soort', hostPartner: 'Organiserende partner', region: 'Regio', sector: 'Sector', sectors: 'Sectoren', status: 'Status',
    startsAt: 'Begint (lokale tijd)', endsAt: 'Eindigt (lokale tijd)', venue: 'Locatie', capacity: 'Capaciteit', waitingListLimit: 'Plaatsen op de wachtlijst',
    seats: 'Plaatsen', seatsTaken: 'Plaatsen bezet', waitListedCount: 'Wachtlijst', seatsLeft: 'Plaatsen vrij', when: 'Wanneer',
    any: 'Alle', required: 'Verplicht.', previousPage: 'Vorige pagina', nextPage: 'Volgende pagina', paging: 'Pagina’s met resultaten',
    DRAFT: 'Concept', OPEN: 'Open voor inschrijving', LIVE: 'Bezig', CLOSED: 'Afgesloten',
    REGISTERED: 'Ingeschreven', WAIT_LISTED: 'Op de wachtlijst', CHECKED_IN: 'Aangemeld', NO_SHOW: 'Niet verschenen', CANCELLED: 'Geannuleerd',
    smeName: 'Kmo', smeId: 'Kmo-id', attendeeCode: 'Deelnemerscode', registeredAt: 'Ingeschreven op', checkedInAt: 'Aangemeld om', walkInMark: 'zonder inschrijving', retroactiveMark: 'achteraf geregistreerd',
    badgesLink: 'Badges (afdrukbaar vel)', eventPageLink: 'Evenementpagina',
  },
});

// What the event pages share: which events a person runs, the kinds an event can be, a time in the event's zone,
// a refusal as text, idempotency keys, previous/next paging.
const IseEvents = (() => {
  const { lang, $ } = IseLive;
  const kinds = ['TASTER_SESSION', 'SECTOR_WORKSHOP', 'CROSS_BORDER_EVENT', 'MAJOR_INNOVATION_EVENT'];
  const sectors = ['FOOD_AND_DRINK', 'MECHATRONICS', 'DIGITAL_AND_CREATIVE', 'NEW_MATERIALS'];
  const statuses = ['DRAFT', 'OPEN', 'LIVE', 'CLOSED'];

  // The roles that run events, and whether this person runs this one (the API checks again): the
  // secretariat any, partner staff and organisers their partner's.
  const roles = ['Secretariat', 'PartnerStaff', 'EventOrganiser'];
  const runs = (me, event) => me.role === 'SECRETARIAT' || event.hostPartnerId === me.scope;

  // An instant the API gives (ISO 8601 with offset) as the wall-clock time of the event's zone.
  const zoned = (instant, timeZone) => (instant ? new Date(instant).toLocaleString(lang, { timeZone, dateStyle: 'short', timeStyle: 'short' }) : '');

  const problem = (error) => (error.code ? error.code + ': ' : '') + error.message;

  // One key per thing made: a second click after a lost answer finds the same one.
  const newKey = () => [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');

  // Previous/next paging over a connection with the page's #previous-page and #next-page: `fetch(after)` gives one
  // page ({ pageInfo, items }), `show(items, number)` draws it; a refusal goes to #problem. first() starts again
  // (new filters), reload() reads the page shown again.
  function pager(fetch, show) {
    let cursors = [null];
    let current = 0;
    async function load() {
      let items = [];
      $('problem').textContent = '';
      try {
        const page = await fetch(cursors[current]);
        items = page.items;
        cursors = cursors.slice(0, current + 1);
        if (page.pageInfo.hasNextPage) cursors.push(page.pageInfo.endCursor);
      } catch (error) {
        $('problem').textContent = problem(error);
      }
      show(items, current + 1);
      $('previous-page').disabled = current === 0;
      $('next-page').disabled = current + 1 >= cursors.length;
    }
    $('previous-page').addEventListener('click', () => { current -= 1; load(); });
    $('next-page').addEventListener('click', () => { current += 1; load(); });
    return { first: () => { cursors = [null]; current = 0; return load(); }, reload: load };
  }

  return { kinds, sectors, statuses, roles, runs, zoned, problem, newKey, pager };
})();
