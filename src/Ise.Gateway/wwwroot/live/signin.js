// The sign-in page (/signin?returnUrl=/live/event.html%3Fid%3D…): posts the email and password to
// /auth/signin, which sets the session cookie, then goes back to the page that sent the person here.
// Only a local path is followed back (never another site); without one, the person's own starting page
// (door staff their event, everyone else the home page).
'use strict';
(() => {
  const { t, $, translatePage, csrf, params } = IseLive;
  translatePage();
  document.title = 'ISE · ' + t('signInTitle');

  function localReturnUrl() {
    const asked = params.get('returnUrl') ?? '';
    return /^\/(?![/\\])/.test(asked) ? asked : null;
  }

  function startPage(person) {
    return person.role === 'DoorStaff' && person.scope ? '/live/event.html?id=' + encodeURIComponent(person.scope) : '/';
  }

  $('signin-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    $('signin-problem').textContent = '';
    $('signin').disabled = true;
    try {
      const response = await fetch('/auth/signin', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...csrf },
        body: JSON.stringify({ email: $('email').value, password: $('password').value }),
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        $('signin-problem').textContent = body.code && t(body.code) !== body.code ? t(body.code) : t('signInError') + (body.detail ?? response.status);
        $('password').value = '';
        return;
      }
      location.assign(localReturnUrl() ?? startPage(body));
    } finally {
      $('signin').disabled = false;
    }
  });
})();
