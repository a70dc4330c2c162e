// Merges a provisional SME into the registered one it turned out to be (mergeProvisionalSme): its journey
// and counts move. ?id= fills in the provisional SME (the SME page links here). A refusal is shown at the
// field the API names.
'use strict';
(async () => {
  const { t, tNodes, $, el, addTexts, translatePage, personWithRole, graphql, params } = IseLive;
  addTexts({
    en: {
      mergeHint: 'A firm first recorded without a company id (a walk-in, a sole trader) is merged into its registered SME once the number is known. Its journey and its counts move with it; the merge is audited and cannot be undone.',
      provisionalId: 'Provisional SME id', targetId: 'Registered SME id', targetIdHint: 'Country and company id, e.g. BE-0403170701: register the firm first if it is not yet.',
      mergeButton: 'Merge', merged: '{0} is merged into {1}.',
    },
    fr: {
      mergeHint: 'Une entreprise enregistrée d’abord sans numéro (venue sans inscription, entrepreneur individuel) est fusionnée dans sa PME inscrite dès que le numéro est connu. Son parcours et ses comptages suivent ; la fusion est tracée et ne peut être annulée.',
      provisionalId: 'Identifiant de la PME provisoire', targetId: 'Identifiant de la PME inscrite', targetIdHint: 'Pays et numéro d’entreprise, ex. FR-732829320 : inscrivez d’abord l’entreprise si elle ne l’est pas.',
      mergeButton: 'Fusionner', merged: '{0} est fusionnée dans {1}.',
    },
    nl: {
      mergeHint: 'Een onderneming die eerst zonder ondernemingsnummer werd geregistreerd (zonder inschrijving gekomen, eenmanszaak) wordt samengevoegd met haar ingeschreven kmo zodra het nummer bekend is. Haar traject en tellingen gaan mee; de samenvoeging wordt gelogd en kan niet ongedaan worden.',
      provisionalId: 'Id van de voorlopige kmo', targetId: 'Id van de ingeschreven kmo', targetIdHint: 'Land en ondernemingsnummer, bv. NL-20123456: schrijf de onderneming eerst in als dat nog niet is gebeurd.',
      mergeButton: 'Samenvoegen', merged: '{0} is samengevoegd met {1}.',
    },
  });
  translatePage();
  document.title = 'ISE · ' + t('navMergeSme');

  if (!(await personWithRole('Secretariat', 'PartnerStaff'))) return;
  const form = $('merge-form');
  IseFields.prepare(form);
  $('provisional-id').value = params.get('id') ?? '';

  const smeLink = (id) => el('a', { href: '/live/sme.html?id=' + encodeURIComponent(id), text: id });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    IseFields.clear(form);
    $('merged').replaceChildren();
    const provisionalId = $('provisional-id').value.trim();
    const targetId = $('target-id').value.trim().toUpperCase();
    const missing = [['provisionalId', provisionalId], ['targetId', targetId]].filter(([, v]) => !v);
    if (missing.length) {
      IseFields.show(form, { problems: missing.map(([field]) => ({ field, message: t('required') })) });
      return;
    }

    $('merge').disabled = true;
    try {
      const sme = (await graphql('mutation($p: ID!, $t: ID!) { mergeProvisionalSme(provisionalId: $p, targetId: $t) { id mergedInto } }', { p: provisionalId, t: targetId })).mergeProvisionalSme;
      $('merged').replaceChildren(...tNodes('merged', smeLink(sme.id), smeLink(sme.mergedInto)));
    } catch (error) {
      IseFields.show(form, error);
    } finally {
      $('merge').disabled = false;
    }
  });
})();
