/* Rule editor: after a structural edit (add, remove, move, change kind) the criteria are rendered again, so focus
   would fall back to the page. It goes to the first control of the row the edit names instead (the new criterion,
   the moved one, or the parent of a removed one), so keyboard users continue where they were. */
var Refract = window.Refract || {};
Refract.focusCriterion = function () {
    var panel = document.querySelector('.criteria-tree');
    var row = panel ? panel.getAttribute('data-focus-row') : null;
    if (row === null || row === '') {
        return;
    }
    var fieldset = panel.querySelector('fieldset[data-row="' + row + '"]');
    var target = fieldset && fieldset.querySelector('input[id$=":label"]');
    if (target) {
        target.focus();
        target.scrollIntoView({block: 'center'});
    }
};
window.Refract = Refract;
