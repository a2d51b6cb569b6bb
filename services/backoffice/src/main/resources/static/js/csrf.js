// Every htmx request carries the session's CSRF token, as every form does.
document.addEventListener('htmx:configRequest', (event) => {
  const header = document.querySelector('meta[name="csrf-header"]').content;
  event.detail.headers[header] = document.querySelector('meta[name="csrf-token"]').content;
});
