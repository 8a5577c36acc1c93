// The JS half of the ApexChart component: draws a chart into its element once, then updates its series in place.
// ApexCharts itself (window.ApexCharts) is loaded by App.razor from wwwroot/lib, installed from npm by the build.

function options(spec) {
    return {
        chart: {
            type: spec.kind,
            height: 280,
            stacked: spec.kind === 'bar',
            background: 'transparent',
            foreColor: '#c9d1d9',
            toolbar: { show: false },
            animations: { enabled: false },
            zoom: { enabled: false },
        },
        theme: { mode: 'dark' },
        series: spec.series,
        xaxis: { type: spec.datetime ? 'datetime' : 'category', categories: spec.categories, labels: { datetimeUTC: true } },
        yaxis: { labels: { formatter: (v) => v === null || v === undefined ? '' : Number(v).toLocaleString('en-US', { maximumFractionDigits: 2 }) } },
        dataLabels: { enabled: false },
        stroke: { width: spec.kind === 'line' ? 2 : 0, curve: 'straight' },
        legend: { position: 'bottom' },
        tooltip: { theme: 'dark', x: { format: 'yyyy-MM-dd' } },
        noData: { text: 'No data yet' },
    };
}

export function render(element, spec) {
    destroy(element);
    const chart = new window.ApexCharts(element, options(spec));
    element._ecoChart = chart;
    return chart.render();
}

export function update(element, spec) {
    const chart = element._ecoChart;
    if (!chart) {
        return render(element, spec);
    }
    return chart.updateOptions({ xaxis: { type: spec.datetime ? 'datetime' : 'category', categories: spec.categories }, series: spec.series }, false, false);
}

export function destroy(element) {
    if (element && element._ecoChart) {
        element._ecoChart.destroy();
        element._ecoChart = null;
    }
}
