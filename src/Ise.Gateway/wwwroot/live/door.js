// The door check-in page for a phone (?id=EVENT_ID; door staff default to their own event): scan a badge's QR
// code with the camera (the browser's BarcodeDetector where it has one, jsQR otherwise) or from a photo, type
// a code, or find a walk-in by name. Every scan is first kept in this browser (IseDoorQueue) with its own id
// and time, then sent in the order made; while the network is down scans wait and are sent when it is back
// (the `online` event and a retry every few seconds). The API treats a scan sent again as the same scan: its
// first answer, the check-in dated by the scan. The big answer is the one of the latest scan. A service worker
// (door-sw.js) keeps the page and its files, so that it opens again with no network at all: who is signed in is
// then unknown, the page works for the event last opened on this phone, and the API checks each scan when it is sent.
'use strict';
(async () => {
  const { t, enumLabel, $, el, addTexts, translatePage, personWithRole, unreachable, refuse, graphql, params, lang } = IseLive;
  // Not where service workers are unavailable (a page served over plain HTTP from another host than localhost).
  navigator.serviceWorker?.register('/live/door-sw.js', { scope: '/live/door', updateViaCache: 'none' })
    .catch((error) => console.warn('The door page cannot be kept for use without network:', error));
  addTexts({
    en: {
      doorTitle: 'Door check-in', ready: 'Ready: scan a badge.', scanTitle: 'Scan a badge', cameraStart: 'Start the camera', cameraStop: 'Stop the camera',
      cameraRefused: 'The camera cannot be used here: {0}. Take a photo of the badge or type its code.',
      photo: 'Or take a photo of the badge', decoderBuiltIn: 'QR codes are read by the browser.', decoderJsqr: 'QR codes are read by jsQR (this browser has no barcode reader of its own).',
      noQr: 'No QR code found in this picture.', walkInName: 'Name of the firm', walkInNone: 'No firm with this name.', walkInButton: 'Walk in', search: 'Search',
      queueTitle: 'Scans on this phone', queued: 'waiting to be sent', syncNow: 'Send now', online: 'Online: scans are sent at once.',
      offline: 'No network: scans are kept on this phone and sent when the network is back.',
      sending: 'Sending…', savedOffline: 'Saved on this phone: it is sent when the network is back.', waiting: 'waiting',
      notRegistered: 'Not registered: no attendee has this code.', notACode: 'Not an attendee code.', refused: 'Refused: {0}', scannedAt: 'scanned at {0}',
      noEvent: 'Open this page from an event (…/door.html?id=EVENT_ID).', walkInOf: 'Walk-in: {0}',
    },
    fr: {
      doorTitle: 'Accueil des participants', ready: 'Prêt : scannez un badge.', scanTitle: 'Scanner un badge', cameraStart: 'Allumer la caméra', cameraStop: 'Éteindre la caméra',
      cameraRefused: 'La caméra n’est pas utilisable ici : {0}. Photographiez le badge ou saisissez son code.',
      photo: 'Ou photographiez le badge', decoderBuiltIn: 'Les codes QR sont lus par le navigateur.', decoderJsqr: 'Les codes QR sont lus par jsQR (ce navigateur n’a pas de lecteur de codes-barres).',
      noQr: 'Aucun code QR trouvé sur cette image.', walkInName: 'Nom de l’entreprise', walkInNone: 'Aucune entreprise de ce nom.', walkInButton: 'Enregistrer', search: 'Rechercher',
      queueTitle: 'Scans sur ce téléphone', queued: 'en attente d’envoi', syncNow: 'Envoyer maintenant', online: 'En ligne : les scans sont envoyés aussitôt.',
      offline: 'Pas de réseau : les scans sont gardés sur ce téléphone et envoyés au retour du réseau.',
      sending: 'Envoi…', savedOffline: 'Gardé sur ce téléphone : envoyé au retour du réseau.', waiting: 'en attente',
      notRegistered: 'Non inscrit : aucun participant n’a ce code.', notACode: 'Ce n’est pas un code participant.', refused: 'Refusé : {0}', scannedAt: 'scanné à {0}',
      noEvent: 'Ouvrez cette page depuis un événement (…/door.html?id=EVENT_ID).', walkInOf: 'Sans inscription : {0}',
    },
    nl: {
      doorTitle: 'Aanmelden aan de deur', ready: 'Klaar: scan een badge.', scanTitle: 'Badge scannen', cameraStart: 'Camera aanzetten', cameraStop: 'Camera uitzetten',
      cameraRefused: 'De camera kan hier niet gebruikt worden: {0}. Neem een foto van de badge of typ de code.',
      photo: 'Of neem een foto van de badge', decoderBuiltIn: 'QR-codes worden door de browser gelezen.', decoderJsqr: 'QR-codes worden door jsQR gelezen (deze browser heeft geen eigen barcodelezer).',
      noQr: 'Geen QR-code gevonden op deze afbeelding.', walkInName: 'Naam van het bedrijf', walkInNone: 'Geen bedrijf met deze naam.', walkInButton: 'Aanmelden', search: 'Zoeken',
      queueTitle: 'Scans op deze telefoon', queued: 'wachten op verzending', syncNow: 'Nu verzenden', online: 'Online: scans worden meteen verzonden.',
      offline: 'Geen netwerk: scans blijven op deze telefoon en worden verzonden zodra het netwerk terug is.',
      sending: 'Verzenden…', savedOffline: 'Bewaard op deze telefoon: verzonden zodra het netwerk terug is.', waiting: 'wacht',
      notRegistered: 'Niet ingeschreven: geen deelnemer heeft deze code.', notACode: 'Geen deelnemerscode.', refused: 'Geweigerd: {0}', scannedAt: 'gescand om {0}',
      noEvent: 'Open deze pagina vanuit een evenement (…/door.html?id=EVENT_ID).', walkInOf: 'Zonder inschrijving: {0}',
    },
  });
  translatePage();
  document.title = 'ISE · ' + t('doorTitle');

  // Who is signed in, unless the gateway cannot be reached (undefined then; a role refused later still refuses).
  const person = await Promise.race([personWithRole('Secretariat', 'PartnerStaff', 'EventOrganiser', 'DoorStaff'), unreachable.then(() => undefined)]);
  if (person === null) return;
  const lastEventKey = 'ise.door.lastEvent';
  const eventId = params.get('id') || (person ? (person.role === 'DoorStaff' ? person.scope : '') : localStorage.getItem(lastEventKey) ?? '');
  if (!eventId) { refuse(t('noEvent')); return; }
  localStorage.setItem(lastEventKey, eventId);

  // The event as last read (kept for a page that opens while the network is down).
  const eventKey = 'ise.door.event.' + eventId;
  let event;
  try {
    event = (await graphql('query($id: ID!) { event(id: $id) { id title venue timeZone status } }', { id: eventId })).event;
    localStorage.setItem(eventKey, JSON.stringify(event));
  } catch (error) {
    if (error.code) { refuse(error.code + ': ' + error.message); return; }
    event = JSON.parse(localStorage.getItem(eventKey) ?? 'null') ?? { id: eventId, title: eventId, venue: '', timeZone: undefined };
  }
  $('event-title').textContent = event.title;
  $('event-where').textContent = [event.venue, event.status ? enumLabel(event.status) : ''].filter(Boolean).join(' · ');

  // A scan's time as the event's local HH:MM:SS.
  const clock = (iso) => new Date(iso).toLocaleTimeString(lang, { timeZone: event.timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

  // What a scan came to, in words, and its kind (ok, duplicate, error, queued) for the colours.
  function outcome(entry) {
    if (entry.state === 'queued') return { kind: 'queued', text: t('savedOffline') };
    if (entry.state === 'refused') {
      if (entry.code === 'NOT_FOUND' && entry.kind === 'checkIn') return { kind: 'error', text: t('notRegistered') };
      if (entry.code === 'VALIDATION' && entry.field === 'code') return { kind: 'error', text: t('notACode') };
      return { kind: 'error', text: t('refused', (entry.code ? entry.code + ': ' : '') + entry.message) };
    }
    if (entry.outcome === 'ALREADY_CHECKED_IN') return { kind: 'duplicate', text: t('already', entry.localTime) };
    return { kind: 'ok', text: t(entry.kind === 'walkIn' ? 'walkedIn' : 'checkedIn', entry.localTime) };
  }

  const what = (entry) => (entry.kind === 'walkIn' ? t('walkInOf', entry.name) : entry.code);

  function answer(kind, text, detail = '') {
    $('answer').dataset.kind = kind;
    $('answer-text').textContent = text;
    $('answer-detail').textContent = detail;
  }

  // The latest scan made on this page: its answer is the big one.
  let latest = null;
  function announce(entry) {
    if (entry.seq !== latest) return;
    const { kind, text } = outcome(entry);
    answer(kind, text, what(entry) + ' · ' + t('scannedAt', clock(entry.scannedAt)));
  }

  async function render() {
    const entries = await IseDoorQueue.all(eventId);
    $('queue-length').textContent = String(entries.filter((entry) => entry.state === 'queued').length);
    $('scans').replaceChildren(...entries.reverse().slice(0, 100).map((entry) => {
      const { kind, text } = entry.state === 'queued' ? { kind: 'queued', text: t('waiting') } : outcome(entry);
      return el('li', { 'data-scan-id': entry.scanId, 'data-state': entry.state },
        el('span', { class: 'when', text: clock(entry.scannedAt) }),
        el('span', { class: 'who', text: what(entry) }),
        el('span', { class: 'door-outcome', 'data-kind': kind, text: ' · ' + text }));
    }));
  }

  function network(online) {
    $('network').dataset.state = online ? 'online' : 'offline';
    $('network').textContent = t(online ? 'online' : 'offline');
  }

  // An error worth trying again later: no answer at all (no network), or a gateway that is busy or failing.
  const transient = (error) => !error.code || ['UNAVAILABLE', 'RATE_LIMITED', 'INTERNAL'].includes(error.code);

  // Sends one queued scan with its own id and time; the API answers a scan it has seen with its first answer.
  async function send(entry) {
    if (entry.kind === 'walkIn') {
      return (await graphql('mutation($e: ID!, $s: ID!, $scanId: String!, $scannedAt: DateTimeOffset!) { walkIn(eventId: $e, smeId: $s, scanId: $scanId, scannedAt: $scannedAt) { outcome localTime } }',
        { e: eventId, s: entry.smeId, scanId: entry.scanId, scannedAt: entry.scannedAt })).walkIn;
    }
    return (await graphql('mutation($code: String!, $scanId: String!, $scannedAt: DateTimeOffset!) { checkIn(code: $code, scanId: $scanId, scannedAt: $scannedAt) { outcome localTime } }',
      { code: entry.code, scanId: entry.scanId, scannedAt: entry.scannedAt })).checkIn;
  }

  // Sends the queued scans, oldest first, until none is left or the network fails (the rest then waits).
  async function drain() {
    for (;;) {
      const entry = (await IseDoorQueue.all(eventId)).find((e) => e.state === 'queued');
      if (!entry) break;
      try {
        const result = await send(entry);
        Object.assign(entry, { state: 'done', outcome: result.outcome, localTime: result.localTime });
      } catch (error) {
        if (transient(error)) {
          network(false);
          const last = (await IseDoorQueue.all(eventId)).find((e) => e.seq === latest);
          if (last) announce(last);
          return;
        }
        Object.assign(entry, { state: 'refused', code: error.code, field: error.field ?? '', message: error.message });
      }
      await IseDoorQueue.update(entry);
      network(true);
      announce(entry);
      await render();
    }
    // Nothing was waiting, so nothing was sent: the browser's own view of the network is all there is to go by
    // (claiming "online" here would overwrite an "offline" the browser reported meanwhile).
    network(navigator.onLine);
  }

  let syncing = null;
  async function sync() {
    syncing ??= drain().finally(() => { syncing = null; });
    await syncing;
    await render();
  }

  async function scan(fields) {
    const entry = await IseDoorQueue.add(eventId, fields);
    latest = entry.seq;
    answer('queued', t('sending'), what(entry));
    await render();
    // A sync under way sends it too (it reads the queue again after each scan), else a new one starts.
    await sync();
  }

  // Reading QR codes: the browser's own BarcodeDetector when it reads QR codes, else jsQR on a canvas.
  const detector = 'BarcodeDetector' in window && (await BarcodeDetector.getSupportedFormats().catch(() => [])).includes('qr_code')
    ? new BarcodeDetector({ formats: ['qr_code'] })
    : null;
  $('decoder').textContent = t(detector ? 'decoderBuiltIn' : 'decoderJsqr');
  const canvas = document.createElement('canvas');
  async function decode(source, width, height) {
    if (detector) return (await detector.detect(source))[0]?.rawValue ?? null;
    const scale = Math.min(1, 1280 / Math.max(width, height));
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context.drawImage(source, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height)?.data ?? null;
  }

  // The same badge held in front of the camera is one scan, not one every few frames.
  let lastCode = null;
  let lastAt = 0;
  function scanned(code) {
    const now = Date.now();
    if (code === lastCode && now - lastAt < 4000) return;
    lastCode = code;
    lastAt = now;
    scan({ kind: 'checkIn', code: code.trim() });
  }

  let stream = null;
  let timer = null;
  async function startCamera() {
    $('camera-problem').textContent = '';
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (error) {
      $('camera-problem').textContent = t('cameraRefused', error.message || error.name);
      return;
    }
    const video = $('camera');
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    $('camera-start').hidden = true;
    $('camera-stop').hidden = false;
    let busy = false;
    timer = setInterval(async () => {
      if (busy || video.readyState < 2) return;
      busy = true;
      try {
        const code = await decode(video, video.videoWidth, video.videoHeight);
        if (code) scanned(code);
      } finally {
        busy = false;
      }
    }, 250);
  }

  function stopCamera() {
    clearInterval(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    $('camera').hidden = true;
    $('camera-start').hidden = false;
    $('camera-stop').hidden = true;
  }

  $('camera-start').addEventListener('click', startCamera);
  $('camera-stop').addEventListener('click', stopCamera);

  $('photo').addEventListener('change', async () => {
    const file = $('photo').files[0];
    if (!file) return;
    const bitmap = await createImageBitmap(file);
    const code = await decode(bitmap, bitmap.width, bitmap.height);
    $('photo').value = '';
    if (code) scanned(code);
    else answer('error', t('noQr'));
  });

  $('code-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const code = $('code').value.trim();
    if (!code) return;
    $('code').value = '';
    await scan({ kind: 'checkIn', code });
  });

  // Walk-ins: the firms whose name contains what was typed (the API searches), each with a button that walks it in.
  $('walkin-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    $('walkin-problem').textContent = '';
    let found;
    try {
      found = (await graphql('query($e: ID!, $n: String!) { walkInCandidates(eventId: $e, name: $n, first: 10) { id name region sector } }',
        { e: eventId, n: $('walkin-name').value })).walkInCandidates;
    } catch (error) {
      $('walkin-problem').textContent = (error.code ? error.code + ': ' : '') + error.message;
      return;
    }
    $('walkin-results').replaceChildren(...found.map((sme) => {
      const button = el('button', { type: 'button', class: 'quiet', 'aria-describedby': 'walkin-' + sme.id, text: t('walkInButton') });
      button.addEventListener('click', () => scan({ kind: 'walkIn', smeId: sme.id, name: sme.name }));
      return el('li', { 'data-id': sme.id },
        el('strong', { id: 'walkin-' + sme.id, text: sme.name }), ' ', button,
        el('span', { class: 'when', text: sme.id + ' · ' + enumLabel(sme.region) + ' · ' + enumLabel(sme.sector) }));
    }));
    $('walkin-none').hidden = found.length > 0;
  });

  $('sync').addEventListener('click', () => sync());
  window.addEventListener('online', () => sync());
  window.addEventListener('offline', () => network(false));
  setInterval(() => sync(), 10000);
  network(navigator.onLine);
  // After a reload, a scan still waiting is the latest one the big answer speaks of.
  const waiting = (await IseDoorQueue.all(eventId)).filter((entry) => entry.state === 'queued').at(-1);
  if (waiting) { latest = waiting.seq; announce(waiting); }
  await sync();
})();
