// Creates an event as a draft (createEvent) for the secretariat, or partner staff and organisers for their own
// partner; an idempotency key made once per event lets a retried click find the same one. Times are the
// region's wall-clock times. A refusal is shown at the field the API names (IseFields), in the page's language.
'use strict';
(async () => {
  const { t, tNodes, enumLabel, $, el, fillSelect, addTexts, translatePage, personWithRole, graphql, lang } = IseLive;
  const { kinds, sectors, roles, newKey } = IseEvents;
  addTexts({
    en: {
      createHint: 'The event is created as a draft: publish it on its page to open registration. Times are local to the region (UK: London, elsewhere: Brussels).',
      sectorsHint: 'One or more: hold Ctrl (⌘ on a Mac) to choose several.', waitingListHint: 'Empty: as many places as the capacity.',
      createButton: 'Create', created: 'Created as a draft: {0}',
      titleTooLong: 'At most {0} characters.', venueTooLong: 'At most {0} characters.', notAnEventKind: 'Not an event kind of the programme.',
      notAPartner: '{0} is not a programme partner.', notYourPartner: 'You do not act for {0}: you cannot create an event for it.',
      notARegion: 'Not a programme region.', atLeastOneSector: 'Choose at least one sector.', notASector: 'Not a programme sector.',
      endsAfterStarts: 'The end must be after the start.', timeSkipped: '{0} does not exist in the region’s time: the clocks go forward then.',
      capacityRange: 'Between {0} and {1}.', waitingListRange: 'Between {0} and {1}.',
      wholeNumber: 'A whole number, please.', aNumber: 'A number, please.', tooLarge: 'Too large.',
      otherDefinition: 'This event was already created with other details: reload the page to create a new one.',
    },
    fr: {
      createHint: 'L’événement est créé en brouillon : publiez-le sur sa page pour ouvrir les inscriptions. Les heures sont celles de la région (Royaume-Uni : Londres, ailleurs : Bruxelles).',
      sectorsHint: 'Un ou plusieurs : maintenez Ctrl (⌘ sur Mac) pour en choisir plusieurs.', waitingListHint: 'Vide : autant de places que la capacité.',
      createButton: 'Créer', created: 'Créé en brouillon : {0}',
      titleTooLong: '{0} caractères au plus.', venueTooLong: '{0} caractères au plus.', notAnEventKind: 'Ce n’est pas un type d’événement du programme.',
      notAPartner: '{0} n’est pas un partenaire du programme.', notYourPartner: 'Vous n’agissez pas pour {0} : vous ne pouvez pas créer d’événement pour ce partenaire.',
      notARegion: 'Ce n’est pas une région du programme.', atLeastOneSector: 'Choisissez au moins un secteur.', notASector: 'Ce n’est pas un secteur du programme.',
      endsAfterStarts: 'La fin doit être après le début.', timeSkipped: '{0} n’existe pas à l’heure de la région : on avance les horloges à ce moment-là.',
      capacityRange: 'Entre {0} et {1}.', waitingListRange: 'Entre {0} et {1}.',
      wholeNumber: 'Un nombre entier, s’il vous plaît.', aNumber: 'Un nombre, s’il vous plaît.', tooLarge: 'Trop grand.',
      otherDefinition: 'Cet événement a déjà été créé avec d’autres données : rechargez la page pour en créer un nouveau.',
    },
    nl: {
      createHint: 'Het evenement wordt als concept aangemaakt: publiceer het op zijn pagina om de inschrijving te openen. Tijden zijn de lokale tijd van de regio (VK: Londen, elders: Brussel).',
      sectorsHint: 'Eén of meer: houd Ctrl (⌘ op een Mac) ingedrukt om er meerdere te kiezen.', waitingListHint: 'Leeg: evenveel plaatsen als de capaciteit.',
      createButton: 'Aanmaken', created: 'Als concept aangemaakt: {0}',
      titleTooLong: 'Hoogstens {0} tekens.', venueTooLong: 'Hoogstens {0} tekens.', notAnEventKind: 'Geen soort evenement van het programma.',
      notAPartner: '{0} is geen partner van het programma.', notYourPartner: 'U handelt niet voor {0}: u kunt er geen evenement voor aanmaken.',
      notARegion: 'Geen regio van het programma.', atLeastOneSector: 'Kies minstens één sector.', notASector: 'Geen sector van het programma.',
      endsAfterStarts: 'Het einde moet na het begin liggen.', timeSkipped: '{0} bestaat niet in de tijd van de regio: dan wordt de klok vooruitgezet.',
      capacityRange: 'Tussen {0} en {1}.', waitingListRange: 'Tussen {0} en {1}.',
      wholeNumber: 'Graag een geheel getal.', aNumber: 'Graag een getal.', tooLarge: 'Te groot.',
      otherDefinition: 'Dit evenement werd al met andere gegevens aangemaakt: laad de pagina opnieuw om een nieuw aan te maken.',
    },
  });
  translatePage();
  document.title = 'ISE · ' + t('navCreateEvent');

  if (!(await personWithRole(...roles))) return;
  const form = $('create-form');
  IseFields.prepare(form);

  const data = await graphql('{ me { role scope } partners { id name } regions { region } }');
  const partners = data.me.role === 'SECRETARIAT' ? data.partners : data.partners.filter((p) => p.id === data.me.scope);
  fillSelect($('host-partner'), partners.map((p) => p.id), (id) => partners.find((p) => p.id === id).name, partners.length > 1 ? t('hostPartner') + '…' : null);
  fillSelect($('kind'), kinds, enumLabel);
  fillSelect($('region'), data.regions.map((r) => r.region), enumLabel);
  fillSelect($('sectors'), sectors, enumLabel);

  let idempotencyKey = newKey();

  const value = (id) => $(id).value.trim();
  const number = (id) => (value(id) === '' ? null : Number(value(id)));
  // datetime-local gives minutes (2026-03-12T09:30); the API's local times carry seconds.
  const localTime = (id) => (value(id).length === 16 ? value(id) + ':00' : value(id));

  // The figures a message of the API names (`between 1 and 100000`), in the page's way of writing numbers.
  const figures = (message) => (String(message).match(/\d[\d,]*(\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, '')).toLocaleString(lang));
  // A wall-clock time the page sent (2026-03-29T02:30:00), written the page's way; it is no instant, so read as UTC.
  const wallClock = (local) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(local + 'Z'));

  // A refusal of the API in the page's language, told by its code, the field it names and what the page sent
  // (`input`); where one field can be refused for several reasons (title, venue), by what was sent. The API's
  // messages are English: a problem the page does not know keeps them.
  function refusalText(problem, input) {
    if (problem.code === 'FORBIDDEN') return / does not act for partner /.test(problem.message) ? t('notYourPartner', input.hostPartnerId) : null;
    const field = String(problem.field ?? '').replace(/^input\./, '');
    if (problem.unreadable) return field === 'capacity' || field === 'waitingListLimit' ? unreadable(input[field]) : null;
    switch (field) {
      case 'title': return input.title ? t('titleTooLong', ...figures(problem.message)) : t('required');
      case 'venue': return input.venue ? t('venueTooLong', ...figures(problem.message)) : t('required');
      case 'kind': return t('notAnEventKind');
      case 'hostPartnerId': return t('notAPartner', input.hostPartnerId);
      case 'region': return t('notARegion');
      case 'sectors': return t('atLeastOneSector');
      case 'endsAtLocal': return t('endsAfterStarts');
      case 'startsAt': case 'endsAt': return / does not exist in /.test(problem.message) ? t('timeSkipped', wallClock(input[field + 'Local'])) : null;
      case 'capacity': return t('capacityRange', ...figures(problem.message));
      case 'waitingListLimit': return t('waitingListRange', ...figures(problem.message));
      case 'eventId': return problem.code === 'CONFLICT' && / already exists /.test(problem.message) ? t('otherDefinition') : null;
      default: return /^sectors\[\d+\]$/.test(field) ? t('notASector') : null;
    }
  }

  // A figure GraphQL could not read: not a number, not whole, or beyond what it holds.
  function unreadable(value) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return t('aNumber');
    return Number.isInteger(value) ? t('tooLarge') : t('wholeNumber');
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    IseFields.clear(form);
    $('created').replaceChildren();
    const chosenSectors = [...$('sectors').selectedOptions].map((o) => o.value);
    const missing = [...form.querySelectorAll('[required]')].filter((control) => (control.multiple ? !chosenSectors.length : control.value.trim() === ''));
    if (missing.length) {
      IseFields.show(form, { problems: missing.map((control) => ({ field: control.dataset.field.split(' ')[0], message: t('required') })) });
      return;
    }

    const input = {
      title: value('title'), kind: value('kind'), hostPartnerId: value('host-partner'), region: value('region'), sectors: chosenSectors,
      startsAtLocal: localTime('starts-at'), endsAtLocal: localTime('ends-at'), venue: value('venue'),
      capacity: number('capacity'), waitingListLimit: number('waiting-list'),
    };
    $('create').disabled = true;
    try {
      const event = (await graphql('mutation($input: CreateEventInput!, $key: String) { createEvent(input: $input, idempotencyKey: $key) { id title } }', { input, key: idempotencyKey })).createEvent;
      idempotencyKey = newKey();
      const link = el('a', { href: '/live/event-manage.html?id=' + encodeURIComponent(event.id), text: event.title });
      $('created').replaceChildren(...tNodes('created', link));
    } catch (error) {
      IseFields.show(form, error, (problem) => refusalText(problem, input));
    } finally {
      $('create').disabled = false;
    }
  });
})();
