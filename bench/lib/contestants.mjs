// Who takes part, with which entry per task. `kind`: the floor(s), Dealboard,
// peers (chart libraries) and controls (shown for context, never a target).

/** Tasks with an entry module each: a bar chart, a timeline and a world choropleth. */
export const TASKS = ['bars', 'timeline', 'map'];

export const CONTESTANTS = [
  {
    id: 'floor',
    name: 'Plain SVG, no library (floor)',
    kind: 'floor',
    renderer: 'svg',
    entries: { bars: 'floor/bars.js', timeline: 'floor/timeline.js' },
    packages: [],
  },
  {
    id: 'd3-geo',
    name: 'd3-geo + topojson (map floor)',
    kind: 'floor',
    renderer: 'svg',
    entries: { map: 'floor/map.js' },
    packages: ['d3-geo', 'topojson-client', 'world-atlas'],
  },
  {
    id: 'dealboard',
    name: 'Dealboard',
    kind: 'dealboard',
    renderer: 'svg',
    input: 'dataset',
    entries: {
      bars: 'dealboard/bars.js',
      timeline: 'dealboard/timeline.js',
      map: 'dealboard/map.js',
    },
    // What a user imports: the element's own entry, bundled with its dependencies.
    userEntries: {
      bars: '@dealboard/widgets/deal-value-chart.js',
      timeline: '@dealboard/widgets/delivery-tracker.js',
      map: '@dealboard/widgets/country-stance-map.js',
    },
    packages: ['@dealboard/widgets', 'lit', 'd3-geo', 'topojson-client'],
  },
  {
    id: 'chartjs',
    name: 'Chart.js (canvas)',
    kind: 'peer',
    renderer: 'canvas',
    entries: { bars: 'chartjs/bars.js', timeline: 'chartjs/timeline.js', map: 'chartjs/map.js' },
    packages: ['chart.js', 'chartjs-chart-geo'],
  },
  {
    id: 'echarts-svg',
    name: 'ECharts (SVG)',
    kind: 'peer',
    renderer: 'svg',
    entries: {
      bars: 'echarts/svg-bars.js',
      timeline: 'echarts/svg-timeline.js',
      map: 'echarts/svg-map.js',
    },
    packages: ['echarts', 'zrender'],
  },
  {
    id: 'echarts-canvas',
    name: 'ECharts (canvas)',
    kind: 'peer',
    renderer: 'canvas',
    entries: {
      bars: 'echarts/canvas-bars.js',
      timeline: 'echarts/canvas-timeline.js',
      map: 'echarts/canvas-map.js',
    },
    packages: ['echarts', 'zrender'],
  },
  {
    id: 'highcharts',
    name: 'Highcharts (SVG)',
    kind: 'peer',
    renderer: 'svg',
    entries: {
      bars: 'highcharts/bars.js',
      timeline: 'highcharts/timeline.js',
      map: 'highcharts/map.js',
    },
    packages: ['highcharts'],
  },
  {
    id: 'plot',
    name: 'Observable Plot (SVG)',
    kind: 'peer',
    renderer: 'svg',
    entries: { bars: 'plot/bars.js', timeline: 'plot/timeline.js', map: 'plot/map.js' },
    packages: ['@observablehq/plot', 'd3'],
  },
  {
    id: 'vega-lite',
    name: 'Vega-Lite + Vega (SVG)',
    kind: 'peer',
    renderer: 'svg',
    entries: {
      bars: 'vega-lite/bars.js',
      timeline: 'vega-lite/timeline.js',
      map: 'vega-lite/map.js',
    },
    packages: ['vega-lite', 'vega'],
  },
  {
    // What Lit and Intl alone cost: the floor's chart as a bare Lit element (see the entry).
    id: 'lit-intl',
    name: 'Floor’s chart as a bare Lit element, axis via Intl (control)',
    kind: 'control',
    renderer: 'svg',
    entries: { bars: 'controls/lit-bars.js' },
    packages: ['lit'],
  },
  {
    id: 'd3-geo-dealboard-outlines',
    name: 'd3-geo on Dealboard’s projected outlines (control)',
    kind: 'control',
    renderer: 'svg',
    entries: { map: 'floor/map-dealboard-outlines.js' },
    packages: [],
  },
];
