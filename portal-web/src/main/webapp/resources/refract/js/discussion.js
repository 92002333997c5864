/* The case discussion, on the case page and the meeting-mode screen. A script file rather than inline script, so
   that the Content-Security-Policy needs no nonce for it.
   - Coming back to an idle tab (idle.js sends refract:active) refreshes the thread at once, once it is loaded.
   - ?tab=discussion (a notification's link) opens the case page's Discussion tab, loading it like a click. */
document.addEventListener('refract:active', function () {
    if (typeof window.refreshDiscussion === 'function') {
        window.refreshDiscussion();
    }
});
if (/[?&]tab=discussion(&|$)/.test(window.location.search)) {
    jQuery(function () {
        jQuery('#case-tabs a[href$="tab-discussion"]').trigger('click');
    });
}
