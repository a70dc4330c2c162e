// Field-level messages of a form: a refusal from the API (extensions.field, or every entry of
// extensions.problems) is shown under the control that holds that input, the control marked invalid and
// described by the message, and the first one focused. Controls name the API fields they hold with
// data-field (several names separated by spaces); `input.` in front of a field is ignored, and a path
// (`turnover.amount`) is matched whole first, then by its first part. A value the API could not even read
// (GraphQL's "Variable '$input.staffCount' is invalid…", no field) is shown at the control of that path. A
// refusal that names no control is shown in the form's own message (#{form id}-problem). A page may tell each
// problem in its language (`localize`); a problem it does not know keeps the API's words. Messages are set as text.
'use strict';

const IseFields = (() => {
  const { el } = IseLive;

  const fieldsOf = (control) => (control.dataset.field ?? '').split(/\s+/).filter(Boolean);

  // Every control of the form gets an empty message element after it, which describes it for assistive technology.
  function prepare(form) {
    for (const control of form.querySelectorAll('[data-field]')) {
      const message = el('span', { id: control.id + '-error', class: 'field-error', 'aria-live': 'polite' });
      control.after(message);
      control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), message.id].filter(Boolean).join(' '));
    }
  }

  function clear(form) {
    for (const control of form.querySelectorAll('[data-field]')) {
      control.removeAttribute('aria-invalid');
      document.getElementById(control.id + '-error').textContent = '';
    }
    document.getElementById(form.id + '-problem').textContent = '';
  }

  function controlFor(form, field) {
    const path = String(field ?? '').replace(/^input\./, '');
    const controls = [...form.querySelectorAll('[data-field]')];
    return controls.find((c) => fieldsOf(c).includes(path)) ?? controls.find((c) => fieldsOf(c).includes(path.split(/[.[]/)[0]));
  }

  // The input path GraphQL names when it could not read a variable's value (wrong type, out of Int's range).
  const unreadable = (message) => /^Variable '\$[A-Za-z_]\w*\.([\w.]+)' is invalid/.exec(String(message))?.[1];

  // Every problem of an error thrown by IseLive.graphql, each with the field it is about and whether GraphQL could
  // not read the value (`unreadable`), else the API's check refused it.
  const problemsOf = (error) => (error.problems?.length ? error.problems : [{ field: error.field, message: error.message }])
    .map((problem) => (problem.field || !unreadable(problem.message) ? problem : { ...problem, field: unreadable(problem.message), unreadable: true }));

  // Shows an error thrown by IseLive.graphql, each problem in the words `localize(problem)` gives (with the error's
  // code), else the API's; returns the control it was shown at, if any.
  function show(form, error, localize = () => null) {
    let first = null;
    for (const problem of problemsOf(error)) {
      const message = localize({ ...problem, code: error.code }) ?? problem.message;
      const control = controlFor(form, problem.field);
      if (!control) {
        document.getElementById(form.id + '-problem').textContent = (error.code ? error.code + ': ' : '') + message;
        continue;
      }
      control.setAttribute('aria-invalid', 'true');
      document.getElementById(control.id + '-error').textContent = message;
      first ??= control;
    }
    first?.focus();
    return first;
  }

  return { prepare, clear, show };
})();
