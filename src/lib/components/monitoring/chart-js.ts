/**
 * Chart.js with only what the monitoring charts use (horizontal bars, stacked or not, with a legend and
 * tooltips). The chart components import this module dynamically, so only the monitoring page loads it.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { ChartData } from './chart-data';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** How a series is filled: besides its colour, a pattern tells the series apart. */
export type Fill = 'solid' | 'stripes' | 'dots';

export interface SeriesStyle {
	/** A colour token of app.css, e.g. `--tp-color-success`. */
	color: string;
	fill: Fill;
}

function cssToken(element: Element, name: string, fallback: string): string {
	return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

function patternFill(color: string, fill: Fill, paper: string): string | CanvasPattern {
	if (fill === 'solid') return color;
	const tile = document.createElement('canvas');
	tile.width = tile.height = 8;
	const ctx = tile.getContext('2d');
	if (!ctx) return color;
	ctx.fillStyle = color;
	ctx.fillRect(0, 0, 8, 8);
	ctx.fillStyle = paper;
	ctx.strokeStyle = paper;
	if (fill === 'stripes') {
		ctx.lineWidth = 1.5;
		ctx.beginPath();
		// A diagonal that continues across tiles: one line through the middle, two through the corners.
		for (const offset of [-8, 0, 8]) {
			ctx.moveTo(offset, 8);
			ctx.lineTo(offset + 8, 0);
		}
		ctx.stroke();
	} else {
		ctx.beginPath();
		ctx.arc(4, 4, 1.6, 0, Math.PI * 2);
		ctx.fill();
	}
	return ctx.createPattern(tile, 'repeat') ?? color;
}

export function drawChart(canvas: HTMLCanvasElement, data: ChartData, styles: Record<string, SeriesStyle>): Chart<'bar', (number | null)[], string[]> {
	const text = cssToken(canvas, '--tp-color-text', '#1a1a1a');
	const paper = cssToken(canvas, '--tp-color-bg', '#ffffff');
	const grid = cssToken(canvas, '--tp-color-border-subtle', '#d6d2cc');
	const font = { family: getComputedStyle(canvas).fontFamily, size: 13 };
	const stacked = data.datasets.length > 1;
	const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

	return new Chart(canvas, {
		type: 'bar',
		data: {
			labels: data.labels,
			datasets: data.datasets.map((d) => {
				const style = styles[d.key] ?? { color: '--tp-color-primary', fill: 'solid' };
				const color = cssToken(canvas, style.color, '#b3001b');
				return {
					label: d.label,
					data: d.data,
					backgroundColor: patternFill(color, style.fill, paper),
					borderColor: color,
					borderWidth: stacked ? 1 : 0,
					maxBarThickness: 28
				};
			})
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			animation: reduceMotion ? false : { duration: 400 },
			color: text,
			font,
			scales: {
				x: { stacked, beginAtZero: true, ticks: { precision: 0, color: text, font }, grid: { color: grid }, border: { color: text } },
				y: { stacked, ticks: { autoSkip: false, color: text, font }, grid: { display: false }, border: { color: text } }
			},
			plugins: {
				legend: { display: stacked, position: 'top', align: 'start', labels: { color: text, font, boxWidth: 24, boxHeight: 16 } },
				tooltip: { enabled: true }
			}
		}
	});
}
