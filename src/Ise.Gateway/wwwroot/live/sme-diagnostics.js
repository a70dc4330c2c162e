// An SME's diagnostics: the latest assessment's axes with their bands, every axis and dimension against the
// previous assessment (a table), the dimensions as a radar chart (latest over previous), the recommendations
// with why each was made and links to the sections of the cross-border innovation guide they point to (shown
// below them). Used by the SME page and by the diagnostic page's result. Their documents select what it shows
// (assessmentCount; latest: axes with their band, dimensions; previous: dimensions; progress; recommendations
// with their guide sections), each written out whole: a document built at run time from a shared selection
// would not be one of the page documents the gateway trusts (page-documents.json).
'use strict';

const IseDiagnostics = (() => {
  const { t, $, el, addTexts, lang } = IseLive;
  addTexts({
    en: {
      diagnosticsTitle: 'Diagnostics', noDiagnostic: 'No diagnostic assessment yet.', assessedOn: 'Latest of {0} assessments: {1}, by {2} (questionnaire version {3}).',
      band: 'Band: {0}', progressTitle: 'Scores against the previous assessment', dimension: 'Axis or dimension', previousScore: 'Previous', latestScore: 'Latest',
      change: 'Change', recommendations: 'Recommendations', radarTitle: 'Scores by dimension: the latest assessment over the previous one',
      latestSeries: 'Latest assessment', previousSeries: 'Previous assessment', firstAssessment: 'First assessment: nothing to compare with yet.',
      guideTitle: 'From the cross-border innovation guide', guideLink: 'Guide: {0}',
    },
    fr: {
      diagnosticsTitle: 'Diagnostics', noDiagnostic: 'Aucun diagnostic pour l’instant.', assessedOn: 'Dernier de {0} diagnostics : le {1}, par {2} (questionnaire version {3}).',
      band: 'Niveau : {0}', progressTitle: 'Scores par rapport au diagnostic précédent', dimension: 'Axe ou dimension', previousScore: 'Précédent', latestScore: 'Dernier',
      change: 'Évolution', recommendations: 'Recommandations', radarTitle: 'Scores par dimension : le dernier diagnostic sur le précédent',
      latestSeries: 'Dernier diagnostic', previousSeries: 'Diagnostic précédent', firstAssessment: 'Premier diagnostic : rien à comparer pour l’instant.',
      guideTitle: 'Extraits du guide de l’innovation transfrontalière', guideLink: 'Guide : {0}',
    },
    nl: {
      diagnosticsTitle: 'Diagnoses', noDiagnostic: 'Nog geen diagnose.', assessedOn: 'Laatste van {0} diagnoses: {1}, door {2} (vragenlijst versie {3}).',
      band: 'Niveau: {0}', progressTitle: 'Scores tegenover de vorige diagnose', dimension: 'As of dimensie', previousScore: 'Vorige', latestScore: 'Laatste',
      change: 'Verschil', recommendations: 'Aanbevelingen', radarTitle: 'Scores per dimensie: de laatste diagnose over de vorige',
      latestSeries: 'Laatste diagnose', previousSeries: 'Vorige diagnose', firstAssessment: 'Eerste diagnose: nog niets om mee te vergelijken.',
      guideTitle: 'Uit de gids voor grensoverschrijdende innovatie', guideLink: 'Gids: {0}',
    },
  });

  const percent = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

  function axisCard(axis) {
    return el('div', { class: 'card', 'data-axis': axis.axisId },
      el('span', { text: axis.name }),
      el('span', { class: 'figure', text: percent.format(Number(axis.percent)) + ' %' }),
      el('span', { class: 'band', text: t('band', axis.band.name) }));
  }

  function progressRow(p) {
    return el('tr', { 'data-id': p.id },
      el('th', { scope: 'row', text: p.name }),
      el('td', { class: 'n', text: percent.format(Number(p.previousPercent)) + ' %' }),
      el('td', { class: 'n', text: percent.format(Number(p.percent)) + ' %' }),
      el('td', { class: 'n change', 'data-direction': Math.sign(Number(p.change)), text: signed.format(Number(p.change)) }));
  }

  // The results' markup, the same wherever they are shown: built once into #diagnostic-view.
  function mount(container) {
    const column = (key, className) => el('th', { scope: 'col', class: className, text: t(key) });
    container.replaceChildren(
      el('p', { id: 'no-diagnostic', class: 'hint', text: t('noDiagnostic'), hidden: true }),
      el('div', { id: 'diagnostic-results', hidden: true },
        el('p', { id: 'diagnostic-when', class: 'hint' }),
        el('div', { id: 'axes', class: 'cards' }),
        el('div', { class: 'chart-and-table' },
          el('figure', { id: 'radar' }),
          el('table', { id: 'progress', class: 'list' },
            el('caption', { text: t('progressTitle') }),
            el('thead', {}, el('tr', {}, column('dimension', null), column('previousScore', 'n'), column('latestScore', 'n'), column('change', 'n'))),
            el('tbody', { id: 'progress-rows' }))),
        el('h3', { text: t('recommendations') }),
        el('ul', { id: 'recommendations', class: 'links' }),
        el('h3', { id: 'guide-title', text: t('guideTitle'), hidden: true }),
        el('div', { id: 'guide-sections' })));
  }

  /** Shows `diagnostics` (null before the first assessment) in #diagnostic-view; partnerName(id) names the assessor's partner. */
  function render(diagnostics, partnerName) {
    if (!$('diagnostic-results')) mount($('diagnostic-view'));
    $('no-diagnostic').hidden = !!diagnostics;
    $('diagnostic-results').hidden = !diagnostics;
    if (!diagnostics) return;
    const { latest, previous } = diagnostics;
    $('diagnostic-when').textContent = t('assessedOn', diagnostics.assessmentCount,
      new Date(latest.assessedAt).toLocaleDateString(lang, { dateStyle: 'medium' }), partnerName(latest.partnerId), latest.questionnaireVersion);
    $('axes').replaceChildren(...latest.axes.map(axisCard));

    const rows = diagnostics.progress.map(progressRow);
    $('progress-rows').replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: 4, class: 'hint', text: t('firstAssessment') }))]));

    const before = new Map((previous?.dimensions ?? []).map((d) => [d.dimensionId, Number(d.percent)]));
    const series = [];
    if (previous) series.push({ name: t('previousSeries'), className: 'previous', values: latest.dimensions.map((d) => before.get(d.dimensionId) ?? null) });
    series.push({ name: t('latestSeries'), className: 'latest', values: latest.dimensions.map((d) => Number(d.percent)) });
    IseRadar.draw($('radar'), t('radarTitle'), latest.dimensions.map((d) => d.name), series);

    $('recommendations').replaceChildren(...diagnostics.recommendations.map(recommendation));
    const sections = new Map(diagnostics.recommendations.flatMap((r) => r.guideSections ?? []).map((s) => [s.id, s]));
    $('guide-title').hidden = sections.size === 0;
    $('guide-sections').replaceChildren(...[...sections.values()].map(guideSection));
  }

  const guideAnchor = (id) => 'guide-' + id;

  function recommendation(r) {
    const links = (r.guideSections ?? []).map((s) => el('li', {}, el('a', { href: '#' + guideAnchor(s.id), text: t('guideLink', s.title) })));
    return el('li', { 'data-rule': r.ruleId },
      el('span', { text: r.text }),
      r.because ? el('span', { class: 'hint because', text: ' ' + r.because }) : '',
      links.length ? el('ul', { class: 'guide-links' }, ...links) : '');
  }

  function guideSection(section) {
    return el('article', { id: guideAnchor(section.id), class: 'guide-section' },
      el('h4', { text: section.title }),
      el('p', { class: 'summary', text: section.summary }),
      ...section.paragraphs.map((paragraph) => el('p', { text: paragraph })));
  }

  return { render };
})();
