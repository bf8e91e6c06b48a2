import { Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';
import { directionOf, formatNumber, useLanguage, useLingui } from '@taskforce/web-ui';
import { Line } from 'react-chartjs-2';
import { applyThemeToCharts } from '../theme-colours';

ChartJS.register(LinearScale, PointElement, LineElement, Tooltip, Legend);

/** Okabe–Ito blue, as the other indicator charts. */
const COLOUR = '#0072B2';

/**
 * A line of the cumulative ratifications by year; the same figures are in the table beside it. Right to left
 * (Arabic), the years run from the right and the value axis stands on the right.
 */
export function RatificationsChart({ points, description }: { points: Array<{ x: number; y: number }>; description: string }) {
  applyThemeToCharts();
  const { _ } = useLingui();
  const rtl = directionOf(useLanguage().language) === 'rtl';
  return (
    <div className="tf-indicators__chart tf-public__chart" data-testid="palermo-chart" data-points={points.length}>
      <Line
        role="img"
        aria-label={description}
        data={{ datasets: [{ label: _('indicators.palermo.series'), data: points, borderColor: COLOUR, backgroundColor: COLOUR }] }}
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
              callbacks: { label: (item) => _('indicators.palermo.tooltip', { year: item.parsed.x, count: Number(item.parsed.y), states: formatNumber(Number(item.parsed.y)) }) },
            },
          },
          scales: {
            x: {
              type: 'linear',
              reverse: rtl,
              ticks: { stepSize: 1, precision: 0, callback: (value) => (Number.isInteger(Number(value)) ? String(value) : '') },
              title: { display: true, text: _('indicators.dimension.year') },
            },
            y: {
              beginAtZero: true,
              position: rtl ? 'right' : 'left',
              ticks: { callback: (value) => formatNumber(Number(value)) },
              title: { display: true, text: _('indicators.palermo.yTitle') },
            },
          },
        }}
      />
    </div>
  );
}
