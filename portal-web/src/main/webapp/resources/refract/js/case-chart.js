/* Chart.js extender of the case page's measurement charts (built by ChartModelBuilder).
   The x axis holds epoch days, because PrimeFaces ships Chart.js without a date adapter: ticks and tooltips show
   them as YYYY-MM-DD. For value sets and test results, the y positions show as their labels (MGFA class, Negative).
   Treatment bands are background: no tooltip, and a flat legend box. Clinical events are triangles along the top,
   their tooltip naming the event. */
function refractCaseChart() {
    var config = this.cfg.config;
    var meta = config.refract || {};
    delete config.refract;
    var yLabels = meta.yLabels || {};
    var coded = Object.keys(yLabels).length > 0;

    function isoDate(epochDay) {
        return new Date(Math.round(epochDay) * 86400000).toISOString().substring(0, 10);
    }

    function yText(value) {
        if (!coded) {
            return value;
        }
        var label = yLabels[String(value)];
        return label === undefined ? '' : label;
    }

    var scales = config.options.scales;
    scales.x.ticks = Object.assign({}, scales.x.ticks, {
        maxTicksLimit: 6,
        callback: function (value) { return isoDate(value); }
    });
    if (coded) {
        scales.y.ticks = Object.assign({}, scales.y.ticks, { stepSize: 1, callback: yText });
    }
    config.options.plugins.tooltip = {
        filter: function (item) { return !item.dataset.refractBand; },
        callbacks: {
            title: function (items) { return items.length ? isoDate(items[0].parsed.x) : ''; },
            label: function (item) {
                if (item.dataset.refractEvents) {
                    return item.raw.event;
                }
                return item.dataset.label + ': ' + yText(item.parsed.y);
            }
        }
    };
    config.options.plugins.legend.labels = Object.assign({}, config.options.plugins.legend.labels, {
        boxWidth: 14,
        color: '#1f2933'
    });
    scales.x.ticks.color = '#52606d';
    scales.y.ticks = Object.assign({}, scales.y.ticks, { color: '#52606d' });
}
