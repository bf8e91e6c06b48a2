import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { directionOf, formatNumber, useLanguage, useLingui } from '@taskforce/web-ui';
import { Bar } from 'react-chartjs-2';
import type { BarChartModel } from './indicator-view';
import { applyThemeToCharts, themeColour } from './theme-colours';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

/** Colour-blind-safe palette (Okabe–Ito), one colour per series; its black is the text colour (light when dark). */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', 'text'];

/**
 * Writes "suppressed (< k)" where a suppressed bar would stand, so the gap is never read as zero; `rtl` draws the
 * text right to left (Arabic), from the same baseline.
 */
function suppressedLabelPlugin(label: string, rtl: boolean): Plugin<'bar'> {
  return {
    id: 'tfSuppressedLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const xScale = scales['x'];
      if (!xScale) return;
      const datasetCount = chart.data.datasets.length;
      ctx.save();
      ctx.font = '11px system-ui, sans-serif';
      ctx.fillStyle = themeColour('--tf-color-muted', '#556070');
      ctx.textAlign = 'left';
      ctx.direction = rtl ? 'rtl' : 'ltr';
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((dataset, datasetIndex) => {
        if (!chart.isDatasetVisible(datasetIndex)) return;
        dataset.data.forEach((value, index) => {
          if (value !== null) return;
          const centre = xScale.getPixelForValue(index);
          const band = (xScale.width / Math.max(1, chart.data.labels?.length ?? 1)) * 0.8;
          // Series run along the band in reading order: right to left when the axis is reversed.
          const slot = (band / datasetCount) * (datasetIndex + 0.5);
          const x = rtl ? centre + band / 2 - slot : centre - band / 2 + slot;
          if (!Number.isFinite(x)) return;
          ctx.save();
          ctx.translate(x, chartArea.bottom - 6);
          ctx.rotate(-Math.PI / 2);
          ctx.fillText(label, 0, 0);
          ctx.restore();
        });
      });
      ctx.restore();
    },
  };
}

/**
 * A bar chart of a protected table; suppressed cells are absent bars marked "suppressed (< k)" (or `suppressedText`,
 * e.g. UNODC's "<5"). `stacked` stacks the series (e.g. tiers by year); `yTitle` names the vertical axis (default
 * "Records" in the active language). When the page is right to left (Arabic) the chart mirrors: categories run from
 * the right, the value axis stands on the right, legend and tooltips read right to left. Figures use the locale's digits.
 */
export function IndicatorBarChart({
  model,
  k,
  description,
  suppressedText,
  yTitle,
  stacked = false,
  testId = 'indicators-chart',
}: {
  model: BarChartModel;
  k?: number;
  description: string;
  suppressedText?: string;
  yTitle?: string;
  stacked?: boolean;
  testId?: string;
}) {
  applyThemeToCharts();
  const { _ } = useLingui();
  const rtl = directionOf(useLanguage().language) === 'rtl';
  const suppressedLabel = suppressedText ?? _('indicators.chart.suppressed', { k: k ?? 11 });
  const data = {
    labels: model.categories,
    datasets: model.series.map((series, index) => ({
      label: series.name,
      data: series.values,
      backgroundColor: PALETTE[index % PALETTE.length] === 'text' ? themeColour('--tf-color-text', '#000000') : PALETTE[index % PALETTE.length],
    })),
  };
  return (
    <div className="tf-indicators__chart" data-testid={testId} data-direction={rtl ? 'rtl' : 'ltr'} data-bars={model.series.reduce((n, s) => n + s.values.filter((v) => v !== null).length, 0)}>
      <Bar
        data={data}
        role="img"
        aria-label={description}
        plugins={[suppressedLabelPlugin(suppressedLabel, rtl)]}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: {
            legend: { display: model.series.length > 1, position: 'bottom', rtl, textDirection: rtl ? 'rtl' : 'ltr' },
            tooltip: {
              rtl,
              textDirection: rtl ? 'rtl' : 'ltr',
              callbacks: {
                label: (item) =>
                  _('indicators.chart.tooltip', { series: item.dataset.label ?? '', value: item.raw === null ? suppressedLabel : formatNumber(Number(item.raw)) }),
              },
            },
          },
          scales: {
            x: { stacked, reverse: rtl },
            y: {
              stacked,
              beginAtZero: true,
              position: rtl ? 'right' : 'left',
              ticks: { precision: 0, callback: (value) => formatNumber(Number(value)) },
              title: { display: true, text: yTitle ?? _('indicators.records') },
            },
          },
        }}
      />
    </div>
  );
}
