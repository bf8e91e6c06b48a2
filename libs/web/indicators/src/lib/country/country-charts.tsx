import { Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip, type Plugin } from 'chart.js';
import { directionOf, formatNumber, useLanguage, useLingui } from '@taskforce/web-ui';
import { Line } from 'react-chartjs-2';
import type { TipTierYear } from './country.documents';
import { applyThemeToCharts, themeColour } from '../theme-colours';
import { tierLabel, tierOfRank, tierRank, TIER_ORDER, type ImpactChartModel } from './country-view';

ChartJS.register(LinearScale, PointElement, LineElement, Tooltip, Legend);

/** Okabe–Ito colours (colour-blind safe), as the indicators dashboard uses. */
const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73'];
const MARKER_COLOUR = '#CC79A7';

const yearTicks = { stepSize: 1, precision: 0, callback: (value: string | number) => (Number.isInteger(Number(value)) ? String(value) : '') };

/** True when the page reads right to left (Arabic): the charts then run their years from the right, values on the right. */
function useRightToLeft(): boolean {
  return directionOf(useLanguage().language) === 'rtl';
}

/**
 * The TIP tier history as a step chart: Tier 1 at the top, Tier 3 at the bottom; unrated years are gaps. Mirrored
 * when the page reads right to left.
 */
export function TierHistoryChart({ tiers, countryName }: { tiers: TipTierYear[]; countryName: string }) {
  applyThemeToCharts();
  const { _ } = useLingui();
  const rtl = useRightToLeft();
  const points = tiers.map((t) => ({ x: t.year, y: tierRank(t.tier) }));
  const description = _('indicators.country.tierChartDescription', { country: countryName, firstYear: tiers[0]?.year ?? '', lastYear: tiers[tiers.length - 1]?.year ?? '' });
  return (
    <div className="tf-country__chart tf-country__chart--tiers" data-testid="country-tier-chart" data-points={points.filter((p) => p.y !== null).length}>
      <Line
        role="img"
        aria-label={description}
        data={{ datasets: [{ label: _('indicators.country.tipTier'), data: points, stepped: 'before', borderColor: SERIES_COLOURS[0], backgroundColor: SERIES_COLOURS[0], spanGaps: false }] }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          parsing: false,
          plugins: {
            legend: { display: false },
            tooltip: {
              rtl,
              textDirection: rtl ? 'rtl' : 'ltr',
              callbacks: { label: (item) => _('indicators.chart.tooltip', { series: item.parsed.x, value: tierLabel(TIER_ORDER[(item.parsed.y ?? 0) - 1], _) }) },
            },
          },
          scales: {
            x: { type: 'linear', reverse: rtl, ticks: yearTicks, title: { display: true, text: _('indicators.country.tipReportYear') } },
            y: {
              type: 'linear',
              reverse: true,
              position: rtl ? 'right' : 'left',
              min: 0.5,
              max: 4.5,
              // One tick per tier (the default ticks would start at 0.5, between tiers).
              afterBuildTicks: (axis) => {
                axis.ticks = TIER_ORDER.map((_tier, index) => ({ value: index + 1 }));
              },
              ticks: { callback: (value) => tierOfRank(Number(value), _) },
            },
          },
        }}
      />
    </div>
  );
}

/**
 * Draws each law's entry into force as a dashed vertical line with its title, and "<5" where a suppressed GLOTIP
 * total would stand (so the gap is never read as zero). `rtl`: titles are written right to left (Arabic).
 */
function impactMarksPlugin(model: ImpactChartModel, rtl: boolean): Plugin<'line'> {
  return {
    id: 'tfImpactMarks',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales['x'];
      if (!x) return;
      ctx.save();
      ctx.font = '11px system-ui, sans-serif';
      model.markers.forEach((marker, index) => {
        const px = x.getPixelForValue(marker.x);
        if (!Number.isFinite(px) || px < chartArea.left - 1 || px > chartArea.right + 1) return;
        ctx.strokeStyle = MARKER_COLOUR;
        ctx.lineWidth = 2;
        ctx.setLineDash([6, 4]);
        ctx.beginPath();
        ctx.moveTo(px, chartArea.top);
        ctx.lineTo(px, chartArea.bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = themeColour('--tf-tone-accent-fg', '#4a2a97');
        ctx.textAlign = 'left';
        ctx.direction = rtl ? 'rtl' : 'ltr';
        // Rotated a quarter turn clockwise, a "bottom" baseline puts the glyphs to the right of the line.
        ctx.textBaseline = 'bottom';
        const room = chartArea.bottom - chartArea.top - 8;
        let text = marker.label;
        while (text.length > 1 && ctx.measureText(text).width > room) text = `${text.slice(0, -2)}…`;
        ctx.save();
        ctx.translate(px + 3, chartArea.top + 4 + (index % 3) * 2);
        ctx.rotate(Math.PI / 2);
        ctx.fillText(text, 0, 0);
        ctx.restore();
      });
      ctx.fillStyle = themeColour('--tf-color-muted', '#556070');
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      model.lines.forEach((line, lineIndex) => {
        for (const year of line.suppressedYears) {
          const px = x.getPixelForValue(year);
          if (!Number.isFinite(px)) continue;
          ctx.fillStyle = SERIES_COLOURS[lineIndex % SERIES_COLOURS.length];
          ctx.fillText('<5', px, chartArea.bottom - 2 - lineIndex * 12);
        }
      });
      ctx.restore();
    },
  };
}

/** The impact chart: GLOTIP totals by year (one line per indicator) with each national law's entry into force marked. */
export function ImpactChart({ model, description }: { model: ImpactChartModel; description: string }) {
  applyThemeToCharts();
  const { _ } = useLingui();
  const rtl = useRightToLeft();
  return (
    <div
      className="tf-country__chart"
      data-testid="country-impact-chart"
      data-law-markers={model.markers.length}
      data-points={model.lines.reduce((n, l) => n + l.points.filter((p) => p.y !== null).length, 0)}
    >
      <Line
        // react-chartjs-2 reads `plugins` only when it creates the chart: a new chart when the marks change.
        key={JSON.stringify([rtl, model.markers, model.lines.map((l) => l.suppressedYears)])}
        role="img"
        aria-label={description}
        plugins={[impactMarksPlugin(model, rtl)]}
        data={{
          datasets: model.lines.map((line, index) => ({
            label: line.label,
            data: line.points,
            borderColor: SERIES_COLOURS[index % SERIES_COLOURS.length],
            backgroundColor: SERIES_COLOURS[index % SERIES_COLOURS.length],
            spanGaps: false,
          })),
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          parsing: false,
          plugins: {
            legend: { display: true, position: 'bottom', rtl, textDirection: rtl ? 'rtl' : 'ltr' },
            tooltip: {
              rtl,
              textDirection: rtl ? 'rtl' : 'ltr',
              callbacks: {
                label: (item) => _('indicators.country.impactTooltip', { series: item.dataset.label ?? '', year: item.parsed.x, value: formatNumber(Number(item.parsed.y)) }),
              },
            },
          },
          scales: {
            x: { type: 'linear', reverse: rtl, min: model.min, max: model.max, ticks: yearTicks, title: { display: true, text: _('indicators.dimension.year') } },
            y: {
              beginAtZero: true,
              position: rtl ? 'right' : 'left',
              ticks: { precision: 0, callback: (value) => formatNumber(Number(value)) },
              title: { display: true, text: _('indicators.country.impactYTitle') },
            },
          },
        }}
      />
    </div>
  );
}
