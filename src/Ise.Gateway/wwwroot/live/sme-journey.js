// An SME's journey as a timeline, oldest first: each entry's local date and time (the region's own), what
// happened, the activity and event, the partner that delivered it; the entries that put the SME at its
// stage are marked; a merge links the other SME; an entry recorded on another day than it happened (backdated,
// retroactive) says when and by whom it was recorded. Notes are set as text.
'use strict';

const IseJourney = (() => {
  const { t, enumLabel, localDateTime, el, addTexts } = IseLive;
  addTexts({
    en: { journeyTitle: 'Journey', moreJourney: 'Later entries', deliveredBy: 'by {0}', withCountry: 'with a firm from {0}', stageReason: 'sets the stage', recordedOn: 'recorded on {0}', recordedOnBy: 'recorded on {0} by {1}' },
    fr: { journeyTitle: 'Parcours', moreJourney: 'Étapes suivantes', deliveredBy: 'par {0}', withCountry: 'avec une entreprise de : {0}', stageReason: 'fixe l’étape', recordedOn: 'enregistré le {0}', recordedOnBy: 'enregistré le {0} par {1}' },
    nl: { journeyTitle: 'Traject', moreJourney: 'Latere stappen', deliveredBy: 'door {0}', withCountry: 'met een onderneming uit {0}', stageReason: 'bepaalt de fase', recordedOn: 'geregistreerd op {0}', recordedOnBy: 'geregistreerd op {0} door {1}' },
  });

  // Entries whose reference is the other SME of a merge (other references are internal ids, not shown).
  const merged = new Set(['MERGED_FROM', 'MERGED_INTO']);

  // Element ids of entries: the API's ids hold characters an address fragment would have to escape.
  const anchorOf = (entryId) => 'entry-' + entryId.replace(/[^A-Za-z0-9_-]/g, '_');

  // When an entry recorded on another day than it happened was recorded (UTC days compared), and by whom; else null.
  function recorded(item) {
    if (!item.recordedAt || item.recordedAt.slice(0, 10) === item.occurredAt.slice(0, 10)) {
      return null;
    }

    const day = new Date(item.recordedAt).toLocaleDateString(IseLive.lang, { dateStyle: 'medium' });
    return item.recordedBy ? t('recordedOnBy', day, item.recordedBy) : t('recordedOn', day);
  }

  /** One entry; `context` has partnerName(id), eventTitle(id) and stageEntryIds (a Set). */
  function entry(item, context) {
    const reason = context.stageEntryIds.has(item.id);
    const details = [
      item.activity ? enumLabel(item.activity) : null,
      item.eventId ? context.eventTitle(item.eventId) : null,
      item.counterpartCountry ? t('withCountry', enumLabel(item.counterpartCountry)) : null,
      t('deliveredBy', context.partnerName(item.partnerId)),
      recorded(item),
    ].filter(Boolean).join(' · ');
    return el('li', { id: anchorOf(item.id), class: reason ? 'reason' : null, 'data-kind': item.kind },
      el('time', { datetime: item.occurredAt, class: 'when', text: localDateTime(item.localTime) }),
      el('strong', { class: 'what', text: t(item.kind) }),
      reason ? el('span', { class: 'badge', text: t('stageReason') }) : '',
      el('span', { class: 'details', text: details }),
      item.note ? el('span', { class: 'note', text: item.note }) : '',
      merged.has(item.kind) && item.reference ? el('a', { href: '/live/sme.html?id=' + encodeURIComponent(item.reference), text: item.reference }) : '');
  }

  return { entry, anchorOf };
})();
