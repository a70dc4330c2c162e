// The page of one event (?id=EVENT_ID) for those who run it (the secretariat, its host partner's staff and
// organisers): its details and status with the next step of its life (publish, start, close), the
// registrations by status with their waiting list (each one cancelled, or its check-in undone, from its row),
// registering an SME, the attendance CSV upload with its progress and per-row report, and links to the badge sheet and the live dashboard. Every action goes
// through the GraphQL API (the upload through POST /api/imports/…), which checks again.
'use strict';
(async () => {
  const { t, tNodes, enumLabel, localDateTime, $, el, fillSelect, addTexts, translatePage, personWithRole, refuse, graphql, csrf, params } = IseLive;
  const { roles, runs, zoned, problem, newKey, pager } = IseEvents;
  addTexts({
    en: {
      detailsTitle: 'Event', publishButton: 'Publish (open registration)', startButton: 'Start (open check-in)', closeButton: 'Close the event',
      closeHint: 'Closing ends check-in: everyone registered who did not come becomes a no-show.', dashboardLink: 'Live dashboard and check-in',
      published: 'Published: registration is open.', started: 'Started: check-in is open.', closed: 'Closed.',
      heldButton: 'Record as held (past event)', held: 'Recorded as held.',
      heldHint: 'This event is over and was never run: recording it as held closes it, counted on its own date; everyone registered becomes a no-show until you upload who came (the attendance list below).',
      pastEvent: 'This event is over: a past event is not started. Load it with the history import (it is recorded as held), then record who came with the attendance list or retroactive attendance.',
      notYourEvent: 'FORBIDDEN: this event is run by {0}; its page is for the secretariat and {0}.',
      registerTitle: 'Register an SME', smeToRegister: 'SME (name or id)', registerButton: 'Register',
      pickerHint: 'Type part of the name or the id: the list suggests the SMEs you may see.', idHint: 'The SME id: country and company id, e.g. BE-0403170701.',
      registeredSeat: 'Registered, seat confirmed: {0}', registeredWaiting: 'On the waiting list: {0}', alreadyRegistered: 'Already registered: {0}', registrationClosed: 'Registration has ended: the event is closed.',
      attendanceTitle: 'Attendance list (CSV)', attendanceHint: 'A CSV file with a column attendee_code (the code on the badge) or sme_id, one attendee a row, and optionally status (attended, walk-in or no-show; once the event is closed). Each row is reported: recorded, already there, or refused with the reason.',
      attendanceNotYet: 'An attendance list is uploaded once the event is live or closed.', attendanceFile: 'CSV file', uploadButton: 'Upload',
      uploading: 'Uploading {0}…', importing: 'Importing: {0} of {1} rows', imported: 'Imported: {0} of {1} rows',
      summary: '{0} recorded, {1} already recorded, {2} refused.', reportCaption: 'Each row of the file', line: 'Line', outcome: 'Outcome', subject: 'Attendee', message: 'Detail',
      ACCEPTED: 'Recorded', UNCHANGED: 'Already recorded', REJECTED: 'Refused', omitted: '{0} more rows are not listed here.',
      registrationsTitle: 'Registrations and waiting list', show: 'Show', registrationsPage: 'Page {0}: {1} registrations', noRegistrations: 'No registration.',
      actions: 'Actions', checkedInCount: 'Checked in', cancelledCount: 'Cancelled',
      cancelButton: 'Cancel the registration', undoButton: 'Undo the check-in', keepButton: 'No, keep it',
      confirmCancel: 'Cancel the registration of {0}?', confirmCancelYes: 'Yes, cancel it', confirmUndo: 'Undo the check-in of {0}?', confirmUndoYes: 'Yes, undo it',
      cancelledNote: 'Registration cancelled.', cancelledPromotedNote: 'Registration cancelled: the seat went to the first on the waiting list.', undoneNote: 'Check-in undone.',
    },
    fr: {
      detailsTitle: 'Événement', publishButton: 'Publier (ouvrir les inscriptions)', startButton: 'Démarrer (ouvrir l’accueil)', closeButton: 'Clore l’événement',
      closeHint: 'Clore met fin à l’accueil : chaque inscrit qui n’est pas venu devient absent.', dashboardLink: 'Tableau de bord en direct et accueil',
      published: 'Publié : les inscriptions sont ouvertes.', started: 'Démarré : l’accueil est ouvert.', closed: 'Clos.',
      heldButton: 'Enregistrer comme tenu (événement passé)', held: 'Enregistré comme tenu.',
      heldHint: 'Cet événement est passé et n’a pas été démarré : l’enregistrer comme tenu le clôt, compté à sa date ; chaque inscrit devient absent jusqu’à ce que vous chargiez les présences (la liste de présence ci-dessous).',
      pastEvent: 'Cet événement est passé : un événement passé ne se démarre pas. Chargez-le par l’import de l’historique (il est enregistré comme tenu), puis enregistrez les présences par la liste de présence ou la présence rétroactive.',
      notYourEvent: 'FORBIDDEN : cet événement est organisé par {0} ; sa page est réservée au secrétariat et à {0}.',
      registerTitle: 'Inscrire une PME', smeToRegister: 'PME (nom ou identifiant)', registerButton: 'Inscrire',
      pickerHint: 'Tapez une partie du nom ou l’identifiant : la liste propose les PME que vous pouvez voir.', idHint: 'L’identifiant PME : pays et numéro d’entreprise, ex. FR-732829320.',
      registeredSeat: 'Inscrite, place confirmée : {0}', registeredWaiting: 'En liste d’attente : {0}', alreadyRegistered: 'Déjà inscrite : {0}', registrationClosed: 'Les inscriptions sont terminées : l’événement est clos.',
      attendanceTitle: 'Liste de présence (CSV)', attendanceHint: 'Un fichier CSV avec une colonne attendee_code (le code du badge) ou sme_id, un participant par ligne, et au besoin status (attended, walk-in ou no-show : présent, sans inscription ou absent ; une fois l’événement clos). Chaque ligne est rapportée : enregistrée, déjà présente ou refusée avec la raison.',
      attendanceNotYet: 'La liste de présence se charge une fois l’événement en cours ou clos.', attendanceFile: 'Fichier CSV', uploadButton: 'Charger',
      uploading: 'Envoi de {0}…', importing: 'Import : {0} lignes sur {1}', imported: 'Importé : {0} lignes sur {1}',
      summary: '{0} enregistrées, {1} déjà enregistrées, {2} refusées.', reportCaption: 'Chaque ligne du fichier', line: 'Ligne', outcome: 'Résultat', subject: 'Participant', message: 'Détail',
      ACCEPTED: 'Enregistrée', UNCHANGED: 'Déjà enregistrée', REJECTED: 'Refusée', omitted: '{0} lignes de plus ne sont pas listées ici.',
      registrationsTitle: 'Inscriptions et liste d’attente', show: 'Afficher', registrationsPage: 'Page {0} : {1} inscriptions', noRegistrations: 'Aucune inscription.',
      actions: 'Actions', checkedInCount: 'Présentes', cancelledCount: 'Annulées',
      cancelButton: 'Annuler l’inscription', undoButton: 'Annuler l’arrivée', keepButton: 'Non, garder',
      confirmCancel: 'Annuler l’inscription de {0} ?', confirmCancelYes: 'Oui, annuler', confirmUndo: 'Annuler l’arrivée de {0} ?', confirmUndoYes: 'Oui, annuler l’arrivée',
      cancelledNote: 'Inscription annulée.', cancelledPromotedNote: 'Inscription annulée : la place est allée à la première de la liste d’attente.', undoneNote: 'Arrivée annulée.',
    },
    nl: {
      detailsTitle: 'Evenement', publishButton: 'Publiceren (inschrijving openen)', startButton: 'Starten (aanmelden openen)', closeButton: 'Evenement afsluiten',
      closeHint: 'Afsluiten beëindigt het aanmelden: wie ingeschreven was en niet kwam, wordt niet verschenen.', dashboardLink: 'Live dashboard en aanmelden',
      published: 'Gepubliceerd: de inschrijving is open.', started: 'Gestart: het aanmelden is open.', closed: 'Afgesloten.',
      heldButton: 'Registreren als gehouden (voorbij evenement)', held: 'Geregistreerd als gehouden.',
      heldHint: 'Dit evenement is voorbij en werd nooit gestart: het registreren als gehouden sluit het af, geteld op zijn eigen datum; wie ingeschreven was, wordt niet verschenen tot u oplaadt wie er was (de aanwezigheidslijst hieronder).',
      pastEvent: 'Dit evenement is voorbij: een voorbij evenement wordt niet gestart. Laad het met de import van de geschiedenis (het wordt geregistreerd als gehouden) en registreer daarna wie er was met de aanwezigheidslijst of achteraf.',
      notYourEvent: 'FORBIDDEN: dit evenement wordt georganiseerd door {0}; de pagina is voor het secretariaat en {0}.',
      registerTitle: 'Kmo inschrijven', smeToRegister: 'Kmo (naam of id)', registerButton: 'Inschrijven',
      pickerHint: 'Typ een deel van de naam of de id: de lijst stelt de kmo’s voor die u mag zien.', idHint: 'De kmo-id: land en ondernemingsnummer, bv. NL-20123456.',
      registeredSeat: 'Ingeschreven, plaats bevestigd: {0}', registeredWaiting: 'Op de wachtlijst: {0}', alreadyRegistered: 'Al ingeschreven: {0}', registrationClosed: 'De inschrijving is voorbij: het evenement is afgesloten.',
      attendanceTitle: 'Aanwezigheidslijst (CSV)', attendanceHint: 'Een CSV-bestand met een kolom attendee_code (de code op de badge) of sme_id, één deelnemer per rij, en eventueel status (attended, walk-in of no-show: aanwezig, zonder inschrijving of afwezig; zodra het evenement afgesloten is). Elke rij wordt gemeld: geregistreerd, al aanwezig of geweigerd met de reden.',
      attendanceNotYet: 'Een aanwezigheidslijst wordt opgeladen zodra het evenement bezig of afgesloten is.', attendanceFile: 'CSV-bestand', uploadButton: 'Opladen',
      uploading: '{0} wordt verstuurd…', importing: 'Importeren: {0} van {1} rijen', imported: 'Geïmporteerd: {0} van {1} rijen',
      summary: '{0} geregistreerd, {1} al geregistreerd, {2} geweigerd.', reportCaption: 'Elke rij van het bestand', line: 'Rij', outcome: 'Resultaat', subject: 'Deelnemer', message: 'Toelichting',
      ACCEPTED: 'Geregistreerd', UNCHANGED: 'Al geregistreerd', REJECTED: 'Geweigerd', omitted: '{0} rijen meer staan hier niet.',
      registrationsTitle: 'Inschrijvingen en wachtlijst', show: 'Tonen', registrationsPage: 'Pagina {0}: {1} inschrijvingen', noRegistrations: 'Geen inschrijving.',
      actions: 'Acties', checkedInCount: 'Aangemeld', cancelledCount: 'Geannuleerd',
      cancelButton: 'Inschrijving annuleren', undoButton: 'Aanmelding ongedaan maken', keepButton: 'Nee, behouden',
      confirmCancel: 'De inschrijving van {0} annuleren?', confirmCancelYes: 'Ja, annuleren', confirmUndo: 'De aanmelding van {0} ongedaan maken?', confirmUndoYes: 'Ja, ongedaan maken',
      cancelledNote: 'Inschrijving geannuleerd.', cancelledPromotedNote: 'Inschrijving geannuleerd: de plaats ging naar de eerste op de wachtlijst.', undoneNote: 'Aanmelding ongedaan gemaakt.',
    },
  });
  translatePage();

  const person = await personWithRole(...roles);
  if (!person) return;
  const read = (id) => graphql('query($id: ID!) { me { role scope } partners { id name } event(id: $id) { id title kind hostPartnerId region sectors startsAtLocal endsAtLocal timeZone venue capacity waitingListLimit status confirmed waitListed seatsLeft } }', { id });
  // The event's attendance figures: asked once the page knows the person runs the event (others may not read them).
  const readStats = async (id) => (await graphql('query($id: ID!) { event(id: $id) { stats { checkedIn cancelled } } }', { id })).event.stats;
  let data;
  try {
    data = await read(params.get('id') ?? '');
  } catch (error) {
    $('problem').textContent = problem(error);
    return;
  }
  const { me, partners } = data;
  const partnerName = (id) => partners.find((p) => p.id === id)?.name ?? id;
  let event = data.event;
  if (!runs(me, event)) {
    refuse(t('notYourEvent', partnerName(event.hostPartnerId)));
    return;
  }
  let stats;
  try {
    stats = await readStats(event.id);
  } catch (error) {
    $('problem').textContent = problem(error);
    return;
  }

  function showEvent() {
    $('event-title').textContent = event.title;
    document.title = 'ISE · ' + event.title;
    $('event-status').textContent = t(event.status);
    const facts = [
      ['when', localDateTime(event.startsAtLocal) + ' – ' + localDateTime(event.endsAtLocal, { timeStyle: 'short' })], ['venue', event.venue],
      ['kind', enumLabel(event.kind)], ['region', enumLabel(event.region)], ['sectors', event.sectors.map(enumLabel).join(', ')],
      ['hostPartner', partnerName(event.hostPartnerId)], ['capacity', String(event.capacity)], ['seatsTaken', String(event.confirmed)],
      ['seatsLeft', String(event.seatsLeft)], ['waitListedCount', event.waitListed + ' / ' + event.waitingListLimit],
      ['checkedInCount', String(stats.checkedIn)], ['cancelledCount', String(stats.cancelled)],
    ];
    $('event-facts').replaceChildren(...facts.flatMap(([key, value]) => [el('dt', { text: t(key) }), el('dd', { 'data-fact': key, text: value })]));
    $('publish').hidden = event.status !== 'DRAFT';
    // A past event (its last local day before today in its region) is not started but recorded as held; the API decides again.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: event.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const past = event.endsAtLocal.slice(0, 10) < today;
    $('start').hidden = event.status !== 'OPEN' || past;
    $('held').hidden = $('held-hint').hidden = !past || !(event.status === 'DRAFT' || event.status === 'OPEN');
    $('close').hidden = $('close-hint').hidden = event.status !== 'LIVE';
    $('badges-link').href = '/live/event-badges.html?id=' + encodeURIComponent(event.id);
    $('dashboard-link').href = '/live/event.html?id=' + encodeURIComponent(event.id);
    const closed = event.status === 'CLOSED';
    $('register-form').hidden = closed;
    $('register-hint').textContent = closed ? t('registrationClosed') : '';
    const importable = event.status === 'LIVE' || closed;
    $('upload-form').hidden = !importable;
    $('attendance-closed').hidden = importable;
    for (const id of ['details', 'register', 'attendance', 'registrations']) $(id).hidden = false;
  }

  async function reloadEvent() {
    [event, stats] = [(await read(event.id)).event, await readStats(event.id)];
    showEvent();
  }

  // The next step of the event's life; the API says when it does not apply (e.g. already published elsewhere).
  async function transition(button, send, done) {
    const answer = $('lifecycle-result');
    answer.className = 'answer';
    answer.textContent = '';
    button.disabled = true;
    try {
      await send();
      answer.className = 'answer ok';
      answer.textContent = t(done);
      await reloadEvent();
      await registrations.reload();
    } catch (error) {
      answer.className = 'answer error';
      // Starting a past event is refused on its end (CONFLICT, endsAt): told in the page's language, with where to go instead.
      answer.textContent = error.code === 'CONFLICT' && error.field === 'endsAt' ? t('pastEvent') : problem(error);
    } finally {
      button.disabled = false;
    }
  }
  $('publish').addEventListener('click', () => transition($('publish'), () => graphql('mutation($id: ID!) { publishEvent(id: $id) { id status } }', { id: event.id }), 'published'));
  $('start').addEventListener('click', () => transition($('start'), () => graphql('mutation($id: ID!) { startEvent(id: $id) { id status } }', { id: event.id }), 'started'));
  $('close').addEventListener('click', () => transition($('close'), () => graphql('mutation($id: ID!) { closeEvent(id: $id) { id status } }', { id: event.id }), 'closed'));
  $('held').addEventListener('click', () => transition($('held'), () => graphql('mutation($id: ID!) { recordEventHeld(id: $id) { id status } }', { id: event.id }), 'held'));

  // Registrations, by status if chosen, 25 a page.
  fillSelect($('registrations-status'), ['REGISTERED', 'WAIT_LISTED', 'CHECKED_IN', 'NO_SHOW', 'CANCELLED'], t, t('any'));
  // What happened to a row's registration from this page (done, or the API's refusal), shown next to it, by code:
  // kept when the list is read again.
  const notes = new Map();

  function registrationRow(r) {
    const marks = [r.walkIn ? t('walkInMark') : '', r.retroactive ? t('retroactiveMark') : ''].filter(Boolean);
    const nameId = 'name-' + r.code;
    const name = me.role === 'EVENT_ORGANISER'
      ? el('span', { id: nameId, text: r.smeName ?? r.smeId })
      : el('a', { id: nameId, href: '/live/sme.html?id=' + encodeURIComponent(r.smeId), text: r.smeName ?? r.smeId });
    return el('tr', { 'data-code': r.code, 'data-status': r.status },
      el('td', {}, name), el('td', { text: r.smeId }), el('td', { text: t(r.status) + (marks.length ? ' (' + marks.join(', ') + ')' : '') }),
      el('td', { text: zoned(r.registeredAt, event.timeZone) }), el('td', { text: zoned(r.checkedInAt, event.timeZone) }),
      el('td', {}, el('code', { text: r.code })), actionsCell(r));
  }

  // The two things done to one registration from its row: cancelling it (while it holds a seat or waits for one)
  // and undoing its check-in (a wrong scan, while the event is live). The API decides again and may refuse.
  const rowActions = [
    {
      name: 'cancel', button: 'cancelButton', question: 'confirmCancel', yes: 'confirmCancelYes',
      offered: (r) => r.status === 'REGISTERED' || r.status === 'WAIT_LISTED',
      send: async (code) => (await graphql('mutation($code: String!) { cancelRegistration(code: $code) { code smeId smeName status registeredAt checkedInAt walkIn retroactive } }', { code })).cancelRegistration,
      done: (promoted) => (promoted ? 'cancelledPromotedNote' : 'cancelledNote'),
    },
    {
      name: 'undo', button: 'undoButton', question: 'confirmUndo', yes: 'confirmUndoYes',
      offered: (r) => r.status === 'CHECKED_IN' && event.status === 'LIVE',
      send: async (code) => (await graphql('mutation($code: String!) { undoCheckIn(code: $code) { code smeId smeName status registeredAt checkedInAt walkIn retroactive } }', { code })).undoCheckIn,
      done: () => 'undoneNote',
    },
  ];

  function actionsCell(r) {
    const cell = el('td', { class: 'row-actions' });
    const note = notes.get(r.code);
    const noteText = el('span', { class: 'answer row-note' + (note ? ' ' + note.kind : ''), role: 'status', text: note?.text ?? '' });
    const buttons = rowActions.filter((action) => action.offered(r)).map((action) => {
      const button = el('button', { type: 'button', class: 'quiet', 'data-action': action.name, 'aria-describedby': 'name-' + r.code, text: t(action.button) });
      button.addEventListener('click', () => confirmAction(cell, r, action, button));
      return button;
    });
    cell.replaceChildren(...buttons, noteText);
    return cell;
  }

  // The confirmation step, in the row: the question with "yes" (focused) and "no, keep it".
  function confirmAction(cell, r, action, button) {
    const shown = [...cell.childNodes];
    const keep = el('button', { type: 'button', class: 'quiet', 'data-confirm': 'no', text: t('keepButton') });
    const yes = el('button', { type: 'button', 'data-confirm': 'yes', text: t(action.yes) });
    keep.addEventListener('click', () => { cell.replaceChildren(...shown); button.focus(); });
    yes.addEventListener('click', () => act(cell, r, action, [yes, keep]));
    cell.replaceChildren(el('span', { class: 'confirm-question', text: t(action.question, r.smeName ?? r.smeId) }), ' ', yes, ' ', keep);
    yes.focus();
  }

  // Sends the action; the row then shows the registration as the API answered it, with what was done, and the
  // event's figures are read again. A cancellation that gave the seat to the waiting list reads the list again
  // (another row changed too). A refusal stays next to the row; since it usually means the registration changed
  // meanwhile (cancelled or its check-in undone elsewhere), the figures and the list are read again (the API has no
  // query for one registration), so the row shows its status and the buttons that now apply. A row the chosen
  // status no longer lists takes its refusal to the page's problem line.
  async function act(cell, r, action, pressed) {
    for (const button of pressed) button.disabled = true;
    const waitListed = event.waitListed;
    let updated;
    let refusal;
    try {
      updated = await action.send(r.code);
    } catch (error) {
      refusal = problem(error);
    }
    const row = cell.closest('tr');
    try {
      await reloadEvent();
    } catch (error) {
      $('problem').textContent = problem(error);
    }
    if (refusal !== undefined) {
      notes.set(r.code, { kind: 'error', text: refusal });
      await registrations.reload();
      if (!$('registration-rows').querySelector(`tr[data-code="${CSS.escape(r.code)}"]`)) {
        $('problem').textContent = (r.smeName ?? r.smeId) + ' (' + r.code + '): ' + refusal;
      }
      return;
    }
    const promoted = event.waitListed < waitListed;
    notes.set(r.code, { kind: 'ok', text: t(action.done(promoted)) });
    row.replaceWith(registrationRow(updated));
    if (promoted) await registrations.reload();
  }

  const registrations = pager(
    async (after) => (await graphql('query($id: ID!, $status: AttendanceStatus, $after: String) { event(id: $id) { attendees(first: 25, after: $after, status: $status) { pageInfo { hasNextPage endCursor } items { code smeId smeName status registeredAt checkedInAt walkIn retroactive } } } }',
      { id: event.id, status: $('registrations-status').value || null, after })).event.attendees,
    (shown, number) => {
      $('registration-rows').replaceChildren(...shown.map(registrationRow));
      $('registrations-caption').textContent = shown.length ? t('registrationsPage', number, shown.length) : t('noRegistrations');
    });
  $('registrations-form').addEventListener('submit', (e) => { e.preventDefault(); registrations.first(); });

  // Registering: those who may search SMEs (secretariat, partner staff) get the SMEs they see as suggestions
  // (name and id); organisers type the id.
  const form = $('register-form');
  IseFields.prepare(form);
  const picks = [];
  async function loadChoices() {
    let after = null;
    for (let page = 0; page < 3; page += 1) {
      const smes = (await graphql('query($after: String) { smes(first: 100, after: $after) { pageInfo { hasNextPage endCursor } items { id name } } }', { after })).smes;
      picks.push(...smes.items);
      $('sme-choices').append(...smes.items.map((sme) => el('option', { value: sme.id, label: sme.name })));
      if (!smes.pageInfo.hasNextPage) break;
      after = smes.pageInfo.endCursor;
    }
  }
  const searches = me.role === 'SECRETARIAT' || me.role === 'PARTNER_STAFF';
  $('attendee-sme-hint').textContent = t(searches ? 'pickerHint' : 'idHint');
  if (searches) loadChoices().catch(() => {});

  let idempotencyKey = newKey();
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    IseFields.clear(form);
    $('registered').replaceChildren();
    const typed = $('attendee-sme').value.trim();
    if (!typed) {
      IseFields.show(form, { field: 'smeId', message: t('required') });
      return;
    }
    const smeId = picks.find((sme) => sme.name === typed)?.id ?? typed.toUpperCase();
    $('register-attendee').disabled = true;
    try {
      const result = (await graphql('mutation($e: ID!, $s: ID!, $key: String) { registerAttendee(eventId: $e, smeId: $s, idempotencyKey: $key) { created registration { code status smeId smeName } } }',
        { e: event.id, s: smeId, key: idempotencyKey })).registerAttendee;
      idempotencyKey = newKey();
      const r = result.registration;
      const who = el('strong', { text: (r.smeName ?? r.smeId) + ' · ' + r.code });
      $('registered').replaceChildren(...tNodes(!result.created ? 'alreadyRegistered' : r.status === 'WAIT_LISTED' ? 'registeredWaiting' : 'registeredSeat', who));
      $('attendee-sme').value = '';
      await reloadEvent();
      await registrations.reload();
    } catch (error) {
      IseFields.show(form, error);
    } finally {
      $('register-attendee').disabled = false;
    }
  });

  // The attendance upload: the file's bytes with their progress, then the import job's rows as the API does them.
  const upload = $('upload-form');
  IseFields.prepare(upload);
  const progress = (value, max, phase) => {
    $('upload-progress').max = max;
    $('upload-progress').value = value;
    $('upload-phase').textContent = phase;
  };

  function send(file) {
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', '/api/imports/events/' + encodeURIComponent(event.id) + '/attendance');
      for (const [name, value] of Object.entries(csrf)) request.setRequestHeader(name, value);
      request.responseType = 'json';
      request.upload.addEventListener('progress', (e) => { if (e.lengthComputable) progress(e.loaded, e.total, t('uploading', file.name)); });
      request.addEventListener('load', () => {
        if (request.status === 401) { location.reload(); return; }
        const body = request.response ?? {};
        if (request.status === 202) { resolve(body.id); return; }
        const error = new Error(body.detail ?? body.title ?? String(request.status));
        error.code = body.code;
        error.field = body.field;
        reject(error);
      });
      request.addEventListener('error', () => reject(new Error(request.statusText || 'network error')));
      const body = new FormData();
      body.append('file', file);
      request.send(body);
    });
  }

  function report(job) {
    progress(job.done, Math.max(job.total, 1), t(job.status === 'COMPLETED' ? 'imported' : 'importing', job.done, job.total));
    $('import-summary').textContent = t('summary', job.accepted, job.unchanged, job.rejected);
    $('import-summary').className = 'answer ' + (job.rejected ? 'duplicate' : 'ok');
    // Every row in the file's order: those recorded or already there, and those refused (each list capped by the API).
    const rows = [...job.rows, ...job.rejectedRows].sort((a, b) => a.line - b.line);
    $('import-rows').replaceChildren(...rows.map((row) => el('tr', { 'data-outcome': row.outcome },
      el('td', { class: 'n', text: String(row.line) }), el('td', { text: t(row.outcome) }), el('td', { text: row.subject ?? '' }), el('td', { text: row.message }))));
    $('import-report').hidden = rows.length === 0;
    const omitted = job.omittedRows + job.omittedRejectedRows;
    $('import-omitted').textContent = omitted ? t('omitted', omitted) : '';
  }

  upload.addEventListener('submit', async (e) => {
    e.preventDefault();
    IseFields.clear(upload);
    const file = $('attendance-file').files[0];
    if (!file) {
      IseFields.show(upload, { field: 'file', message: t('required') });
      return;
    }
    $('upload').disabled = true;
    $('upload-state').hidden = false;
    $('import-summary').textContent = '';
    $('import-report').hidden = true;
    progress(0, Math.max(file.size, 1), t('uploading', file.name));
    try {
      const id = await send(file);
      for (;;) {
        const job = (await graphql('query($id: ID!) { importJob(id: $id) { id status total done accepted unchanged rejected omittedRows omittedRejectedRows rows { line outcome subject message } rejectedRows { line outcome subject message } } }', { id })).importJob;
        report(job);
        if (job.status === 'COMPLETED') break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await reloadEvent();
      await registrations.reload();
    } catch (error) {
      $('upload-state').hidden = true;
      IseFields.show(upload, error);
    } finally {
      $('upload').disabled = false;
    }
  });

  showEvent();
  registrations.first();
})();
