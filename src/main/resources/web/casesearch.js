// Progressive enhancement only: every page works without it. GOV.UK Frontend's components (tabs,
// error summaries, the header's menu) and MOJ Frontend's (the search's filter toggle, sortable
// tables) are started here, as an external module, so that the Content Security Policy needs no
// inline script.
import { initAll } from '/assets/govuk-frontend.min.js'
import { FilterToggleButton, SortableTable } from '/assets/moj-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// The search's filter panel: shown beside the results on a wide screen (where its "Hide filter"
// button gives the results the width), behind a "Show filter" button on a narrow one. MOJ
// Frontend's initAll does not start it, and by default it starts hidden on every screen.
for (const $filter of document.querySelectorAll('[data-module="moj-filter"]')) {
  new FilterToggleButton($filter, { startHidden: false })
}

// Tables whose headers sort their rows in the browser. Without JavaScript they are ordinary tables
// in the order the server sent, which their captions say; once sorted by a column, that no longer
// holds, so the words go.
for (const $table of document.querySelectorAll('[data-module="moj-sortable-table"]')) {
  new SortableTable($table)
  $table.querySelector('thead')?.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('button')) return
    for (const $note of $table.querySelectorAll('.app-server-order')) $note.remove()
  })
}
