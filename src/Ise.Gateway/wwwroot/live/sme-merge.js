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
      notAnSmeId: '\'{0}\' is not an SME id: country and company id, e.g. BE-0403170701.', noSme: 'No SME with id {0}.',
      notProvisional: '{0} has a company id: only provisional SMEs are merged.', alreadyMerged: '{0} was already merged into {1}.',
      notRegisteredTarget: 'A provisional SME is merged into a registered SME, one with a company id.',
    },
    fr: {
      mergeHint: 'Une entreprise enregistrée d’abord sans numéro (venue sans inscription, entrepreneur individuel) est fusionnée dans sa PME inscrite dès que le numéro est connu. Son parcours et ses comptages suivent ; la fusion est tracée et ne peut être annulée.',
      provisionalId: 'Identifiant de la PME provisoire', targetId: 'Identifiant de la PME inscrite', targetIdHint: 'Pays et numéro d’entreprise, ex. FR-732829320 : inscrivez d’abord l’entreprise si elle ne l’est pas.',
      mergeButton: 'Fusionner', merged: '{0} est fusionnée dans {1}.',
      notAnSmeId: '« {0} » n’est pas un identifiant PME : pays et numéro d’entreprise, ex. FR-732829320.', noSme: 'Aucune PME n’a l’identifiant {0}.',
      notProvisional: '{0} a un numéro d’entreprise : seules les PME provisoires sont fusionnées.', alreadyMerged: '{0} est déjà fusionnée dans {1}.',
      notRegisteredTarget: 'Une PME provisoire est fusionnée dans une PME inscrite, qui a un numéro d’entreprise.',
    },
    nl: {
      mergeHint: 'Een onderneming die eerst zonder ondernemingsnummer werd geregistreerd (zonder inschrijving gekomen, eenmanszaak) wordt samengevoegd met haar ingeschreven kmo zodra het nummer bekend is. Haar traject en tellingen gaan mee; de samenvoeging wordt gelogd en kan niet ongedaan worden.',
      provisionalId: 'Id van de voorlopige kmo', targetId: 'Id van de ingeschreven kmo', targetIdHint: 'Land en ondernemingsnummer, bv. NL-20123456: schrijf de onderneming eerst in als dat nog niet is gebeurd.',
      mergeButton: 'Samenvoegen', merged: '{0} is samengevoegd met {1}.',
      notAnSmeId: '‘{0}’ is geen kmo-id: land en ondernemingsnummer, bv. NL-20123456.', noSme: 'Geen kmo met id {0}.',
      notProvisional: '{0} heeft een ondernemingsnummer: alleen voorlopige kmo’s worden samengevoegd.', alreadyMerged: '{0} is al samengevoegd met {1}.',
      notRegisteredTarget: 'Een voorlopige kmo wordt samengevoegd met een ingeschreven kmo, een met ondernemingsnummer.',
    },
  });
  translatePage();
  document.title = 'ISE · ' + t('navMergeSme');

  if (!(await personWithRole('Secretariat', 'PartnerStaff'))) return;
  const form = $('merge-form');
  IseFields.prepare(form);
  $('provisional-id').value = params.get('id') ?? '';

  const smeLink = (id) => el('a', { href: '/live/sme.html?id=' + encodeURIComponent(id), text: id });

  // A refusal of the API in the page's language, told by its code, the field it names (the arguments, or the SME
  // grain's smeId / targetSmeId) and what the page sent; an SME already merged elsewhere is named by the API's
  // message. The API's messages are English: a problem the page does not know keeps them.
  function refusalText(problem, sent) {
    const argument = problem.field === 'provisionalId' || problem.field === 'targetId' ? sent[problem.field] : null;
    if (argument !== null && problem.code === 'VALIDATION') return t('notAnSmeId', argument);
    if (argument !== null && problem.code === 'NOT_FOUND') return t('noSme', argument);
    if (problem.field === 'targetSmeId') return t('notRegisteredTarget');
    if (problem.field !== 'smeId' || problem.code !== 'CONFLICT') return null;
    const mergedInto = / already merged into (\S+)\.$/.exec(problem.message)?.[1];
    if (mergedInto) return t('alreadyMerged', sent.provisionalId, mergedInto);
    return / has a company id/.test(problem.message) ? t('notProvisional', sent.provisionalId) : null;
  }

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
      IseFields.show(form, error, (problem) => refusalText(problem, { provisionalId, targetId }));
    } finally {
      $('merge').disabled = false;
    }
  });
})();
