import { Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';
import { Line } from 'react-chartjs-2';

ChartJS.register(LinearScale, PointElement, LineElement, Tooltip, Legend);

/** Okabe–Ito blue, as the other indicator charts. */
const COLOUR = '#0072B2';

/** A line of the cumulative ratifications by year; the same figures are in the table beside it. */
export function RatificationsChart({ points, description }: { points: Array<{ x: number; y: number }>; description: string }) {
  return (
    <div className="tf-indicators__chart tf-public__chart" data-testid="palermo-chart" data-points={points.length}>
      <Line
        role="img"
        aria-label={description}
        data={{ datasets: [{ label: 'States that had ratified', data: points, borderColor: COLOUR, backgroundColor: COLOUR }] }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          parsing: false,
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: { label: (item) => `${item.parsed.x}: ${Number(item.parsed.y).toLocaleString('en-GB')} states` } },
          },
          scales: {
            x: { type: 'linear', ticks: { stepSize: 1, precision: 0, callback: (value) => (Number.isInteger(Number(value)) ? String(value) : '') }, title: { display: true, text: 'Year' } },
            y: { beginAtZero: true, title: { display: true, text: 'States that had ratified (cumulative)' } },
          },
        }}
      />
    </div>
  );
}
