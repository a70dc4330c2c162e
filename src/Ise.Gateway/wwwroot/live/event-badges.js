// The badge sheet of one event (?id=EVENT_ID) for those who run it: a badge for every attendee holding a seat
// (registered or checked in), with the firm's name and a QR code of the attendee code that the door scans,
// eight to an A4 page (2 × 4) when printed. The QR code is drawn by qrcode-generator (npm, served from
// /lib/qrcode) as SVG squares made here, so nothing from the API is ever parsed as markup.
'use strict';
(async () => {
  const { t, label, localDateTime, $, el, addTexts, translatePage, personWithRole, refuse, graphql, params, lang } = IseLive;
  const { roles, runs, problem } = IseEvents;
  addTexts({
    en: {
      badgesOne: '{0} badge', badgesOther: '{0} badges', pagesOne: '{0} A4 page', pagesOther: '{0} A4 pages',
      badgesTitle: 'Badges', sheetOf: 'Badges: {0}', summary: '{0} on {1} (8 a page), for everyone holding a seat; people on the waiting list get theirs once they have a seat.',
      printHint: 'Print on A4 at 100 % (no “fit to page”): each badge is 9 × 6.6 cm, to cut along the dashed lines.', printButton: 'Print', qrOf: 'QR code of the attendee code {0}',
      notYourEvent: 'FORBIDDEN: this event is run by {0}; its badges are for the secretariat and {0}.',
    },
    fr: {
      badgesOne: '{0} badge', badgesOther: '{0} badges', pagesOne: '{0} page A4', pagesOther: '{0} pages A4',
      badgesTitle: 'Badges', sheetOf: 'Badges : {0}', summary: '{0} sur {1} (8 par page), pour chaque personne qui a une place ; celles en liste d’attente reçoivent le leur une fois leur place obtenue.',
      printHint: 'Imprimez en A4 à 100 % (sans « ajuster à la page ») : chaque badge mesure 9 × 6,6 cm, à découper le long des pointillés.', printButton: 'Imprimer', qrOf: 'Code QR du code participant {0}',
      notYourEvent: 'FORBIDDEN : cet événement est organisé par {0} ; ses badges sont réservés au secrétariat et à {0}.',
    },
    nl: {
      badgesOne: '{0} badge', badgesOther: '{0} badges', pagesOne: '{0} A4-pagina', pagesOther: '{0} A4-pagina’s',
      badgesTitle: 'Badges', sheetOf: 'Badges: {0}', summary: '{0} op {1} (8 per pagina), voor iedereen met een plaats; wie op de wachtlijst staat, krijgt de zijne zodra er een plaats is.',
      printHint: 'Druk af op A4 op 100 % (niet “aan pagina aanpassen”): elke badge is 9 × 6,6 cm, uit te knippen langs de stippellijnen.', printButton: 'Afdrukken', qrOf: 'QR-code van de deelnemerscode {0}',
      notYourEvent: 'FORBIDDEN: dit evenement wordt georganiseerd door {0}; de badges zijn voor het secretariaat en {0}.',
    },
  });
  translatePage();
  document.title = 'ISE · ' + t('badgesTitle');

  if (!(await personWithRole(...roles))) return;
  const eventId = params.get('id') ?? '';
  $('event-link').href = '/live/event-manage.html?id=' + encodeURIComponent(eventId);

  // Every registration, a hundred a page; those holding a seat get a badge.
  let event;
  const attendees = [];
  let me;
  try {
    const reference = await graphql('query($id: ID!) { me { role scope } partners { id name } event(id: $id) { id title hostPartnerId startsAtLocal venue } }', { id: eventId });
    ({ me, event } = reference);
    if (!runs(me, event)) {
      refuse(t('notYourEvent', reference.partners.find((p) => p.id === event.hostPartnerId)?.name ?? event.hostPartnerId));
      return;
    }
    let after = null;
    do {
      const page = (await graphql('query($id: ID!, $after: String) { event(id: $id) { attendees(first: 100, after: $after) { pageInfo { hasNextPage endCursor } items { code smeId smeName country status } } } }', { id: eventId, after })).event.attendees;
      attendees.push(...page.items.filter((r) => r.status === 'REGISTERED' || r.status === 'CHECKED_IN'));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
  } catch (error) {
    $('problem').textContent = problem(error);
    return;
  }

  // The QR code as SVG: one path of unit squares on a grid of modules, with the 4-module quiet zone scanners need.
  const svgNs = 'http://www.w3.org/2000/svg';
  function qrSvg(text) {
    const qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    const count = qr.getModuleCount();
    const quiet = 4;
    let d = '';
    for (let row = 0; row < count; row += 1) {
      for (let col = 0; col < count; col += 1) {
        if (qr.isDark(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
      }
    }
    const svg = document.createElementNS(svgNs, 'svg');
    const size = count + 2 * quiet;
    svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', t('qrOf', text));
    svg.setAttribute('shape-rendering', 'crispEdges');
    const background = document.createElementNS(svgNs, 'rect');
    background.setAttribute('width', String(size));
    background.setAttribute('height', String(size));
    background.setAttribute('fill', '#fff');
    const modules = document.createElementNS(svgNs, 'path');
    modules.setAttribute('d', d);
    modules.setAttribute('fill', '#000');
    svg.append(background, modules);
    return svg;
  }

  const heading = event.title + ' · ' + localDateTime(event.startsAtLocal) + ' · ' + event.venue;
  const badge = (r) => el('article', { class: 'badge', 'data-code': r.code },
    el('p', { class: 'event', text: heading }),
    el('p', { class: 'firm', text: r.smeName ?? r.smeId }),
    el('p', { class: 'where', text: label(r.country) }),
    qrSvg(r.code),
    el('p', { class: 'code', text: r.code }));

  attendees.sort((a, b) => (a.smeName ?? a.smeId).localeCompare(b.smeName ?? b.smeId, undefined, { sensitivity: 'base' }));
  const perPage = 8;
  const sheets = [];
  for (let i = 0; i < attendees.length; i += perPage) {
    sheets.push(el('div', { class: 'sheet' }, ...attendees.slice(i, i + perPage).map(badge)));
  }
  $('sheets').replaceChildren(...sheets);
  $('sheet-title').textContent = t('sheetOf', event.title);
  document.title = 'ISE · ' + t('sheetOf', event.title);
  // A count in the language's singular or plural (French counts 0 and 1 as singular): `{key}One` or `{key}Other`.
  const plural = new Intl.PluralRules(lang);
  const count = (key, n) => t(key + (plural.select(n) === 'one' ? 'One' : 'Other'), n);
  $('sheet-summary').textContent = t('summary', count('badges', attendees.length), count('pages', sheets.length));
  $('print').disabled = attendees.length === 0;
  $('print').addEventListener('click', () => window.print());
})();
