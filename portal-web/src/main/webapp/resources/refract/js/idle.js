/*
 * One idle rule for every page of a logged-in user: after 15 minutes without a key press, click, touch, wheel or mouse
 * movement, every poll on the page stops, so that an unattended screen (a meeting-mode tab, a case left open) does
 * not keep its session alive for ever; the next use starts them again. Parts that need to catch up on return listen
 * to the "refract:active" event (the discussion re-reads its thread). This watches the page itself (it was
 * p:idleMonitor, which needed PrimeFaces' scripts on every page: issue 16).
 */
window.RefractIdle = (function () {
    'use strict';

    var TIMEOUT = 15 * 60 * 1000;
    var USE = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart', 'touchmove', 'pointerdown'];
    var lastUse = Date.now();
    var isIdle = false;
    var timer = null;

    function polls(action) {
        if (!window.PrimeFaces || !PrimeFaces.widgets || !PrimeFaces.widget.Poll) {
            return;
        }
        Object.keys(PrimeFaces.widgets).forEach(function (name) {
            var widget = PrimeFaces.widgets[name];
            if (widget instanceof PrimeFaces.widget.Poll) {
                widget[action]();
            }
        });
    }

    function idle() {
        isIdle = true;
        polls('stop');
        document.dispatchEvent(new CustomEvent('refract:idle'));
    }

    function active() {
        isIdle = false;
        polls('start');
        document.dispatchEvent(new CustomEvent('refract:active'));
    }

    // One timer, moved on only when it fires: a mouse movement costs a time stamp, not a new timer.
    function wait(ms) {
        clearTimeout(timer);
        timer = setTimeout(check, ms);
    }

    function check() {
        var left = lastUse + TIMEOUT - Date.now();
        if (left > 0) {
            wait(left);
        } else if (!isIdle) {
            idle();
        }
    }

    function used() {
        lastUse = Date.now();
        if (isIdle) {
            active();
            wait(TIMEOUT);
        }
    }

    USE.forEach(function (type) {
        document.addEventListener(type, used, {capture: true, passive: true});
    });
    wait(TIMEOUT);

    return {
        idle: idle,
        active: active
    };
}());
