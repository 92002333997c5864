/*
 * A date field's calendar button names its field. PrimeFaces gives every such button the name "Choose Date" and hides
 * the text "ui-button" inside it, so a form with three dates has three buttons of one name, and the text inside is not
 * part of the name (WCAG 2.5.3, label in name). Each button's name and hidden text become "Choose Date: <the field's
 * label>" ("Choose Date: Start", "Choose Date: End"; "Choose Date" alone beside a field labelled "Date") once the
 * widget starts, on a page's first load and after an ajax update. Pages without a date field leave PrimeFaces alone.
 */
(function () {
    'use strict';

    var widgets = window.PrimeFaces && PrimeFaces.widget;
    if (!widgets || !widgets.DatePicker) {
        return;
    }

    function fieldLabel(input) {
        if (!input || !input.id) {
            return '';
        }
        var label = document.querySelector('label[for="' + CSS.escape(input.id) + '"]');
        // a required field's label ends in PrimeFaces' "*" marker, which is not part of the field's name
        return label ? label.textContent.replace(/\*/g, '').replace(/\s+/g, ' ').trim() : '';
    }

    function nameButton(widget) {
        var button = widget.triggerButton;
        if (!button || !button.length) {
            return;
        }
        var field = fieldLabel(widget.jqEl && widget.jqEl.get(0));
        var base = button.attr('data-refract-name') || button.attr('aria-label') || '';
        if (!field || !base) {
            return;
        }
        // "Choose Date: Start"; a field whose label already says "date" keeps PrimeFaces' name alone
        var name = /date/i.test(field) ? base : base + ': ' + field;
        button.attr('data-refract-name', base).attr('aria-label', name);
        button.find('.ui-button-text').text(name);
    }

    var init = widgets.DatePicker.prototype.init;
    widgets.DatePicker.prototype.init = function () {
        var result = init.apply(this, arguments);
        nameButton(this);
        return result;
    };
}());
