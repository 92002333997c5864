/*
 * The layout's "working…" status: shown when a PrimeFaces ajax request has taken 300 ms, hidden when it completes
 * (a request that ends in a redirect keeps it until the next page); the same for a Faces (f:ajax) request. Pages
 * without PrimeFaces load no jQuery.
 */
(function () {
    'use strict';

    var DELAY = 300;
    var start = document.getElementById('ajax-status-start');
    if (!start) {
        return;
    }
    var timer = null;

    function show() {
        timer = null;
        start.hidden = false;
    }

    function hide() {
        if (timer) {
            clearTimeout(timer);
            timer = null;
        }
        start.hidden = true;
    }

    function begin() {
        if (!timer) {
            timer = setTimeout(show, DELAY);
        }
    }

    if (window.faces && faces.ajax) {
        faces.ajax.addOnEvent(function (data) {
            if (data.status === 'begin') {
                begin();
            } else if (data.status === 'success') {
                hide();
            }
        });
        faces.ajax.addOnError(hide);
    }
    if (!window.jQuery) {
        return;
    }
    jQuery(document)
        .on('pfAjaxStart', begin)
        .on('pfAjaxComplete', function (event, xhr, settings, args) {
            if (args && args.redirect) {
                return;
            }
            hide();
        });
}());
