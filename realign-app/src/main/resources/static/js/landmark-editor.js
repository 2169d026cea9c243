// The landmark editor on an assessment page: drag a point (or move it with the arrow keys) and the
// measurements and findings are recomputed by the server; "Save landmarks" stores the corrected views.
// A point moved by hand becomes a manual point: the model's confidence no longer applies to it.
// The lines and angles of the measurements follow the points as they move; the values on them are
// the server's, as in the table.
// Each photo can be zoomed (1x to 4x) and panned, and points can be added (a manual point in the
// middle of the visible part of the photo) or removed; the table of measurements, the list of what
// could not be measured and the findings follow. All positions are in the photo's own pixels: the
// pointer goes through the overlay's screen transform, so a drag is right at any zoom.
// Skin markers the server found and named are points like any other (source "marker"): moving or
// confirming one makes it marked. Markers it could not name are drawn apart (data-unassigned): the
// practitioner selects one and names it as the landmark chosen in the add list, or removes it; what is
// left unnamed is saved with the view.

import { drawAll } from './measurement-drawing.js';

const SVG = 'http://www.w3.org/2000/svg';
const ZOOMS = [1, 1.5, 2, 3, 4];

const root = document.querySelector('[data-landmark-editor]');
if (root) {
	const csrfHeader = document.querySelector('meta[name="_csrf_header"]')?.content;
	const csrfToken = document.querySelector('meta[name="_csrf"]')?.content;
	const status = document.getElementById('editor-status');
	const announcer = document.getElementById('editor-announce');
	const saveButton = document.getElementById('save-landmarks');
	const views = new Map();
	const changed = new Set();
	let pending = null;
	// Re-measuring clears only its own error message, never another message such as "Saved.".
	let measureError = false;
	const fill = (template, value) => (template || '{0}').replace('{0}', value);
	const announce = (text) => {
		if (announcer) {
			announcer.textContent = text;
		}
	};

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

	const edited = (view) => {
		changed.add(view);
		redraw(view);
		saveButton.disabled = false;
	};

	const move = (circle, view, x, y) => {
		const file = views.get(view);
		const clampedX = Math.min(Math.max(x, 0), file.image.width);
		const clampedY = Math.min(Math.max(y, 0), file.image.height);
		circle.setAttribute('cx', clampedX.toFixed(1));
		circle.setAttribute('cy', clampedY.toFixed(1));
		const landmark = landmarkOf(view, circle.dataset.id);
		landmark.x = Math.round(clampedX * 10) / 10;
		landmark.y = Math.round(clampedY * 10) / 10;
		markByHand(circle, landmark);
		edited(view);
		clearTimeout(pending);
		pending = setTimeout(remeasure, 150);
	};

	// A point a person moved or confirmed is marked: its model scores and estimated
	// uncertainty no longer describe it, and the measurements using it lose the
	// "estimated" basis once no estimated point is left in them.
	const markByHand = (circle, landmark) => {
		landmark.source = 'manual';
		delete landmark.confidence;
		delete landmark.visibility;
		delete landmark.presence;
		delete landmark.uncertainty;
		circle.dataset.source = 'manual';
		circle.classList.remove('estimated', 'marker');
		circle.classList.add('marked');
		// The spoken name says how the point was placed ("Left shoulder · marked"), so a
		// screen reader hears the change a sighted user sees in the drawing.
		const label = circle.getAttribute('aria-label') || '';
		const marked = document.getElementById('measurements')?.dataset.basisMarked;
		if (marked && label.includes(' · ')) {
			circle.setAttribute('aria-label', label.slice(0, label.lastIndexOf(' · ')) + ' · ' + marked);
		}
	};

	// "Confirm all estimated points" leaves skin markers as they are; one selected marker can be confirmed.
	const confirmPoint = (circle, view, markersToo) => {
		if (circle.dataset.source === 'manual' || (circle.dataset.source === 'marker' && !markersToo)) {
			return false;
		}
		markByHand(circle, landmarkOf(view, circle.dataset.id));
		edited(view);
		return true;
	};

	const cell = (text, className) => {
		const td = document.createElement('td');
		if (className) {
			td.className = className;
		}
		td.textContent = text;
		return td;
	};

	// The table of measured values and the list of gaps, as the server renders them.
	const showMeasurements = (measurements) => {
		const table = document.getElementById('measurements');
		const rows = measurements.filter((m) => m.status === 'measured').map((m) => {
			const row = document.createElement('tr');
			row.dataset.id = m.id;
			row.dataset.view = m.view;
			const name = document.createElement('td');
			const id = document.createElement('span');
			id.textContent = m.id;
			name.appendChild(id);
			if (m.proxy) {
				const proxy = document.createElement('span');
				proxy.className = 'muted';
				proxy.textContent = table.dataset.proxy;
				name.append(' ', proxy);
			}
			row.append(cell(m.view), name, cell(`${m.value.toFixed(1)} ${m.unit}`, 'value'),
				cell(m.error === undefined ? '' : `± ${m.error.toFixed(1)}`, 'error'),
				cell(table.dataset[`basis${m.basis.charAt(0).toUpperCase()}${m.basis.slice(1)}`] || m.basis, 'basis'));
			return row;
		});
		table.tBodies[0].replaceChildren(...rows);
		const gaps = document.getElementById('gaps');
		if (gaps) {
			const list = measurements.filter((m) => m.status === 'gap');
			gaps.hidden = list.length === 0;
			gaps.querySelector('summary').textContent = fill(gaps.dataset.summary, list.length);
			gaps.querySelector('ul').replaceChildren(...list.map((g) => {
				const item = document.createElement('li');
				item.textContent = `${g.id} (${g.view}): ${gaps.dataset.missing} ${g.missing.join(', ')}`;
				return item;
			}));
		}
	};

	// Only the answer to the latest request is shown: an add followed at once by a removal must not
	// end with the measurements of the add.
	let latest = 0;
	const remeasure = async () => {
		const request = ++latest;
		const response = await fetch('/api/measure', {
			method: 'POST',
			headers: headers(),
			body: JSON.stringify({ views: [...views.values()] }),
		});
		const report = await response.json();
		if (request !== latest) {
			return;
		}
		if (!response.ok) {
			status.textContent = report.errors?.[0]?.message ?? report.detail;
			measureError = true;
			return;
		}
		showMeasurements(report.measurements);
		for (const m of report.measurements) {
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
		const none = document.getElementById('no-findings');
		if (none) {
			none.hidden = report.findings.length > 0;
		}
		if (measureError) {
			status.textContent = '';
			measureError = false;
		}
	};

	const remeasureNow = () => {
		clearTimeout(pending);
		remeasure();
	};

	document.querySelectorAll('figure[data-view] svg.overlay').forEach((svg) => {
		const figure = svg.closest('figure');
		const view = figure.dataset.view;
		const file = views.get(view);
		const viewport = figure.querySelector('.viewport');
		const tools = figure.querySelector('.editor-tools');
		const level = figure.querySelector('.zoom-level');
		const picker = figure.querySelector('select.add-landmark');
		const addButton = figure.querySelector('button.add-point');
		const removeButton = figure.querySelector('button.remove-point');
		const confirmButton = figure.querySelector('button.confirm-point');
		const selectedText = figure.querySelector('.selected-point');
		const caption = figure.querySelector('figcaption');
		const radius = file.image.width / 150;
		let zoom = 0;
		let selected = null;

		const toImage = (event) => {
			const point = svg.createSVGPoint();
			point.x = event.clientX;
			point.y = event.clientY;
			return point.matrixTransform(svg.getScreenCTM().inverse());
		};
		const nameOf = (id) => picker?.querySelector(`option[value="${id}"]`)?.textContent || id;

		const select = (circle) => {
			if (selected && selected !== circle) {
				selected.classList.remove('selected');
			}
			selected = circle;
			if (circle) {
				circle.classList.add('selected');
			}
			if (confirmButton) {
				confirmButton.disabled = !circle || circle.dataset.source === 'manual';
			}
			if (removeButton) {
				removeButton.disabled = !circle;
				selectedText.textContent = circle ? fill(root.dataset.selected, circle.getAttribute('aria-label'))
					: root.dataset.nothingSelected;
			}
		};

		// The add list offers only the points this photo does not have yet.
		const refreshPicker = () => {
			if (!picker) {
				return;
			}
			const present = new Set(file.landmarks.map((l) => l.id));
			picker.querySelectorAll('option').forEach((option) => {
				option.disabled = present.has(option.value);
				option.hidden = option.disabled;
			});
			if (!picker.value || picker.selectedOptions[0]?.disabled) {
				const first = picker.querySelector('option:not([disabled])');
				picker.value = first ? first.value : '';
			}
			addButton.disabled = !picker.value;
			if (!picker.value) {
				announce(root.dataset.noneLeft);
			}
		};

		const remove = (circle) => {
			const id = circle.dataset.id;
			const name = circle.getAttribute('aria-label');
			file.landmarks = file.landmarks.filter((l) => l.id !== id);
			circle.remove();
			select(null);
			refreshPicker();
			countPoints();
			edited(view);
			announce(fill(root.dataset.removed, name));
			remeasureNow();
			if (picker) {
				picker.value = id;
				addButton.disabled = false;
				picker.focus();
			}
		};

		const countPoints = () => {
			if (caption && caption.dataset.count) {
				caption.textContent = fill(caption.dataset.count, file.landmarks.length);
			}
		};

		const wire = (circle) => {
			let grab = null;
			circle.addEventListener('pointerdown', (event) => {
				event.stopPropagation();
				circle.setPointerCapture(event.pointerId);
				circle.classList.add('dragging');
				select(circle);
				// Keep the point where it was grabbed under the pointer, so it does not jump.
				const p = toImage(event);
				grab = { dx: p.x - Number(circle.getAttribute('cx')), dy: p.y - Number(circle.getAttribute('cy')) };
			});
			circle.addEventListener('pointermove', (event) => {
				if (grab && circle.hasPointerCapture(event.pointerId)) {
					const p = toImage(event);
					move(circle, view, p.x - grab.dx, p.y - grab.dy);
				}
			});
			const release = () => {
				grab = null;
				circle.classList.remove('dragging');
			};
			circle.addEventListener('pointerup', release);
			circle.addEventListener('pointercancel', release);
			circle.addEventListener('focus', () => select(circle));
			circle.addEventListener('keydown', (event) => {
				if (event.key === 'Delete' || event.key === 'Backspace') {
					event.preventDefault();
					remove(circle);
					return;
				}
				// Finer steps when zoomed: one step is about one screen pixel.
				const step = (event.shiftKey ? 10 : 1) / ZOOMS[zoom];
				const delta = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[event.key];
				if (delta) {
					event.preventDefault();
					move(circle, view, Number(circle.getAttribute('cx')) + delta[0], Number(circle.getAttribute('cy')) + delta[1]);
				}
			});
		};
		svg.querySelectorAll('circle.landmark').forEach(wire);

		// An estimated anatomical point can start exactly on the keypoint it is estimated
		// from (the acromion on the shoulder): drawn over it, it would hide the keypoint
		// from the mouse until moved. Such a keypoint is drawn on top as a smaller dot
		// inside the estimated point's ring: the dot grabs the keypoint, the ring the
		// estimated point.
		const innerScale = 0.5;
		const sizeOf = (circle) => (circle.classList.contains('inner') ? innerScale : 1);
		const layerCovered = () => {
			const circles = [...svg.querySelectorAll('circle.landmark')];
			const estimated = circles.filter((c) => c.dataset.source === 'estimated');
			circles
				.filter((c) => (c.dataset.source || '').startsWith('blazepose'))
				.forEach((keypoint) => {
					const x = Number(keypoint.getAttribute('cx'));
					const y = Number(keypoint.getAttribute('cy'));
					const covered = estimated.some((e) =>
						Math.hypot(Number(e.getAttribute('cx')) - x, Number(e.getAttribute('cy')) - y) < radius * innerScale);
					if (covered) {
						keypoint.classList.add('inner');
						keypoint.setAttribute('r', (radius * innerScale).toFixed(2));
						svg.appendChild(keypoint);
					}
				});
		};
		layerCovered();

		// Skin markers found but not named: drawn apart, selectable, then named or removed.
		const markerTools = figure.querySelector('.marker-tools');
		const nameButton = figure.querySelector('button.name-marker');
		const removeMarkerButton = figure.querySelector('button.remove-marker');
		file.unassignedMarkers = JSON.parse(figure.dataset.unassigned || '[]');
		let chosenMarker = null;
		const chooseMarker = (mark) => {
			if (chosenMarker && chosenMarker !== mark) {
				chosenMarker.classList.remove('selected');
			}
			chosenMarker = mark;
			mark?.classList.add('selected');
			if (nameButton) {
				nameButton.disabled = !mark || !picker?.value;
				removeMarkerButton.disabled = !mark;
			}
		};
		const dropMarker = (mark) => {
			file.unassignedMarkers = file.unassignedMarkers.filter((m) => m !== mark.marker);
			mark.remove();
			chooseMarker(null);
			if (markerTools && file.unassignedMarkers.length === 0) {
				markerTools.hidden = true;
			}
			edited(view);
		};
		file.unassignedMarkers.forEach((marker, i) => {
			const mark = document.createElementNS(SVG, 'circle');
			mark.setAttribute('class', 'unassigned-marker');
			mark.setAttribute('tabindex', '0');
			mark.setAttribute('role', 'button');
			mark.setAttribute('cx', String(marker.x));
			mark.setAttribute('cy', String(marker.y));
			mark.setAttribute('r', radius.toFixed(2));
			mark.setAttribute('data-unassigned', String(i));
			mark.setAttribute('aria-label', `${markerTools?.dataset.label || 'Skin marker not named'} ${i + 1}`);
			mark.marker = marker;
			mark.addEventListener('pointerdown', (event) => {
				event.stopPropagation();
				chooseMarker(mark);
			});
			mark.addEventListener('focus', () => chooseMarker(mark));
			mark.addEventListener('keydown', (event) => {
				if (event.key === 'Delete' || event.key === 'Backspace') {
					event.preventDefault();
					dropMarker(mark);
				}
			});
			svg.appendChild(mark);
		});
		if (markerTools && file.unassignedMarkers.length === 0) {
			markerTools.hidden = true;
		}
		removeMarkerButton?.addEventListener('click', () => {
			if (chosenMarker) {
				dropMarker(chosenMarker);
				remeasureNow();
			}
		});
		nameButton?.addEventListener('click', () => {
			const id = picker?.value;
			if (!chosenMarker || !id || landmarkOf(view, id)) {
				return;
			}
			const marker = chosenMarker.marker;
			// Named by the practitioner, placed by the marker: its own error still applies.
			file.landmarks.push({ id, x: marker.x, y: marker.y, source: 'marker', confidence: marker.confidence, uncertainty: marker.uncertainty });
			const circle = document.createElementNS(SVG, 'circle');
			circle.setAttribute('class', 'landmark marker');
			circle.setAttribute('tabindex', '0');
			circle.setAttribute('role', 'button');
			circle.setAttribute('cx', String(marker.x));
			circle.setAttribute('cy', String(marker.y));
			circle.setAttribute('r', (radius / ZOOMS[zoom]).toFixed(2));
			circle.setAttribute('data-id', id);
			circle.setAttribute('data-source', 'marker');
			const basis = document.getElementById('measurements')?.dataset.basisMarker;
			circle.setAttribute('aria-label', basis ? `${nameOf(id)} · ${basis}` : nameOf(id));
			svg.appendChild(circle);
			wire(circle);
			dropMarker(chosenMarker);
			refreshPicker();
			countPoints();
			circle.focus();
			announce(fill(root.dataset.added, nameOf(id)));
			remeasureNow();
		});

		if (!viewport || !tools) {
			return;
		}
		tools.hidden = false;

		// Zoom: the frame (photo and overlay together) grows inside the scrolling viewport; the middle
		// of what was visible stays in the middle.
		const setZoom = (index) => {
			const next = Math.min(Math.max(index, 0), ZOOMS.length - 1);
			const centreX = (viewport.scrollLeft + viewport.clientWidth / 2) / viewport.scrollWidth;
			const centreY = (viewport.scrollTop + viewport.clientHeight / 2) / viewport.scrollHeight;
			zoom = next;
			viewport.dataset.zoom = String(ZOOMS[zoom]);
			viewport.classList.toggle('zoomed', zoom > 0);
			viewport.scrollLeft = centreX * viewport.scrollWidth - viewport.clientWidth / 2;
			viewport.scrollTop = centreY * viewport.scrollHeight - viewport.clientHeight / 2;
			level.textContent = `${Math.round(ZOOMS[zoom] * 100)}%`;
			// The points keep their size on screen.
			svg.querySelectorAll('circle.landmark, circle.unassigned-marker').forEach((c) => c.setAttribute('r', (radius * sizeOf(c) / ZOOMS[zoom]).toFixed(2)));
			tools.querySelector('[data-zoom-step="-1"]').setAttribute('aria-disabled', String(zoom === 0));
			tools.querySelector('[data-zoom-step="1"]').setAttribute('aria-disabled', String(zoom === ZOOMS.length - 1));
			redraw(view);
		};
		tools.querySelectorAll('[data-zoom-step]').forEach((button) => {
			button.addEventListener('click', () => {
				const step = Number(button.dataset.zoomStep);
				setZoom(step === 0 ? 0 : zoom + step);
			});
		});
		viewport.addEventListener('keydown', (event) => {
			if (event.ctrlKey || event.metaKey || event.altKey) {
				return;
			}
			const step = { '+': 1, '=': 1, '-': -1, _: -1, 0: 0 }[event.key];
			if (step !== undefined) {
				event.preventDefault();
				setZoom(step === 0 ? 0 : zoom + step);
			}
		});
		setZoom(0);

		// Panning: drag the photo's background (not a point) when zoomed.
		let pan = null;
		svg.addEventListener('pointerdown', (event) => {
			if (zoom === 0 || event.target.closest('circle.landmark, circle.unassigned-marker')) {
				return;
			}
			svg.setPointerCapture(event.pointerId);
			viewport.classList.add('panning');
			pan = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop };
		});
		svg.addEventListener('pointermove', (event) => {
			if (pan && svg.hasPointerCapture(event.pointerId)) {
				viewport.scrollLeft = pan.left - (event.clientX - pan.x);
				viewport.scrollTop = pan.top - (event.clientY - pan.y);
			}
		});
		const endPan = () => {
			pan = null;
			viewport.classList.remove('panning');
		};
		svg.addEventListener('pointerup', endPan);
		svg.addEventListener('pointercancel', endPan);

		// Adding: a manual point in the middle of the visible part of the photo, focused to be moved.
		const visibleMiddle = () => {
			const box = svg.getBoundingClientRect();
			const seen = viewport.getBoundingClientRect();
			const left = Math.max(box.left, seen.left, 0);
			const right = Math.min(box.right, seen.right, window.innerWidth);
			const top = Math.max(box.top, seen.top, 0);
			const bottom = Math.min(box.bottom, seen.bottom, window.innerHeight);
			const middle = (right > left && bottom > top)
				? { clientX: (left + right) / 2, clientY: (top + bottom) / 2 }
				: { clientX: (box.left + box.right) / 2, clientY: (box.top + box.bottom) / 2 };
			return toImage(middle);
		};
		addButton?.addEventListener('click', () => {
			const id = picker.value;
			if (!id || landmarkOf(view, id)) {
				return;
			}
			const at = visibleMiddle();
			let x = Math.min(Math.max(at.x, 0), file.image.width);
			let y = Math.min(Math.max(at.y, 0), file.image.height);
			// Not on top of another point: two points in one place make no line to measure.
			const gap = (3 * radius) / ZOOMS[zoom];
			for (let tries = 0; tries < 20 && file.landmarks.some((l) => Math.hypot(l.x - x, l.y - y) < gap); tries++) {
				y = Math.min(y + gap, file.image.height);
				if (y >= file.image.height) {
					x = Math.min(x + gap, file.image.width);
				}
			}
			x = Math.round(x * 10) / 10;
			y = Math.round(y * 10) / 10;
			file.landmarks.push({ id, x, y, source: 'manual' });
			const circle = document.createElementNS(SVG, 'circle');
			circle.setAttribute('class', 'landmark');
			circle.setAttribute('tabindex', '0');
			circle.setAttribute('role', 'button');
			circle.setAttribute('cx', x.toFixed(1));
			circle.setAttribute('cy', y.toFixed(1));
			circle.setAttribute('r', (radius / ZOOMS[zoom]).toFixed(2));
			circle.setAttribute('data-id', id);
			circle.setAttribute('aria-label', nameOf(id));
			svg.appendChild(circle);
			wire(circle);
			refreshPicker();
			countPoints();
			edited(view);
			circle.focus();
			announce(fill(root.dataset.added, nameOf(id)));
			remeasureNow();
		});
		removeButton?.addEventListener('click', () => {
			if (selected) {
				remove(selected);
			}
		});
		confirmButton?.addEventListener('click', () => {
			if (selected && confirmPoint(selected, view, true)) {
				confirmButton.disabled = true;
				remeasureNow();
			}
		});
		refreshPicker();
	});
	document.getElementById('confirm-all')?.addEventListener('click', () => {
		let confirmed = 0;
		document.querySelectorAll('figure[data-view] circle.landmark').forEach((circle) => {
			if (confirmPoint(circle, circle.closest('figure').dataset.view)) {
				confirmed++;
			}
		});
		if (confirmed > 0) {
			remeasureNow();
		}
	});
	document.querySelectorAll('.editor-help').forEach((help) => {
		help.hidden = false;
	});

	saveButton.addEventListener('click', async () => {
		for (const view of [...changed]) {
			const response = await fetch(`/api/clients/${root.dataset.client}/assessments/${root.dataset.assessment}/views/${view}/landmarks`, {
				method: 'PUT',
				headers: headers(),
				body: JSON.stringify({ views: [views.get(view)] }),
			});
			if (!response.ok) {
				const problem = await response.json();
				status.textContent = problem.errors?.[0]?.message ?? problem.detail;
				return;
			}
			changed.delete(view);
		}
		saveButton.disabled = true;
		status.textContent = saveButton.dataset.saved || 'Saved.';
	});
}
