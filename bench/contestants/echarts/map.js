// ECharts map series on world-atlas 110m (converted from TopoJSON with topojson-client).
import { init, registerMap, use } from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { NO_STANCE, STANCE_COLORS } from '../shared.js';

use([MapChart, TooltipComponent]);

export function map(renderer) {
  return {
    mount(container, stances, { width, height }) {
      const countries = feature(world, world.objects.countries);
      registerMap('world', countries);
      const names = new Map(countries.features.map((f) => [f.id, f.properties.name]));
      const div = document.createElement('div');
      div.style.cssText = `width:${width}px;height:${height}px`;
      container.append(div);
      const chart = init(div, null, { renderer, width, height });
      chart.setOption({
        animation: false,
        tooltip: {},
        series: [
          {
            type: 'map',
            map: 'world',
            left: 0,
            right: 0,
            itemStyle: { areaColor: NO_STANCE, borderColor: '#fff', borderWidth: 0.5 },
            data: stances.map((s) => ({
              name: names.get(s.id),
              itemStyle: { areaColor: STANCE_COLORS[s.category] },
            })),
          },
        ],
      });
      return chart;
    },
  };
}
