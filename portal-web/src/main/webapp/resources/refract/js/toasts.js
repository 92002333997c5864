/*
 * A toast that comes with the page (a message kept over a redirect) is in the live region from the start, and screen
 * readers announce only what changes in one: put its text in again once the page has loaded. A toast that an ajax
 * update brings is announced without this.
 */
(function () {
    'use strict';

    function announce() {
        var list = document.getElementById('growl');
        if (!list || !list.firstElementChild) {
            return;
        }
        var toasts = Array.prototype.slice.call(list.children);
        toasts.forEach(function (toast) {
            list.removeChild(toast);
        });
        setTimeout(function () {
            toasts.forEach(function (toast) {
                list.appendChild(toast);
            });
        }, 100);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', announce);
    } else {
        announce();
    }
}());
