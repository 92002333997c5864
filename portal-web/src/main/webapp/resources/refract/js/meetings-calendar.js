/* FullCalendar extender of the meetings page's month calendar (p:schedule). FullCalendar names each day cell by its
   date alone (aria-labelledby its day number, whose own name is the whole date), so a day with a meeting is named
   "10 December 2026" while it shows "10 14:00 Severe asthma MDT weekly meeting": the text shown is not part of the
   name (WCAG 2.5.3, label in name). Without that attribute the cell is named by what it holds, the whole date
   first, then each meeting's time and title. */
function refractMeetingsCalendar() {
    var options = this.cfg.options;
    var mounted = options.dayCellDidMount;
    options.dayCellDidMount = function (info) {
        info.el.removeAttribute('aria-labelledby');
        if (mounted) {
            mounted.apply(this, arguments);
        }
    };
}
