/*
 * The header's notification bell stays current without a reload: it asks /notifications/unread every 30 seconds
 * while the page is visible (and at once when the page becomes visible again), then sets the count, the spoken
 * label and the highlight. It stops when the answer is not the count (the session ended: the next page will ask
 * for a login anyway), and it does not ask while nobody has used the page for 15 minutes, so that an open but
 * forgotten tab lets the 30-minute session expire as it should.
 */
(function () {
    'use strict';
    var INTERVAL = 30000;
    var IDLE = 15 * 60000;
    var timer = null;
    var lastUse = Date.now();

    ['keydown', 'mousedown', 'touchstart', 'wheel'].forEach(function (type) {
        document.addEventListener(type, function () { lastUse = Date.now(); }, {passive: true, capture: true});
    });

    function bell() {
        return document.getElementById('notifications-bell');
    }

    function show(answer) {
        var link = bell();
        if (!link) {
            return;
        }
        var count = document.getElementById('notifications-count');
        link.title = answer.label;
        link.setAttribute('aria-label', answer.label);
        link.classList.toggle('bell-unread', answer.unread > 0);
        if (count) {
            count.textContent = answer.unread > 99 ? '99+' : String(answer.unread);
            count.classList.toggle('bell-count-none', answer.unread === 0);
        }
    }

    function stop() {
        if (timer) {
            clearInterval(timer);
            timer = null;
        }
    }

    function poll() {
        if (Date.now() - lastUse < IDLE) {
            refresh();
        }
    }

    function refresh() {
        var link = bell();
        if (!link || document.visibilityState === 'hidden') {
            return Promise.resolve();
        }
        return fetch(link.getAttribute('data-unread-url'), {credentials: 'same-origin', redirect: 'error',
                headers: {'Accept': 'application/json'}})
            .then(function (response) {
                var json = response.ok && (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
                if (!json) {
                    stop();
                    return;
                }
                return response.json().then(show);
            })
            .catch(stop);
    }

    function start() {
        if (!bell() || timer) {
            return;
        }
        timer = setInterval(poll, INTERVAL);
        document.addEventListener('visibilitychange', function () {
            if (document.visibilityState === 'visible' && timer) {
                poll();
            }
        });
    }

    window.RefractBell = {refresh: refresh};
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
