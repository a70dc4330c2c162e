// Registers an SME (registerSme) for the secretariat or partner staff (for their own partner). Without a
// company id the SME is provisional; an idempotency key made once per registration lets a retried click find
// the same one. A refusal is shown at the field the API names (IseFields).
'use strict';
(async () => {
  const { t, tNodes, enumLabel, $, el, fillSelect, addTexts, translatePage, personWithRole, graphql } = IseLive;
  addTexts({
    en: {
      registerHint: 'The firm is registered for its lead partner. Eligibility is checked as it is registered: fewer than 250 staff, turnover at most EUR 50m or balance sheet at most EUR 43m, in a programme region. Amounts in GBP are converted at the programme rate.',
      companyIdHint: 'Companies House number, SIREN, enterprise number or KvK number. Leave it empty for a firm without one: it becomes provisional, to be merged once the number is known.',
      registerButton: 'Register', registered: 'Registered: {0}', alreadyRegistered: 'Already registered: {0}',
    },
    fr: {
      registerHint: 'L’entreprise est inscrite pour son partenaire référent. L’éligibilité est vérifiée à l’inscription : moins de 250 salariés, chiffre d’affaires d’au plus 50 M EUR ou bilan d’au plus 43 M EUR, dans une région du programme. Les montants en GBP sont convertis au taux du programme.',
      companyIdHint: 'Numéro Companies House, SIREN, numéro d’entreprise ou numéro KvK. Laissez vide pour une entreprise qui n’en a pas : elle devient provisoire, à fusionner quand le numéro sera connu.',
      registerButton: 'Inscrire', registered: 'Inscrite : {0}', alreadyRegistered: 'Déjà inscrite : {0}',
    },
    nl: {
      registerHint: 'De onderneming wordt ingeschreven voor haar hoofdpartner. De geschiktheid wordt bij de inschrijving gecontroleerd: minder dan 250 werknemers, omzet hoogstens EUR 50 mln of balanstotaal hoogstens EUR 43 mln, in een programmaregio. Bedragen in GBP worden omgerekend tegen de programmakoers.',
      companyIdHint: 'Companies House-nummer, SIREN, ondernemingsnummer of KvK-nummer. Laat leeg voor een onderneming zonder nummer: ze wordt voorlopig en wordt samengevoegd zodra het nummer bekend is.',
      registerButton: 'Inschrijven', registered: 'Ingeschreven: {0}', alreadyRegistered: 'Al ingeschreven: {0}',
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
      IseFields.show(form, error);
    } finally {
      $('register').disabled = false;
    }
  });
})();
