// Registers an SME (registerSme) for the secretariat or partner staff (for their own partner). Without a
// company id the SME is provisional; an idempotency key made once per registration lets a retried click find
// the same one. A refusal is shown at the field the API names (IseFields).
'use strict';
(async () => {
  const { t, tNodes, enumLabel, $, el, fillSelect, addTexts, translatePage, personWithRole, graphql, lang } = IseLive;
  addTexts({
    en: {
      registerHint: 'The firm is registered for its lead partner. Eligibility is checked as it is registered: fewer than 250 staff, turnover at most EUR 50m or balance sheet at most EUR 43m, in a programme region. Amounts in GBP are converted at the programme rate.',
      companyIdHint: 'Companies House number, SIREN, enterprise number or KvK number. Leave it empty for a firm without one: it becomes provisional, to be merged once the number is known.',
      registerButton: 'Register', registered: 'Registered: {0}', alreadyRegistered: 'Already registered: {0}',
      nameTooLong: 'At most {0} characters.', wholeNumber: 'A whole number, please.', aNumber: 'A number, please.', tooLarge: 'Too large.',
      staffRange: 'Between {0} and {1}.', amountRange: 'Between {0} and {1}.', notAPartner: '{0} is not a programme partner.',
      companyIdRequired: 'Required: give the {0} ({1}).', companyIdInvalid: '\'{0}\' is not a valid {1}: expected {2}.',
      siret: '\'{0}\' looks like a SIRET (14 digits, one establishment): give the company’s SIREN, the first 9 digits of the SIRET.',
      checkDigit: '\'{0}\' is not a valid {1}: its check digits are wrong; please check the number.',
      startsWith01: '\'{0}\' is not a valid {1}: it must start with 0 or 1.', allZeros: '\'{0}\' is not a valid {1}: it cannot be all zeros.',
      registerGB: 'Companies House number', registerFR: 'SIREN', registerBE: 'enterprise number (KBO/BCE)', registerNL: 'KvK number',
      expectedGB: 'up to 8 digits such as 01234567, or two letters and 6 digits such as SC123456', expectedFR: '9 digits such as 732 829 320',
      expectedBE: '10 digits starting with 0 or 1, such as 0403.170.701', expectedNL: '8 digits such as 12345678',
      notEligible: 'Not eligible for the programme: {0}', eligibleStaff: '{0} staff: an SME has fewer than {1}',
      eligibleSize: 'turnover {0} above EUR 50m and balance sheet {1} above EUR 43m', gbpConverted: ' (GBP converted at the programme rate)',
      eligibleRegion: 'the region {0} is not in {1}',
    },
    fr: {
      registerHint: 'L’entreprise est inscrite pour son partenaire référent. L’éligibilité est vérifiée à l’inscription : moins de 250 salariés, chiffre d’affaires d’au plus 50 M EUR ou bilan d’au plus 43 M EUR, dans une région du programme. Les montants en GBP sont convertis au taux du programme.',
      companyIdHint: 'Numéro Companies House, SIREN, numéro d’entreprise ou numéro KvK. Laissez vide pour une entreprise qui n’en a pas : elle devient provisoire, à fusionner quand le numéro sera connu.',
      registerButton: 'Inscrire', registered: 'Inscrite : {0}', alreadyRegistered: 'Déjà inscrite : {0}',
      nameTooLong: '{0} caractères au plus.', wholeNumber: 'Un nombre entier, s’il vous plaît.', aNumber: 'Un nombre, s’il vous plaît.', tooLarge: 'Trop grand.',
      staffRange: 'Entre {0} et {1}.', amountRange: 'Entre {0} et {1}.', notAPartner: '{0} n’est pas un partenaire du programme.',
      companyIdRequired: 'Obligatoire : indiquez le {0} ({1}).', companyIdInvalid: '« {0} » n’est pas un {1} valide : attendu {2}.',
      siret: '« {0} » ressemble à un SIRET (14 chiffres, un établissement) : indiquez le SIREN de l’entreprise, les 9 premiers chiffres du SIRET.',
      checkDigit: '« {0} » n’est pas un {1} valide : ses chiffres de contrôle sont faux ; vérifiez le numéro.',
      startsWith01: '« {0} » n’est pas un {1} valide : il doit commencer par 0 ou 1.', allZeros: '« {0} » n’est pas un {1} valide : il ne peut pas être fait que de zéros.',
      registerGB: 'numéro Companies House', registerFR: 'SIREN', registerBE: 'numéro d’entreprise (BCE)', registerNL: 'numéro KvK',
      expectedGB: 'jusqu’à 8 chiffres, ex. 01234567, ou deux lettres et 6 chiffres, ex. SC123456', expectedFR: '9 chiffres, ex. 732 829 320',
      expectedBE: '10 chiffres commençant par 0 ou 1, ex. 0403.170.701', expectedNL: '8 chiffres, ex. 12345678',
      notEligible: 'Non éligible au programme : {0}', eligibleStaff: '{0} salariés : une PME en compte moins de {1}',
      eligibleSize: 'chiffre d’affaires de {0} au-delà de 50 M EUR et total du bilan de {1} au-delà de 43 M EUR', gbpConverted: ' (GBP convertis au taux du programme)',
      eligibleRegion: 'la région {0} n’est pas dans le pays choisi ({1})',
    },
    nl: {
      registerHint: 'De onderneming wordt ingeschreven voor haar hoofdpartner. De geschiktheid wordt bij de inschrijving gecontroleerd: minder dan 250 werknemers, omzet hoogstens EUR 50 mln of balanstotaal hoogstens EUR 43 mln, in een programmaregio. Bedragen in GBP worden omgerekend tegen de programmakoers.',
      companyIdHint: 'Companies House-nummer, SIREN, ondernemingsnummer of KvK-nummer. Laat leeg voor een onderneming zonder nummer: ze wordt voorlopig en wordt samengevoegd zodra het nummer bekend is.',
      registerButton: 'Inschrijven', registered: 'Ingeschreven: {0}', alreadyRegistered: 'Al ingeschreven: {0}',
      nameTooLong: 'Hoogstens {0} tekens.', wholeNumber: 'Graag een geheel getal.', aNumber: 'Graag een getal.', tooLarge: 'Te groot.',
      staffRange: 'Tussen {0} en {1}.', amountRange: 'Tussen {0} en {1}.', notAPartner: '{0} is geen partner van het programma.',
      companyIdRequired: 'Verplicht: geef het {0} ({1}).', companyIdInvalid: '‘{0}’ is geen geldig {1}: verwacht {2}.',
      siret: '‘{0}’ lijkt op een SIRET (14 cijfers, één vestiging): geef de SIREN van de onderneming, de eerste 9 cijfers van de SIRET.',
      checkDigit: '‘{0}’ is geen geldig {1}: de controlecijfers kloppen niet; kijk het nummer na.',
      startsWith01: '‘{0}’ is geen geldig {1}: het moet met 0 of 1 beginnen.', allZeros: '‘{0}’ is geen geldig {1}: het kan niet uit alleen nullen bestaan.',
      registerGB: 'Companies House-nummer', registerFR: 'SIREN-nummer', registerBE: 'ondernemingsnummer (KBO)', registerNL: 'KvK-nummer',
      expectedGB: 'tot 8 cijfers, bv. 01234567, of twee letters en 6 cijfers, bv. SC123456', expectedFR: '9 cijfers, bv. 732 829 320',
      expectedBE: '10 cijfers die met 0 of 1 beginnen, bv. 0403.170.701', expectedNL: '8 cijfers, bv. 12345678',
      notEligible: 'Niet in aanmerking voor het programma: {0}', eligibleStaff: '{0} werknemers: een kmo heeft er minder dan {1}',
      eligibleSize: 'omzet {0} boven EUR 50 mln en balanstotaal {1} boven EUR 43 mln', gbpConverted: ' (GBP omgerekend tegen de programmakoers)',
      eligibleRegion: 'de regio {0} ligt niet in {1}',
    },
  });
  translatePage();
  document.title = 'ISE · ' + t('navRegisterSme');

  const person = await personWithRole('Secretariat', 'PartnerStaff');
  if (!person) return;
  const form = $('register-form');
  IseFields.prepare(form);

  const data = await graphql('{ me { role scope } partners { id name } regions { region country } }');
  const partners = data.me.role === 'PARTNER_STAFF' ? data.partners.filter((p) => p.id === data.me.scope) : data.partners;
  fillSelect($('lead-partner'), partners.map((p) => p.id), (id) => partners.find((p) => p.id === id).name, partners.length > 1 ? t('leadPartner') + '…' : null);
  fillSelect($('country'), ['GB', 'FR', 'BE', 'NL'], enumLabel);
  fillSelect($('sector'), ['FOOD_AND_DRINK', 'MECHATRONICS', 'DIGITAL_AND_CREATIVE', 'NEW_MATERIALS'], enumLabel);
  for (const id of ['turnover-currency', 'balance-sheet-currency']) fillSelect($(id), ['EUR', 'GBP'], String);

  // The regions and the currency follow the country: its own regions, GBP in the United Kingdom.
  function countryChanged() {
    const country = $('country').value;
    fillSelect($('region'), data.regions.filter((r) => r.country === country).map((r) => r.region), enumLabel);
    for (const id of ['turnover-currency', 'balance-sheet-currency']) $(id).value = country === 'GB' ? 'GBP' : 'EUR';
  }
  $('country').addEventListener('change', countryChanged);
  countryChanged();

  // One key per registration: a second click after a lost answer finds the same (provisional) SME.
  const newKey = () => [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  let idempotencyKey = newKey();

  const value = (id) => $(id).value.trim();
  const number = (id) => (value(id) === '' ? null : Number(value(id)));

  // The figures a message of the API names (`between 0 and 1,000,000`), in the page's way of writing numbers.
  const figures = (message) => (String(message).match(/\d[\d,]*(\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, '')).toLocaleString(lang));
  const money = ({ amount, currency }) => new Intl.NumberFormat(lang, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(amount);

  // A refusal of the API in the page's language, told by the field it names and what the page sent (`input`);
  // where one field can be refused for several reasons (the company id, eligibility), by the reason's words. The
  // API's messages are English: a problem the page does not know keeps them.
  function refusalText(problem, input) {
    const field = String(problem.field ?? '').replace(/^input\./, '');
    const message = String(problem.message);
    switch (field) {
      case 'name': return input.name.trim() ? t('nameTooLong', ...figures(message)) : t('required');
      case 'staffCount': return problem.unreadable ? unreadable(input.staffCount, true) : t('staffRange', ...figures(message));
      case 'turnover.amount': return problem.unreadable ? unreadable(input.turnover.amount) : t('amountRange', ...figures(message));
      case 'balanceSheetTotal.amount': return problem.unreadable ? unreadable(input.balanceSheetTotal.amount) : t('amountRange', ...figures(message));
      case 'leadPartnerId': return problem.unreadable ? null : t('notAPartner', input.leadPartnerId);
      case 'companyId': return companyIdText(message, input);
      case 'eligibility': return eligibilityText(message, input);
      default: return null;
    }
  }

  // A figure GraphQL could not read: not a number, not whole, or beyond what it holds.
  function unreadable(value, whole = false) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return t('aNumber');
    return whole && !Number.isInteger(value) ? t('wholeNumber') : t('tooLarge');
  }

  function companyIdText(message, input) {
    const [typed, register, expected] = [input.companyId ?? '', t('register' + input.country), t('expected' + input.country)];
    if (/ is required/.test(message)) return t('companyIdRequired', register, expected);
    if (/ identifies SME /.test(message)) return null;
    if (/SIRET/.test(message)) return t('siret', typed);
    if (/check digit|modulo-97/.test(message)) return t('checkDigit', typed, register);
    if (/start with 0 or 1/.test(message)) return t('startsWith01', typed, register);
    if (/all zeros/.test(message)) return t('allZeros', typed, register);
    return / is not a valid /.test(message) ? t('companyIdInvalid', typed, register, expected) : null;
  }

  // "Not eligible for the programme: reason; reason": each reason the page knows in its language, others as they are.
  function eligibilityText(message, input) {
    const reasons = /^Not eligible for the programme: (.*)$/s.exec(message)?.[1].split('; ');
    if (!reasons) return null;
    const gbp = input.turnover.currency === 'GBP' || input.balanceSheetTotal.currency === 'GBP';
    return t('notEligible', reasons.map((reason) => {
      if (/^\d+ staff: /.test(reason)) return t('eligibleStaff', ...figures(reason));
      if (/^turnover .* balance sheet /.test(reason)) return t('eligibleSize', money(input.turnover), money(input.balanceSheetTotal)) + (gbp ? t('gbpConverted') : '');
      if (/^region /.test(reason)) return t('eligibleRegion', enumLabel(input.region), enumLabel(input.country));
      return reason;
    }).join('; '));
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    IseFields.clear(form);
    $('registered').replaceChildren();
    const missing = [...form.querySelectorAll('[required]')].filter((control) => control.value.trim() === '');
    if (missing.length) {
      IseFields.show(form, { problems: missing.map((control) => ({ field: control.dataset.field.split(' ')[0], message: t('required') })) });
      return;
    }

    const input = {
      country: value('country'), companyId: value('company-id') || null, name: value('name'), region: value('region'), sector: value('sector'),
      staffCount: number('staff-count'),
      turnover: { amount: number('turnover-amount'), currency: value('turnover-currency') },
      balanceSheetTotal: { amount: number('balance-sheet-amount'), currency: value('balance-sheet-currency') },
      leadPartnerId: value('lead-partner'),
    };
    $('register').disabled = true;
    try {
      const result = (await graphql(`mutation($input: RegisterSmeInput!, $key: String) {
        registerSme(input: $input, idempotencyKey: $key) { created sme { id name } } }`, { input, key: idempotencyKey })).registerSme;
      idempotencyKey = newKey();
      const link = el('a', { href: '/live/sme.html?id=' + encodeURIComponent(result.sme.id), text: result.sme.name + ' (' + result.sme.id + ')' });
      $('registered').replaceChildren(...tNodes(result.created ? 'registered' : 'alreadyRegistered', link));
    } catch (error) {
      IseFields.show(form, error, (problem) => refusalText(problem, input));
    } finally {
      $('register').disabled = false;
    }
  });
})();
