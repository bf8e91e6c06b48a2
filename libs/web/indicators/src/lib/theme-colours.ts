import { Chart as ChartJS } from 'chart.js';

/**
 * A colour of the shell's palette — a CSS custom property on `:root` (libs/web/ui styles), light or dark as the system
 * asks — as the page shows it now; `fallback` outside a browser or when the property is not set.
 */
export function themeColour(property: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(property).trim() || fallback;
}

/**
 * Gives the charts drawn next the palette's text and rule colours (Chart.js draws on a canvas, which CSS does not
 * reach): axis labels, legends and grid lines stay readable in dark colours. Call before rendering a chart.
 */
export function applyThemeToCharts(): void {
  ChartJS.defaults.color = themeColour('--tf-color-muted', '#556070');
  ChartJS.defaults.borderColor = themeColour('--tf-color-border', '#d5dbe3');
}
