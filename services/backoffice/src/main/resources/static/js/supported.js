// GOV.UK Frontend styles its JavaScript-enhanced components only when this class is present.
document.body ? document.body.classList.add('govuk-frontend-supported')
  : document.addEventListener('DOMContentLoaded', () => document.body.classList.add('govuk-frontend-supported'));
