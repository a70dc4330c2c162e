// The programme overview (?period=2026-Q1&breakdown=partner&indicator=ATTENDANCES): every indicator's
// figure in a period and a bar chart of one indicator by one breakdown, read from GraphQL. Indicators
// have no live feed (their counter buckets notify nobody), so the page reads them again every few
// seconds while it is visible. Partner staff get their own partner's cell only (the API decides).
'use strict';
(async () => {
  const { t, label, $, el, translatePage, setStatus, refuse, graphql, download, params, lang } = IseLive;
  translatePage();
  document.title = 'ISE · ' + t('overview');
  const refreshSeconds = 5;
  const breakdownNames = { region: 'REGION', partner: 'PARTNER', sector: 'SECTOR', activity: 'ACTIVITY_KIND', size: 'SIZE_BAND' };
  const number = new Intl.NumberFormat(lang);
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });

  let me;
  let partnerNames;
  try {
    const data = await graphql('{ me { role scope } partners { id name } }');
    me = data.me;
    partnerNames = Object.fromEntries(data.partners.map((p) => [p.id, p.name]));
  } catch (error) {
    setStatus('disconnected');
    refuse(error.message);
    return;
  }

  // Partner staff see their partner's cell of every indicator; the secretariat the totals and any breakdown.
  const partner = me?.role === 'PARTNER_STAFF' ? me.scope : null;
  const headlineCell = partner ? 'partner:' + partner : 'total';
  let period = params.get('period') || 'programme';
  let breakdown = partner ? 'PARTNER' : breakdownNames[params.get('breakdown')] || 'REGION';
  let indicator = params.get('indicator') || 'ENTERPRISES_SUPPORTED';
  let report = null;

  const pad = (n) => String(n).padStart(2, '0');
  const kindOf = (p) => (p === 'programme' ? 'programme' : /^\d{4}$/.test(p) ? 'year' : p.includes('-Q') ? 'quarter' : 'month');

  // The recent periods of a kind, newest first: 36 months, 12 quarters, 8 years.
  function periodsOf(kind) {
    const now = new Date();
    const [year, month] = [now.getFullYear(), now.getMonth()];
    if (kind === 'month') return Array.from({ length: 36 }, (_, i) => new Date(year, month - i, 1)).map((d) => d.getFullYear() + '-' + pad(d.getMonth() + 1));
    if (kind === 'quarter') {
      const current = year * 4 + Math.floor(month / 3);
      return Array.from({ length: 12 }, (_, i) => current - i).map((q) => Math.floor(q / 4) + '-Q' + ((q % 4) + 1));
    }
    if (kind === 'year') return Array.from({ length: 8 }, (_, i) => String(year - i));
    return ['programme'];
  }

  function periodLabel(p) {
    if (kindOf(p) !== 'month' || !/^\d{4}-\d{2}$/.test(p)) return p === 'programme' ? t('programme') : p;
    const [year, month] = p.split('-').map(Number);
    return new Date(year, month - 1, 1).toLocaleDateString(lang, { month: 'long', year: 'numeric' });
  }

  function fillPeriods() {
    const kind = kindOf(period);
    const choices = periodsOf(kind);
    if (!choices.includes(period)) choices.unshift(period);
    $('period-kind').value = kind;
    $('period').replaceChildren(...choices.map((p) => el('option', { value: p, text: periodLabel(p) })));
    $('period').value = period;
    $('period').disabled = kind === 'programme';
  }

  function remember() {
    params.set('period', period);
    if (partner) params.delete('breakdown');
    else params.set('breakdown', Object.keys(breakdownNames).find((k) => breakdownNames[k] === breakdown));
    params.set('indicator', indicator);
    history.replaceState(null, '', '?' + params.toString());
    const base = '/api/indicators/' + encodeURIComponent(period);
    $('export-figures').href = base + '/figures.csv';
    $('export-evidence').href = base + '/evidence.csv';
    $('export-xlsx').href = base + '.xlsx';
  }

  // A cell's name in the page's language: partners by their own name, the rest from the shared names.
  function cellLabel(figure) {
    if (figure.cell === 'total') return t('total');
    if (figure.dimension === 'PARTNER') return partnerNames[figure.value] ?? figure.value;
    return label(figure.value.replace(/(?:^|-)([a-z])/g, (_, c) => c.toUpperCase()));
  }

  function card(name) {
    const button = el('button', { type: 'button', class: 'card', 'data-indicator': name, 'aria-pressed': String(name === indicator) },
      el('span', { class: 'figure', text: '0' }), el('span', { class: 'name', text: t(name) }), el('span', { class: 'adjustment hint' }));
    button.addEventListener('click', () => { indicator = name; remember(); show(); });
    return button;
  }

  function showTotals() {
    const headline = report.figures.filter((f) => f.cell === headlineCell);
    const cards = $('totals');
    if (cards.children.length !== headline.length) cards.replaceChildren(...headline.map((f) => card(f.indicator)));
    for (const figure of headline) {
      const button = cards.querySelector(`[data-indicator="${figure.indicator}"]`);
      button.setAttribute('aria-pressed', String(figure.indicator === indicator));
      button.querySelector('.figure').textContent = number.format(figure.net);
      button.querySelector('.adjustment').textContent = figure.adjustment ? t('adjustment', number.format(figure.adjustment)) : '';
    }
    $('headline').textContent = (partner ? partnerNames[partner] ?? partner : t('total')) + ' · ' + periodLabel(report.period);
    $('no-show').hidden = report.noShowRate === null;
    $('no-show-rate').textContent = report.noShowRate === null ? '–' : percent.format(report.noShowRate);
    $('frozen').hidden = !report.frozen;
  }

  // Horizontal bars, one per cell, scaled to the largest of the cells and the total (cells may exceed it).
  function showChart() {
    const rows = report.figures.filter((f) => f.indicator === indicator && (f.cell === 'total' || f.dimension === breakdown));
    const largest = Math.max(1, ...rows.map((f) => f.net));
    $('chart-title').textContent = t(indicator) + ' · ' + t(breakdown);
    $('chart').replaceChildren(...rows.map((f) => {
      const bar = el('div');
      bar.style.width = Math.max(0, (100 * f.net) / largest) + '%';
      return el('tr', { 'data-cell': f.cell, class: f.cell === 'total' ? 'total' : null },
        el('th', { scope: 'row', text: cellLabel(f) }),
        el('td', { class: 'bar' }, bar),
        el('td', { class: 'n', text: number.format(f.net) }));
    }));
  }

  function show() {
    if (!report) return;
    if (report.figures.length && !report.figures.some((f) => f.indicator === indicator)) { indicator = report.figures[0].indicator; remember(); }
    showTotals();
    if (!partner) showChart();
  }

  let timer = null;
  let asked = 0;
  async function refresh() {
    clearTimeout(timer);
    const request = ++asked;
    try {
      const data = await graphql(`query($period: String!, $breakdown: [IndicatorDimension!]) {
        indicators(period: $period, breakdown: $breakdown) { period frozen noShowRate figures { indicator dimension cell value count adjustment net } } }`,
      { period, breakdown: [breakdown] });
      if (request !== asked) return;
      report = data.indicators;
      $('problem').textContent = '';
      show();
      setStatus('connected');
      $('updated').textContent = t('updated', new Date().toLocaleTimeString(lang), refreshSeconds);
    } catch (error) {
      if (request !== asked) return;
      if (error.code === 'FORBIDDEN') { setStatus('disconnected'); refuse(error.message); return; }
      if (!error.code) { setStatus('reconnecting'); } else {
        // The API refused the choice (e.g. a period typed into the address): say why and show no stale figures.
        report = null;
        $('totals').replaceChildren();
        $('chart').replaceChildren();
        $('problem').textContent = error.message;
        setStatus('connected');
      }
    }
    if (!document.hidden) timer = setTimeout(refresh, refreshSeconds * 1000);
  }

  $('partner-only').hidden = !partner;
  if (partner) $('partner-only').textContent = t('partnerOnly', partnerNames[partner] ?? partner);
  $('breakdown-choice').hidden = Boolean(partner);
  $('chart-section').hidden = Boolean(partner);
  $('breakdown').value = breakdown;
  fillPeriods();
  remember();

  $('period-kind').addEventListener('change', () => { period = periodsOf($('period-kind').value)[0]; fillPeriods(); remember(); refresh(); });
  $('period').addEventListener('change', () => { period = $('period').value; remember(); refresh(); });
  $('breakdown').addEventListener('change', () => { breakdown = $('breakdown').value; remember(); refresh(); });
  for (const id of ['export-figures', 'export-evidence', 'export-xlsx']) {
    $(id).addEventListener('click', async (e) => {
      e.preventDefault();
      $('export-problem').textContent = '';
      try { await download($(id).getAttribute('href')); } catch (error) { $('export-problem').textContent = error.message; }
    });
  }
  document.addEventListener('visibilitychange', () => { if (document.hidden) clearTimeout(timer); else refresh(); });
  await refresh();
})();
