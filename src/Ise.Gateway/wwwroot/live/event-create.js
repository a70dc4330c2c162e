// Creates an event as a draft (createEvent) for the secretariat, or partner staff and organisers for their own
// partner; an idempotency key made once per event lets a retried click find the same one. Times are the
// region's wall-clock times. A refusal is shown at the field the API names (IseFields).
'use strict';
(async () => {
  const { t, tNodes, enumLabel, $, el, fillSelect, addTexts, translatePage, personWithRole, graphql } = IseLive;
  const { kinds, sectors, roles, newKey } = IseEvents;
  addTexts({
    en: {
      createHint: 'The event is created as a draft: publish it on its page to open registration. Times are local to the region (UK: London, elsewhere: Brussels).',
      sectorsHint: 'One or more: hold Ctrl (⌘ on a Mac) to choose several.', waitingListHint: 'Empty: as many places as the capacity.',
      createButton: 'Create', created: 'Created as a draft: {0}',
    },
    fr: {
      createHint: 'L’événement est créé en brouillon : publiez-le sur sa page pour ouvrir les inscriptions. Les heures sont celles de la région (Royaume-Uni : Londres, ailleurs : Bruxelles).',
      sectorsHint: 'Un ou plusieurs : maintenez Ctrl (⌘ sur Mac) pour en choisir plusieurs.', waitingListHint: 'Vide : autant de places que la capacité.',
      createButton: 'Créer', created: 'Créé en brouillon : {0}',
    },
    nl: {
      createHint: 'Het evenement wordt als concept aangemaakt: publiceer het op zijn pagina om de inschrijving te openen. Tijden zijn de lokale tijd van de regio (VK: Londen, elders: Brussel).',
      sectorsHint: 'Eén of meer: houd Ctrl (⌘ op een Mac) ingedrukt om er meerdere te kiezen.', waitingListHint: 'Leeg: evenveel plaatsen als de capaciteit.',
      createButton: 'Aanmaken', created: 'Als concept aangemaakt: {0}',
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
      IseFields.show(form, error);
    } finally {
      $('create').disabled = false;
    }
  });
})();
