/*
 * The case header's workflow steps (StatusButtons): a step's button asks first, in the header's dialog, with the
 * button's own title and message; "Confirm" submits the status form with that button (its name and value say which
 * step), "Cancel" or Escape closes the dialog and puts the focus back on the button. The header is replaced by ajax
 * updates of the case tabs, so the clicks are handled on the document and the dialog is looked up each time.
 */
(function () {
    'use strict';

    // The page's script nonce, which a post must send back as PrimeFaces' CSP mode asks of every Faces form (on the
    // pages without PrimeFaces' scripts nothing else adds it): the answer's scripts carry it again.
    var NONCE_INPUT = 'primefaces.nonce';
    var nonce = document.currentScript ? document.currentScript.nonce : '';
    var chosen = null;

    function dialog() {
        return document.getElementById('status-confirm');
    }

    function ask(button) {
        var box = dialog();
        if (!box || typeof box.showModal !== 'function') {
            return false;
        }
        chosen = button;
        document.getElementById('status-confirm-title').textContent = button.getAttribute('data-confirm-title');
        document.getElementById('status-confirm-message').textContent = button.getAttribute('data-confirm-message');
        box.showModal();
        document.getElementById('status-confirm-yes').focus();
        return true;
    }

    function confirmStep() {
        var button = chosen;
        var box = dialog();
        chosen = null;
        if (box) {
            box.close();
        }
        if (!button || !button.form) {
            return;
        }
        button.form.querySelectorAll('button.status-action').forEach(function (step) {
            step.setAttribute('aria-disabled', 'true');
            step.classList.add('ui-state-disabled');
        });
        var input = button.form.elements[NONCE_INPUT];
        if (!input) {
            input = document.createElement('input');
            input.type = 'hidden';
            input.name = NONCE_INPUT;
            button.form.appendChild(input);
        }
        if (nonce) {
            input.value = nonce;
        }
        button.form.requestSubmit(button);
    }

    function cancel() {
        var button = chosen;
        var box = dialog();
        chosen = null;
        if (box && box.open) {
            box.close();
        }
        if (button && document.body.contains(button)) {
            button.focus();
        }
    }

    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        if (!target) {
            return;
        }
        var step = target.closest('button.status-action[data-confirm-message]');
        if (step) {
            if (step.getAttribute('aria-disabled') === 'true' || ask(step)) {
                event.preventDefault();
            }
            return;
        }
        if (target.closest('#status-confirm-yes')) {
            confirmStep();
        } else if (target.closest('#status-confirm-no')) {
            cancel();
        }
    });

    // Escape closes a modal dialog by itself ("cancel"); the focus then goes back to the step's button
    document.addEventListener('cancel', function (event) {
        if (event.target === dialog()) {
            event.preventDefault();
            cancel();
        }
    }, true);
}());
