/*
 * One idle rule for every page (the layout's p:idleMonitor calls this): after 15 minutes without a key press, click
 * or touch, every poll on the page stops, so that an unattended screen (a meeting-mode tab, a case left open) does
 * not keep its session alive for ever; the next use starts them again. Parts that need to catch up on return listen
 * to the "refract:active" event (the discussion re-reads its thread).
 */
window.RefractIdle = (function () {
    'use strict';

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

    return {
        idle: function () {
            polls('stop');
            document.dispatchEvent(new CustomEvent('refract:idle'));
        },
        active: function () {
            polls('start');
            document.dispatchEvent(new CustomEvent('refract:active'));
        }
    };
}());
