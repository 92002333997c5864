/* The case discussion, on the case page's Discussion tab and the meeting-mode screen. A script file rather than
   inline script, so that the Content-Security-Policy needs no nonce for it.
   Coming back to an idle tab (idle.js sends refract:active) refreshes the thread at once. */
document.addEventListener('refract:active', function () {
    if (typeof window.refreshDiscussion === 'function') {
        window.refreshDiscussion();
    }
});
