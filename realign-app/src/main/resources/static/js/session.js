// Today's session on the client's phone: one exercise at a time with its hold timer or counter, quick
// feedback (nothing, cramp, pain, spasm) placed on the body map, then the finished session posted to the
// session API through the queue on the phone (session-queue.js). Every word shown comes from the page's
// bundle texts (#session-text).

import { enqueue, flush, queued } from './session-queue.js';

const root = document.getElementById('session');
const READY_SECONDS = 3;

const texts = new Map([...document.querySelectorAll('#session-text [data-key]')]
	.map((span) => [span.dataset.key, span.textContent]));
const text = (key, ...args) => (texts.get(key) ?? key).replace(/\{(\d+)\}/g, (m, i) => String(args[Number(i)] ?? ''));
const byId = (id) => document.getElementById(id);

// The body map's regions carry their muscles' ids and plain names from the catalogue.
const muscleNames = new Map();
document.querySelectorAll('[data-region]').forEach((region) => {
	const ids = region.dataset.muscles ? region.dataset.muscles.split(' ') : [];
	const plain = region.dataset.muscleNames ? region.dataset.muscleNames.split('|') : [];
	ids.forEach((id, i) => muscleNames.set(id, plain[i] ?? id));
});
const regionLabel = (id) => document.querySelector(`[data-region="${id}"]`)?.getAttribute('aria-label') ?? id;
const placeName = (where) => muscleNames.get(where) ?? regionLabel(where);

if (root) {
	const clientId = root.dataset.clientId;
	const syncStatus = byId('sync-status');
	const verdict = byId('verdict');
	const verdictList = byId('verdict-list');
	const stepElements = [...document.querySelectorAll('#steps > li.step')];
	const names = new Map(stepElements.map((li) => [li.dataset.exerciseId, li.dataset.name]));

	// ---- Sync: the queue on the phone and what the server made of the session ----

	const showVerdict = (answer) => {
		const lines = [];
		for (const cramp of answer.cramps ?? []) {
			lines.push(text(`verdict.cramp.${cramp.kind}`, placeName(cramp.cramp.where), names.get(cramp.exerciseId) ?? cramp.exerciseId));
		}
		for (const proposal of answer.proposals ?? []) {
			lines.push(text(`verdict.proposal.${proposal.kind}`, names.get(proposal.exerciseId) ?? proposal.exerciseId));
		}
		for (const blocked of answer.blocked ?? []) {
			lines.push(text('verdict.blocked', names.get(blocked.exerciseId) ?? blocked.exerciseId));
		}
		for (const alert of answer.alerts ?? []) {
			lines.push(text(`verdict.alert.${alert.level}`));
		}
		for (const milestone of answer.milestones ?? []) {
			lines.push(text('verdict.milestone', placeName(milestone.muscle), names.get(milestone.exerciseId) ?? milestone.exerciseId,
				milestone.quietSessions));
		}
		if ((answer.spasmEpisodes ?? []).length > 0) {
			lines.push(text('verdict.spasm'));
		}
		if ((answer.safety?.rescreenDue ?? []).length > 0) {
			lines.push(text('verdict.rescreen'));
		}
		if (lines.length === 0) {
			lines.push(text('verdict.none'));
		}
		verdictList.replaceChildren(...[...new Set(lines)].map((line) => {
			const item = document.createElement('li');
			item.textContent = line;
			return item;
		}));
		verdict.hidden = false;
	};

	const sync = async () => {
		if (queued(clientId).length === 0) {
			return;
		}
		syncStatus.textContent = text('syncing');
		syncStatus.dataset.state = 'syncing';
		const results = await flush(clientId);
		let last = null;
		for (const result of results) {
			if (result.outcome === 'synced') {
				showVerdict(result.answer);
			}
			else if (result.outcome === 'refused') {
				const errors = result.problem?.errors ?? [];
				last = text('refused', errors.map((e) => e.message).join('; ') || result.problem?.detail || '');
			}
			else if (result.reason === 'signed-out') {
				last = text('signedOut');
			}
		}
		if (queued(clientId).length > 0) {
			syncStatus.textContent = last ?? text('queued');
			syncStatus.dataset.state = 'queued';
		}
		else {
			syncStatus.textContent = last ?? text('synced');
			syncStatus.dataset.state = last ? 'refused' : 'synced';
		}
	};

	if (queued(clientId).length > 0) {
		syncStatus.textContent = text('queued');
		syncStatus.dataset.state = 'queued';
	}
	window.addEventListener('online', sync);
	sync();

	if (stepElements.length > 0 && root.dataset.menuId) {
		startSession(stepElements, sync);
	}
}

function startSession(stepElements, sync) {
	const clientId = root.dataset.clientId;
	const workout = byId('workout');
	const finish = byId('finish');
	const progress = byId('session-progress');
	const stepError = byId('step-error');
	const bodymap = byId('bodymap');
	const regions = [...bodymap.querySelectorAll('[data-region]')];

	const steps = stepElements.map((li) => ({
		element: li,
		exerciseId: li.dataset.exerciseId,
		hold: li.dataset.unit === 's',
		amount: Number(li.dataset.amount),
		perSide: li.dataset.perSide === 'true',
		targets: (li.dataset.targets || '').split(' ').filter(Boolean),
		counts: { both: 0, left: 0, right: 0 },
		held: { both: 0, left: 0, right: 0 },
		skipped: false,
		skipReason: '',
		feel: 'none',
		places: [],
		muscles: {},
		effort: null,
	}));

	// A place on the body map is its region, with the client's side for a region on both limbs:
	// "calf|left". The API takes the region (or a muscle) and the side apart.
	const placeOf = (region) => (region.dataset.side ? `${region.dataset.region}|${region.dataset.side}` : region.dataset.region);
	const regionOf = (place) => place.split('|')[0];
	const sideOf = (place) => place.split('|')[1] ?? null;
	const partOf = (place) => regions.find((region) => placeOf(region) === place);
	let current = 0;

	// ---- Hold timer: get ready, then the hold counting down; a beep and a buzz at start and end ----

	let audio = null;
	const cue = (times) => {
		try {
			audio = audio ?? new AudioContext();
			for (let i = 0; i < times; i++) {
				const tone = audio.createOscillator();
				const gain = audio.createGain();
				tone.frequency.value = 880;
				gain.gain.value = 0.2;
				tone.connect(gain).connect(audio.destination);
				const at = audio.currentTime + i * 0.25;
				tone.start(at);
				tone.stop(at + 0.15);
			}
		}
		catch {
			// No sound on this device: the display and the announcement still carry the cue.
		}
		if (navigator.vibrate) {
			navigator.vibrate(times > 1 ? [200, 100, 200] : 200);
		}
	};

	const display = byId('timer-display');
	const phase = byId('timer-phase');
	const startButton = byId('timer-start');
	const pauseButton = byId('timer-pause');
	const held = byId('timer-held');
	const timer = { state: 'idle', remaining: 0, deadline: 0, tick: null, ready: true };

	const timerSide = () => (steps[current].perSide ? document.querySelector('input[name="timer-side"]:checked').value : 'both');
	const showHeld = () => {
		const step = steps[current];
		held.textContent = step.perSide ? `${text('side.left')}: ${step.held.left} s · ${text('side.right')}: ${step.held.right} s`
			: text('held', step.held.both);
	};
	const showRemaining = () => {
		display.textContent = String(Math.ceil(timer.remaining));
		display.dataset.phase = timer.ready ? 'ready' : 'hold';
	};
	const stopTicking = () => {
		clearInterval(timer.tick);
		timer.tick = null;
	};
	const resetTimer = () => {
		stopTicking();
		Object.assign(timer, { state: 'idle', remaining: steps[current].amount, ready: true });
		display.textContent = String(steps[current].amount);
		display.dataset.phase = 'idle';
		phase.textContent = '';
		startButton.disabled = false;
		pauseButton.disabled = true;
	};
	const onTick = () => {
		timer.remaining = Math.max(0, (timer.deadline - performance.now()) / 1000);
		if (timer.remaining > 0) {
			showRemaining();
			return;
		}
		if (timer.ready) {
			timer.ready = false;
			timer.remaining = steps[current].amount;
			timer.deadline = performance.now() + timer.remaining * 1000;
			showRemaining();
			phase.textContent = text('hold', steps[current].amount);
			cue(1);
			return;
		}
		stopTicking();
		const step = steps[current];
		const side = timerSide();
		step.held[side] = step.amount;
		timer.state = 'done';
		display.textContent = '0';
		display.dataset.phase = 'done';
		phase.textContent = text('done', step.amount);
		startButton.disabled = false;
		pauseButton.disabled = true;
		cue(2);
		showHeld();
		if (step.perSide && side === 'left' && step.held.right === 0) {
			byId('timer-side-right').checked = true;
		}
	};
	startButton.addEventListener('click', () => {
		if (timer.state === 'done' || timer.state === 'idle') {
			Object.assign(timer, { remaining: READY_SECONDS, ready: true });
			phase.textContent = text('ready', READY_SECONDS);
		}
		else {
			phase.textContent = timer.ready ? text('ready', Math.ceil(timer.remaining)) : text('hold', Math.ceil(timer.remaining));
		}
		timer.state = 'running';
		timer.deadline = performance.now() + timer.remaining * 1000;
		showRemaining();
		startButton.disabled = true;
		pauseButton.disabled = false;
		pauseButton.focus();
		timer.tick = setInterval(onTick, 100);
	});
	pauseButton.addEventListener('click', () => {
		stopTicking();
		timer.state = 'paused';
		timer.remaining = Math.max(0, (timer.deadline - performance.now()) / 1000);
		if (!timer.ready) {
			// A hold stopped early counts the seconds actually held.
			const step = steps[current];
			step.held[timerSide()] = Math.max(step.held[timerSide()], Math.floor(step.amount - timer.remaining));
			showHeld();
		}
		phase.textContent = text('paused', Math.ceil(timer.remaining));
		startButton.disabled = false;
		pauseButton.disabled = true;
		startButton.focus();
	});
	byId('timer-reset').addEventListener('click', resetTimer);
	document.querySelectorAll('input[name="timer-side"]').forEach((radio) => radio.addEventListener('change', resetTimer));

	// ---- Counters: repetitions, per side where the dose is per side ----

	const showCounts = () => {
		for (const side of ['both', 'left', 'right']) {
			byId(`count-${side}-value`).textContent = String(steps[current].counts[side]);
		}
	};
	for (const side of ['both', 'left', 'right']) {
		byId(`count-${side}-more`).addEventListener('click', () => {
			steps[current].counts[side] += 1;
			showCounts();
		});
		byId(`count-${side}-less`).addEventListener('click', () => {
			steps[current].counts[side] = Math.max(0, steps[current].counts[side] - 1);
			showCounts();
		});
	}

	// ---- Feedback: what was felt, where on the body map, and the details of each kind ----

	const details = byId('feedback-details');
	const crampMuscles = byId('cramp-muscles');
	const showCrampMuscles = () => {
		const step = steps[current];
		crampMuscles.replaceChildren(...step.places.map((place) => {
			const region = partOf(place);
			const muscles = region.dataset.muscles ? region.dataset.muscles.split(' ') : [];
			const placeLabel = region.getAttribute('aria-label');
			const wrapper = document.createElement('div');
			if (muscles.length === 0) {
				return wrapper;
			}
			const id = `cramp-muscle-${place.replace('|', '-')}`;
			const label = document.createElement('label');
			label.htmlFor = id;
			label.textContent = text('muscle.label', placeLabel);
			const select = document.createElement('select');
			select.id = id;
			select.dataset.place = place;
			const unsure = new Option(text('muscle.unsure', placeLabel), regionOf(place));
			select.append(unsure, ...muscles.map((m) => new Option(muscleNames.get(m) ?? m, m)));
			// Suggest the region's muscle the exercise targets, when there is exactly one; the client may change it.
			const targeted = muscles.filter((m) => step.targets.includes(m));
			select.value = step.muscles[place] ?? (targeted.length === 1 ? targeted[0] : regionOf(place));
			step.muscles[place] = select.value;
			select.addEventListener('change', () => {
				step.muscles[place] = select.value;
			});
			wrapper.append(label, select);
			return wrapper;
		}));
	};
	const showFeel = () => {
		const step = steps[current];
		details.hidden = step.feel === 'none';
		byId('cramp-details').hidden = step.feel !== 'cramp';
		byId('pain-details').hidden = step.feel !== 'pain';
		byId('spasm-details').hidden = step.feel !== 'spasm';
		regions.forEach((region) => region.setAttribute('aria-checked', String(step.places.includes(placeOf(region)))));
		if (step.feel === 'cramp') {
			showCrampMuscles();
		}
	};
	document.querySelectorAll('input[name="feel"]').forEach((radio) => radio.addEventListener('change', () => {
		steps[current].feel = radio.value;
		stepError.textContent = '';
		showFeel();
	}));
	const toggleRegion = (region) => {
		const step = steps[current];
		const place = placeOf(region);
		step.places = step.places.includes(place) ? step.places.filter((p) => p !== place) : [...step.places, place];
		if (!step.places.includes(place)) {
			delete step.muscles[place];
		}
		stepError.textContent = '';
		showFeel();
	};
	regions.forEach((region) => {
		region.addEventListener('click', () => toggleRegion(region));
		region.addEventListener('keydown', (event) => {
			if (event.key === ' ' || event.key === 'Enter') {
				event.preventDefault();
				toggleRegion(region);
			}
		});
	});

	// The details of the feedback are read when the client leaves the step, so one set of controls serves
	// every step; each step keeps its own copy.
	const detailIds = ['cramp-intensity', 'cramp-minutes', 'cramp-eased', 'pain-nprs', 'pain-quality', 'spasm-severity'];
	const saveDetails = (step) => {
		step.details = Object.fromEntries(detailIds.map((id) => [id, byId(id).value]));
		step.details.onset = document.querySelector('input[name="cramp-onset"]:checked').value;
		step.details.context = [...document.querySelectorAll('input[name="cramp-context"]:checked')].map((c) => c.value);
		step.skipped = byId('skip').checked;
		step.skipReason = byId('skip-reason').value.trim();
		const effort = document.querySelector('input[name="effort"]:checked');
		step.effort = effort ? Number(effort.value) : null;
	};
	const loadDetails = (step) => {
		if (step.details) {
			detailIds.forEach((id) => {
				byId(id).value = step.details[id];
			});
			byId(`cramp-onset-${step.details.onset}`).checked = true;
			document.querySelectorAll('input[name="cramp-context"]').forEach((c) => {
				c.checked = step.details.context.includes(c.value);
			});
		}
		byId(`feel-${step.feel}`).checked = true;
		document.querySelectorAll('input[name="effort"]').forEach((radio) => {
			radio.checked = step.effort !== null && Number(radio.value) === step.effort;
		});
		byId('skip').checked = step.skipped;
		byId('skip-reason').value = step.skipReason;
		byId('skip-details').hidden = !step.skipped;
	};
	byId('skip').addEventListener('change', (event) => {
		byId('skip-details').hidden = !event.target.checked;
	});

	// ---- Moving through the menu ----

	const show = (index) => {
		current = index;
		const step = steps[index];
		stepElements.forEach((li, i) => {
			li.hidden = i !== index;
		});
		progress.hidden = false;
		progress.textContent = text('progress', index + 1, steps.length);
		byId('timer').hidden = !step.hold;
		byId('timer-sides').hidden = !step.perSide;
		byId('timer-side-left').checked = true;
		byId('counter').hidden = step.hold;
		byId('count-both').hidden = step.perSide;
		byId('count-left').hidden = !step.perSide;
		byId('count-right').hidden = !step.perSide;
		resetTimer();
		showHeld();
		showCounts();
		loadDetails(step);
		showFeel();
		stepError.textContent = '';
		byId('previous').disabled = index === 0;
		byId('next').hidden = index === steps.length - 1;
		byId('review').hidden = index !== steps.length - 1;
	};
	const leaveStep = () => {
		const step = steps[current];
		if (timer.state === 'running') {
			pauseButton.click();
		}
		saveDetails(step);
		if (!step.skipped && step.feel !== 'none' && step.places.length === 0) {
			stepError.textContent = text('whereMissing');
			bodymap.querySelector('[data-region]').focus();
			return false;
		}
		return true;
	};
	const focusStep = () => steps[current].element.querySelector('h2').focus();
	stepElements.forEach((li) => li.querySelector('h2').setAttribute('tabindex', '-1'));

	byId('previous').addEventListener('click', () => {
		if (leaveStep() && current > 0) {
			show(current - 1);
			focusStep();
		}
	});
	byId('next').addEventListener('click', () => {
		if (leaveStep()) {
			show(current + 1);
			focusStep();
		}
	});
	byId('review').addEventListener('click', () => {
		if (leaveStep()) {
			stepElements.forEach((li) => {
				li.hidden = true;
			});
			workout.hidden = true;
			progress.hidden = true;
			finish.hidden = false;
			byId('finish-heading').setAttribute('tabindex', '-1');
			byId('finish-heading').focus();
		}
	});
	byId('back-to-steps').addEventListener('click', () => {
		finish.hidden = true;
		workout.hidden = false;
		show(steps.length - 1);
		focusStep();
	});

	// ---- The finished session, as the session API takes it ----

	const feedbackOf = (step) => {
		if (step.skipped || step.feel === 'none') {
			return [];
		}
		const d = step.details;
		return step.places.map((place) => {
			const side = sideOf(place) ? sideOf(place).toUpperCase() : null;
			if (step.feel === 'cramp') {
				return {
					type: 'cramp', where: step.muscles[place] ?? regionOf(place), intensity: Number(d['cramp-intensity']), onset: d.onset,
					minutesToEase: Math.max(0, Number(d['cramp-minutes']) || 0), easedBy: d['cramp-eased'], context: d.context, side,
				};
			}
			if (step.feel === 'pain') {
				return { type: 'pain', nprs: Number(d['pain-nprs']), location: regionOf(place), quality: d['pain-quality'], side };
			}
			return { type: 'spasm', region: regionOf(place), severity: Number(d['spasm-severity']), side };
		});
	};
	const performedOf = (step) => {
		const done = step.hold ? step.held : step.counts;
		if (step.perSide) {
			return done.left + done.right > 0 ? { amount: done.left, rightSide: done.right } : null;
		}
		return done.both > 0 ? { amount: done.both } : null;
	};
	const sessionDate = () => {
		const now = new Date();
		const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
		return local > root.dataset.today ? root.dataset.today : local;
	};
	// A cramp at night or at rest since the last session, noted with the session.
	byId('night-add').addEventListener('change', (event) => {
		byId('night-details').hidden = !event.target.checked;
	});
	const nightCramps = () => {
		if (!byId('night-add').checked) {
			return [];
		}
		const place = byId('night-where').value;
		const side = sideOf(place);
		return [{
			where: regionOf(place), intensity: Number(byId('night-intensity').value),
			onset: document.querySelector('input[name="night-onset"]:checked').value,
			minutesToEase: Math.max(0, Number(byId('night-minutes').value) || 0), easedBy: 'STRETCHING', context: [],
			side: side ? side.toUpperCase() : null,
		}];
	};
	byId('finish-button').addEventListener('click', async () => {
		// The API takes the client and the menu from the URL and its records; the fields must be present.
		const session = {
			clientId: String(clientId),
			menuId: root.dataset.menuId,
			date: sessionDate(),
			entries: steps.map((step) => {
				if (step.skipped) {
					return { exerciseId: step.exerciseId, done: false, skipReason: step.skipReason || 'skipped', feedback: [] };
				}
				const entry = { exerciseId: step.exerciseId, done: true, feedback: feedbackOf(step) };
				const performed = performedOf(step);
				if (performed) {
					entry.performed = performed;
				}
				if (step.effort !== null) {
					entry.effort = step.effort;
				}
				return entry;
			}),
			standaloneCramps: nightCramps(),
			newOrWorseSymptoms: byId('new-symptoms').checked,
			notes: byId('notes').value.trim(),
		};
		enqueue(clientId, session);
		finish.hidden = true;
		byId('steps').hidden = true;
		byId('sync-status').textContent = text('queued');
		byId('sync-status').dataset.state = 'queued';
		await sync();
	});

	workout.hidden = false;
	show(0);
}
