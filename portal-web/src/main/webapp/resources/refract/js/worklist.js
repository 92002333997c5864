/* Worklist: a click anywhere on a case row opens the case, as its pseudonym link does (the link stays the
   keyboard and screen-reader way in). Clicks on other links, buttons and inputs keep their own meaning. */
document.addEventListener('click', function (event) {
    var row = event.target.closest('.worklist tr.worklist-row');
    if (!row || event.target.closest('a, button, input, select, textarea, label')) {
        return;
    }
    var link = row.querySelector('a.case-link');
    if (link) {
        if (event.ctrlKey || event.metaKey) {
            window.open(link.href, '_blank');
        } else {
            window.location.href = link.href;
        }
    }
});
