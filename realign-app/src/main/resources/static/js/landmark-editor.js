// The landmark editor on an assessment page: drag a point (or move it with the arrow keys) and the
// measurements and findings are recomputed by the server; "Save landmarks" stores the corrected views.
// A point moved by hand becomes a manual point: the model's confidence no longer applies to it.
// The lines and angles of the measurements follow the points as they move; the values on them are
// the server's, as in the table.

import { drawAll } from './measurement-drawing.js';

const root = document.querySelector('[data-landmark-editor]');
if (root) {
	const csrfHeader = document.querySelector('meta[name="_csrf_header"]')?.content;
	const csrfToken = document.querySelector('meta[name="_csrf"]')?.content;
	const status = document.getElementById('editor-status');
	const saveButton = document.getElementById('save-landmarks');
	const views = new Map();
	const changed = new Set();
	let pending = null;
	// Re-measuring clears only its own error message, never another message such as "Saved.".
	let measureError = false;

	// Each photo carries its landmark file in a data attribute (decoded by the HTML parser, unlike the
	// text of a script element).
	document.querySelectorAll('figure[data-view][data-landmarks]').forEach((figure) => {
		views.set(figure.dataset.view, JSON.parse(figure.dataset.landmarks).views[0]);
	});

	// What each photo draws (data-drawings) and which drawings the practitioner switched on.
	const drawings = new Map();
	document.querySelectorAll('figure[data-view][data-drawings]').forEach((figure) => {
		drawings.set(figure.dataset.view, JSON.parse(figure.dataset.drawings));
	});
	const toggle = (view, id) => document.querySelector(`input[data-draw-view="${view}"][data-draw-measurement="${id}"]`);
	const shown = (d) => {
		const box = toggle(d.view, d.id);
		return box ? box.checked : d.shown;
	};
	const redraw = (view) => {
		const svg = document.querySelector(`#photo-${view} svg.overlay`);
		if (svg && drawings.has(view)) {
			drawAll(svg, views.get(view), drawings.get(view), shown);
		}
	};
	const redrawAll = () => [...views.keys()].forEach(redraw);
	document.querySelectorAll('input[data-draw-view]').forEach((box) => {
		box.addEventListener('change', () => redraw(box.dataset.drawView));
	});
	document.querySelectorAll('figure[data-view] img').forEach((img) => img.addEventListener('load', redrawAll));
	window.addEventListener('resize', redrawAll);
	redrawAll();

	const headers = () => {
		const h = { 'Content-Type': 'application/json' };
		if (csrfHeader && csrfToken) {
			h[csrfHeader] = csrfToken;
		}
		return h;
	};

	const landmarkOf = (view, id) => views.get(view).landmarks.find((l) => l.id === id);

	const move = (circle, view, x, y) => {
		const file = views.get(view);
		const clampedX = Math.min(Math.max(x, 0), file.image.width);
		const clampedY = Math.min(Math.max(y, 0), file.image.height);
		circle.setAttribute('cx', clampedX.toFixed(1));
		circle.setAttribute('cy', clampedY.toFixed(1));
		const landmark = landmarkOf(view, circle.dataset.id);
		landmark.x = Math.round(clampedX * 10) / 10;
		landmark.y = Math.round(clampedY * 10) / 10;
		landmark.source = 'manual';
		delete landmark.confidence;
		delete landmark.visibility;
		delete landmark.presence;
		changed.add(view);
		redraw(view);
		saveButton.disabled = false;
		clearTimeout(pending);
		pending = setTimeout(remeasure, 150);
	};

	const remeasure = async () => {
		const response = await fetch('/api/measure', {
			method: 'POST',
			headers: headers(),
			body: JSON.stringify({ views: [...views.values()] }),
		});
		const report = await response.json();
		if (!response.ok) {
			status.textContent = report.error;
			measureError = true;
			return;
		}
		for (const m of report.measurements) {
			const cell = document.querySelector(`tr[data-id="${m.id}"][data-view="${m.view}"] td.value`);
			if (cell && m.status === 'measured') {
				cell.textContent = `${m.value.toFixed(1)} ${m.unit}`;
			}
			const drawing = (drawings.get(m.view) || []).find((d) => d.id === m.id);
			if (drawing && m.status === 'measured') {
				drawing.value = m.value;
			}
		}
		redrawAll();
		const findings = document.getElementById('findings');
		const names = JSON.parse(findings.dataset.names || '{}');
		findings.replaceChildren(...report.findings.map((f) => {
			const item = document.createElement('li');
			item.textContent = [names[f.id] || f.id, f.severity, f.side].filter(Boolean).join(' · ');
			return item;
		}));
		if (measureError) {
			status.textContent = '';
			measureError = false;
		}
	};

	document.querySelectorAll('figure[data-view] svg.overlay').forEach((svg) => {
		const view = svg.closest('figure').dataset.view;
		const toImage = (event) => {
			const point = svg.createSVGPoint();
			point.x = event.clientX;
			point.y = event.clientY;
			return point.matrixTransform(svg.getScreenCTM().inverse());
		};
		svg.querySelectorAll('circle.landmark').forEach((circle) => {
			circle.addEventListener('pointerdown', (event) => {
				circle.setPointerCapture(event.pointerId);
				circle.classList.add('dragging');
			});
			circle.addEventListener('pointermove', (event) => {
				if (circle.hasPointerCapture(event.pointerId)) {
					const p = toImage(event);
					move(circle, view, p.x, p.y);
				}
			});
			circle.addEventListener('pointerup', () => circle.classList.remove('dragging'));
			circle.addEventListener('keydown', (event) => {
				const step = event.shiftKey ? 10 : 1;
				const delta = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[event.key];
				if (delta) {
					event.preventDefault();
					move(circle, view, Number(circle.getAttribute('cx')) + delta[0], Number(circle.getAttribute('cy')) + delta[1]);
				}
			});
		});
	});

	saveButton.addEventListener('click', async () => {
		for (const view of [...changed]) {
			const response = await fetch(`/api/clients/${root.dataset.client}/assessments/${root.dataset.assessment}/views/${view}/landmarks`, {
				method: 'PUT',
				headers: headers(),
				body: JSON.stringify({ views: [views.get(view)] }),
			});
			if (!response.ok) {
				status.textContent = (await response.json()).error;
				return;
			}
			changed.delete(view);
		}
		saveButton.disabled = true;
		status.textContent = saveButton.dataset.saved || 'Saved.';
	});
}
