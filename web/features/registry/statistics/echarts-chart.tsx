/**
 * 图表 — one ECharts chart in a box that follows its container's size. Only the chart types and components the
 * dashboard draws are registered (tree-shaken from echarts/core); the module arrives with the statistics tab.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { ChartOption } from './chart-options';

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function EChart({ option, style, testId }: { option: ChartOption; style?: CSSProperties; testId?: string }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  // Browser journeys wait for the first frame drawn with data; a canvas has nothing else to look for.
  const [isDrawn, setDrawn] = useState(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const chart = init(container, undefined, { renderer: 'canvas' });
    chart.on('finished', () => setDrawn(true));
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a chart with fewer bars than before must not keep the old ones.
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={containerRef} style={{ width: '100%', height: 280, ...style }} data-testid={testId} data-chart-state={isDrawn ? 'ready' : 'loading'} />;
}
