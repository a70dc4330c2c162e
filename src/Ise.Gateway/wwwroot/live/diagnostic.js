// A 1-2-1 diagnostic assessment of an SME (?sme=BE-0403170701), for the secretariat and partner staff (the API
// checks: staff of a partner that leads or served the SME). The questionnaire comes from the API in the
// assessor's language (the page's); every answer is saved as the assessor's draft on the server as they go,
// so they can resume on another device. Submitting records it (submitDiagnostic, which discards the draft); a
// refusal lists every problem, each also shown at its question. Then the result: scores, bands, progress
// against the previous assessment, the radar chart, recommendations with guide links (IseDiagnostics).
// ?view=result shows the SME's latest result without the questionnaire.
'use strict';
(async () => {
  const { t, $, el, fillSelect, addTexts, translatePage, personWithRole, refuse, graphql, params, lang } = IseLive;
  addTexts({
    en: {
      assessTitle: 'Diagnostic assessment', assessTitleOf: 'Diagnostic assessment: {0}', backToSme: 'Back to the SME page',
      partnerRuns: 'Partner who runs the assessment', choosePartner: 'Choose the partner…', partnerFixed: 'Run by {0}.',
      submitAssessment: 'Submit the assessment', saveDraft: 'Save the draft', discardDraft: 'Discard the draft',
      newDraft: 'New assessment: your answers are saved as a draft as you go.', resumed: 'Your draft saved {0} is resumed.',
      saving: 'Saving the draft…', savedAt: 'Draft saved {0}.', saveFailed: 'The draft could not be saved: {0}', discarded: 'The draft is discarded.',
      answeredCount: '{0} of {1} questions answered.', notAnswered: 'Not answered.',
      offScale: 'Off the scale: answer from {0} to {1}.', answeredTwice: 'Answered more than once.', notInQuestionnaire: 'Question {0} is not in this version of the questionnaire.',
      namePartner: 'Choose the partner who runs the assessment.', notAPartner: '{0} is not a programme partner.', unknownVersion: 'This version of the questionnaire is not known: reload the page.',
      oneProblem: 'One problem: nothing was recorded.', problems: '{0} problems: nothing was recorded.',
      resultTitle: 'Result', recorded: 'The assessment is recorded.',
    },
    fr: {
      assessTitle: 'Diagnostic', assessTitleOf: 'Diagnostic : {0}', backToSme: 'Retour à la fiche de la PME',
      partnerRuns: 'Partenaire qui réalise le diagnostic', choosePartner: 'Choisir le partenaire…', partnerFixed: 'Réalisé par {0}.',
      submitAssessment: 'Envoyer le diagnostic', saveDraft: 'Enregistrer le brouillon', discardDraft: 'Abandonner le brouillon',
      newDraft: 'Nouveau diagnostic : vos réponses sont enregistrées comme brouillon au fur et à mesure.', resumed: 'Votre brouillon enregistré le {0} est repris.',
      saving: 'Enregistrement du brouillon…', savedAt: 'Brouillon enregistré le {0}.', saveFailed: 'Le brouillon n’a pas pu être enregistré : {0}', discarded: 'Le brouillon est abandonné.',
      answeredCount: '{0} questions sur {1} ont une réponse.', notAnswered: 'Sans réponse.',
      offScale: 'Hors de l’échelle : répondez de {0} à {1}.', answeredTwice: 'Réponse donnée plus d’une fois.', notInQuestionnaire: 'La question {0} ne fait pas partie de cette version du questionnaire.',
      namePartner: 'Choisissez le partenaire qui réalise le diagnostic.', notAPartner: '{0} n’est pas un partenaire du programme.', unknownVersion: 'Cette version du questionnaire n’est pas connue : rechargez la page.',
      oneProblem: 'Un problème : rien n’a été enregistré.', problems: '{0} problèmes : rien n’a été enregistré.',
      resultTitle: 'Résultat', recorded: 'Le diagnostic est enregistré.',
    },
    nl: {
      assessTitle: 'Diagnose', assessTitleOf: 'Diagnose: {0}', backToSme: 'Terug naar de kmo-pagina',
      partnerRuns: 'Partner die de diagnose afneemt', choosePartner: 'Kies de partner…', partnerFixed: 'Afgenomen door {0}.',
      submitAssessment: 'Diagnose indienen', saveDraft: 'Concept opslaan', discardDraft: 'Concept verwijderen',
      newDraft: 'Nieuwe diagnose: uw antwoorden worden gaandeweg als concept opgeslagen.', resumed: 'Uw concept van {0} is hervat.',
      saving: 'Concept opslaan…', savedAt: 'Concept opgeslagen op {0}.', saveFailed: 'Het concept kon niet worden opgeslagen: {0}', discarded: 'Het concept is verwijderd.',
      answeredCount: '{0} van {1} vragen beantwoord.', notAnswered: 'Niet beantwoord.',
      offScale: 'Buiten de schaal: antwoord van {0} tot {1}.', answeredTwice: 'Meer dan één keer beantwoord.', notInQuestionnaire: 'Vraag {0} hoort niet bij deze versie van de vragenlijst.',
      namePartner: 'Kies de partner die de diagnose afneemt.', notAPartner: '{0} is geen partner van het programma.', unknownVersion: 'Deze versie van de vragenlijst is niet bekend: laad de pagina opnieuw.',
      oneProblem: 'Eén probleem: er is niets vastgelegd.', problems: '{0} problemen: er is niets vastgelegd.',
      resultTitle: 'Resultaat', recorded: 'De diagnose is vastgelegd.',
    },
  });
  translatePage();
  document.title = 'ISE · ' + t('assessTitle');

  const person = await personWithRole('Secretariat', 'PartnerStaff');
  if (!person) return;
  const smeId = params.get('sme') ?? '';
  const language = { en: 'ENGLISH', fr: 'FRENCH', nl: 'DUTCH' }[lang];
  const when = (instant) => new Date(instant).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const failure = (error) => (error.code ? error.code + ': ' : '') + error.message;

  let start;
  try {
    start = await graphql(`query($id: ID!) { partners { id name } sme(id: $id) { id name }
      diagnosticDraft(smeId: $id) { version partnerId answers { questionId value } savedAt } }`, { id: smeId });
  } catch (error) {
    refuse(failure(error));
    return;
  }
  const { sme, partners } = start;
  const partnerName = (partnerId) => partners.find((p) => p.id === partnerId)?.name ?? partnerId;
  const smePage = '/live/sme.html?id=' + encodeURIComponent(sme.id);
  $('diagnostic-title').textContent = t('assessTitleOf', sme.name);
  document.title = 'ISE · ' + t('assessTitleOf', sme.name);
  $('sme-link').href = smePage;
  $('result-sme-link').href = smePage;

  function showResult(diagnostics, recorded) {
    $('questionnaire').hidden = true;
    $('diagnostics').hidden = false;
    $('recorded').textContent = recorded ? t('recorded') : '';
    IseDiagnostics.render(diagnostics, partnerName);
  }

  if (params.get('view') === 'result') {
    const result = await graphql(`query($id: ID!, $language: Language) { sme(id: $id) { diagnostics(language: $language) { assessmentCount
      latest { assessedAt partnerId questionnaireVersion axes { axisId name percent band { id name } } dimensions { dimensionId name percent } }
      previous { dimensions { dimensionId percent } }
      progress { id name previousPercent percent change }
      recommendations { ruleId text because guideSections { id title summary paragraphs } } } } }`,
      { id: sme.id, language });
    showResult(result.sme.diagnostics, false);
    return;
  }

  // The draft's questionnaire version (a draft begun before a new version keeps its own), else the latest.
  const draft = start.diagnosticDraft;
  const questionnaire = (await graphql(`query($version: Int, $language: Language!) { diagnosticQuestionnaire(version: $version, language: $language) {
      version title introduction scale { value label } axes { id name dimensions { id name questions { id text } } } } }`,
  { version: draft?.version ?? null, language })).diagnosticQuestionnaire;
  const questions = questionnaire.axes.flatMap((a) => a.dimensions.flatMap((d) => d.questions));
  $('questionnaire-title').textContent = questionnaire.title;
  $('introduction').textContent = questionnaire.introduction;

  // The partner: the secretariat names it (any partner), partner staff run it for their own (the API fills it in).
  const choosesPartner = person.role === 'Secretariat';
  if (choosesPartner) {
    fillSelect($('partner'), partners.map((p) => p.id), partnerName, t('choosePartner'));
    $('partner').value = draft?.partnerId ?? '';
    $('partner').setAttribute('aria-describedby', 'partner-error');
    $('partner-label').hidden = false;
    $('partner').hidden = false;
  } else {
    $('partner-fixed').textContent = t('partnerFixed', partnerName(person.scope));
    $('partner-fixed').hidden = false;
  }

  const anchor = (questionId) => 'q-' + questionId;
  function questionField(question) {
    const id = anchor(question.id);
    return el('fieldset', { class: 'question', id, 'data-question': question.id, 'aria-describedby': id + '-error' },
      el('legend', { text: question.text }),
      el('div', { class: 'scale' }, ...questionnaire.scale.map((point) =>
        el('label', {}, el('input', { type: 'radio', name: id, value: String(point.value) }), ' ' + point.value + ' · ' + point.label))),
      el('p', { id: id + '-error', class: 'field-error' }));
  }
  $('questions').replaceChildren(...questionnaire.axes.map((axis) => el('section', { class: 'axis', 'data-axis': axis.id },
    el('h3', { text: axis.name }),
    ...axis.dimensions.map((dimension) => el('div', { class: 'dimension', 'data-dimension': dimension.id },
      el('h4', { text: dimension.name }),
      ...dimension.questions.map(questionField))))));

  const chosen = (question) => document.querySelector(`input[name="${anchor(question.id)}"]:checked`);
  const answers = () => questions.filter(chosen).map((q) => ({ questionId: q.id, value: Number(chosen(q).value) }));
  const input = () => ({ version: questionnaire.version, language, partnerId: choosesPartner ? $('partner').value || null : null, answers: answers() });
  const countAnswered = () => { $('answered-count').textContent = t('answeredCount', answers().length, questions.length); };

  for (const answer of draft?.answers ?? []) {
    const radio = document.querySelector(`input[name="${anchor(answer.questionId)}"][value="${answer.value}"]`);
    if (radio) radio.checked = true;
  }
  $('draft-status').textContent = draft ? t('resumed', when(draft.savedAt)) : t('newDraft');
  countAnswered();
  $('questionnaire').hidden = false;

  // Saving: each save replaces the whole draft, so they go one after the other and the last one wins. A change
  // saves shortly after (several quick clicks make one save); "saved" is said only once nothing is waiting.
  let saving = Promise.resolve();
  let waiting = 0;
  let timer = null;
  let submitted = false;
  function save() {
    clearTimeout(timer);
    timer = null;
    if (submitted) return saving;
    waiting += 1;
    $('draft-status').textContent = t('saving');
    saving = saving.then(async () => {
      const sent = input();
      try {
        const saved = (await graphql(`mutation($id: ID!, $input: DiagnosticDraftInput!) { saveDiagnosticDraft(smeId: $id, input: $input) { savedAt } }`,
          { id: sme.id, input: sent })).saveDiagnosticDraft;
        if (waiting === 1 && timer === null) $('draft-status').textContent = t('savedAt', when(saved.savedAt));
      } catch (error) {
        const problems = error.problems?.length ? error.problems : [{ field: error.field, message: error.message }];
        $('draft-status').textContent = t('saveFailed', (error.code ? error.code + ': ' : '') + problems.map((problem) => problemText(problem, sent) ?? problem.message).join(' '));
      } finally {
        waiting -= 1;
      }
    });
    return saving;
  }
  const saveSoon = () => { clearTimeout(timer); timer = setTimeout(save, 400); };

  function clearQuestion(fieldset) {
    fieldset.classList.remove('invalid');
    $(fieldset.id + '-error').textContent = '';
  }

  $('questions').addEventListener('change', (e) => {
    clearQuestion(e.target.closest('fieldset'));
    countAnswered();
    saveSoon();
  });
  $('partner').addEventListener('change', () => { $('partner-error').textContent = ''; $('partner').removeAttribute('aria-invalid'); saveSoon(); });
  $('save-draft').addEventListener('click', save);
  $('discard-draft').addEventListener('click', async () => {
    clearTimeout(timer);
    timer = null;
    await saving;
    for (const radio of document.querySelectorAll('#questions input:checked')) radio.checked = false;
    clearProblems();
    countAnswered();
    await graphql('mutation($id: ID!) { discardDiagnosticDraft(smeId: $id) }', { id: sme.id });
    $('draft-status').textContent = t('discarded');
  });

  function clearProblems() {
    for (const fieldset of document.querySelectorAll('fieldset.question.invalid')) clearQuestion(fieldset);
    $('partner-error').textContent = '';
    $('partner').removeAttribute('aria-invalid');
    $('problems').hidden = true;
    $('problem-list').replaceChildren();
    $('diagnostic-form-problem').textContent = '';
  }

  // The question a problem is about: input.answers[i].… names the i-th answer sent; a missing answer
  // (input.answers) names its question id in the message.
  function questionOf(problem, sent) {
    const at = /^input\.answers\[(\d+)\]/.exec(problem.field ?? '');
    if (at) return questions.find((q) => q.id === sent[Number(at[1])]?.questionId);
    if (problem.field !== 'input.answers') return null;
    const words = String(problem.message).split(/[\s.,:;]+/);
    return questions.find((q) => words.includes(q.id)) ?? null;
  }

  // A problem in the page's language, told by the field it names and what the page sent (the API's messages
  // are English); one the page does not know stays in the API's words.
  function problemText(problem, sent) {
    const field = problem.field ?? '';
    if (field === 'input.answers') return t('notAnswered');
    if (field === 'input.partnerId') return sent.partnerId ? t('notAPartner', sent.partnerId) : t('namePartner');
    if (field === 'input.version') return t('unknownVersion');
    const at = /^input\.answers\[(\d+)\]\.(value|questionId)$/.exec(field);
    const answer = at && sent.answers[Number(at[1])];
    if (!answer) return null;
    const scale = questionnaire.scale.map((point) => point.value);
    if (at[2] === 'value') return t('offScale', Math.min(...scale), Math.max(...scale));
    if (!questions.some((q) => q.id === answer.questionId)) return t('notInQuestionnaire', answer.questionId);
    return t('answeredTwice');
  }

  // Every problem in one list (each linking to its question), and each at its question too; `sent` is the input sent.
  function showProblems(error, sent) {
    const problems = error.problems?.length ? error.problems : [{ field: error.field, message: error.message }];
    const items = problems.map((problem) => {
      const question = questionOf(problem, sent.answers);
      const known = problemText(problem, sent);
      if (question) {
        const message = known ?? problem.message;
        const fieldset = $(anchor(question.id));
        fieldset.classList.add('invalid');
        $(fieldset.id + '-error').textContent = message;
        return el('li', {}, el('a', { href: '#' + anchor(question.id), text: question.text }), ' ', el('span', { text: message }));
      }
      if (problem.field === 'input.partnerId' && choosesPartner) {
        $('partner-error').textContent = known;
        $('partner').setAttribute('aria-invalid', 'true');
      }
      return el('li', { text: (error.code ? error.code + ': ' : '') + (known ?? problem.message) });
    });
    $('problems-title').textContent = items.length === 1 ? t('oneProblem') : t('problems', items.length);
    $('problem-list').replaceChildren(...items);
    $('problems').hidden = false;
    $('problems').focus();
  }

  // One key per page: a retried submission (a lost answer) records the assessment once.
  const idempotencyKey = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  $('diagnostic-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    clearProblems();
    // The draft is saved first: a save arriving after the submission would bring the discarded draft back.
    await save();
    const sent = input();
    $('submit').disabled = true;
    try {
      const result = (await graphql(`mutation($id: ID!, $input: SubmitDiagnosticInput!, $key: String) {
        submitDiagnostic(smeId: $id, input: $input, idempotencyKey: $key) { assessmentCount
          latest { assessedAt partnerId questionnaireVersion axes { axisId name percent band { id name } } dimensions { dimensionId name percent } }
          previous { dimensions { dimensionId percent } }
          progress { id name previousPercent percent change }
          recommendations { ruleId text because guideSections { id title summary paragraphs } } } }`,
      { id: sme.id, input: sent, key: idempotencyKey })).submitDiagnostic;
      submitted = true;
      params.set('view', 'result');
      history.replaceState(null, '', location.pathname + '?' + params.toString());
      showResult(result, true);
      $('recorded').focus();
    } catch (error) {
      showProblems(error, sent);
    } finally {
      $('submit').disabled = false;
    }
  });
})();
