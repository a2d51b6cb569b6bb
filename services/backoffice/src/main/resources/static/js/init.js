// GOV.UK Frontend's components (error summary focus, skip link, service navigation...).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
initAll();
