// Progressive enhancement only: every page works without it. GOV.UK Frontend's components (tabs,
// error summaries, the header's menu) are started here, as an external module, so that the
// Content Security Policy needs no inline script.
import { initAll } from '/assets/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
