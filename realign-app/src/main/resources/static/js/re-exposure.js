// The re-exposure plans on today's page: each form logs one try at the plan's current step through the
// re-exposure API, then shows where the plan now stands. Words come from the page's bundle texts.

const texts = new Map([...document.querySelectorAll('#session-text [data-key]')]
	.map((span) => [span.dataset.key, span.textContent]));
const text = (key, ...args) => (texts.get(key) ?? key).replace(/\{(\d+)\}/g, (m, i) => String(args[Number(i)] ?? ''));

const csrfHeaders = () => {
	const header = document.querySelector('meta[name="_csrf_header"]')?.content;
	const token = document.querySelector('meta[name="_csrf"]')?.content;
	return header && token ? { [header]: token } : {};
};

document.querySelectorAll('section.reexposure').forEach((section) => {
	const form = section.querySelector('form.reexposure-form');
	if (!form) {
		return;
	}
	const status = form.querySelector('.reexposure-status');
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const done = form.elements.done.checked;
		const attempt = {
			done,
			pain: Number(form.elements.pain.value),
			spasm: form.elements.spasm.checked,
			felt: form.elements.felt.value.trim(),
		};
		const reach = form.elements.reach?.value;
		if (done && reach !== undefined && reach !== '') {
			attempt.fingertipToFloorCm = Number(reach);
		}
		const speed = form.querySelector('input[name="speed"]:checked');
		if (done && speed) {
			attempt.speed = speed.value;
		}
		const response = await fetch(`/api/clients/${section.dataset.clientId}/re-exposure/${section.dataset.planKey}/attempts`, {
			method: 'POST',
			credentials: 'same-origin',
			headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
			body: JSON.stringify(attempt),
		});
		const answer = await response.json().catch(() => ({}));
		if (response.ok) {
			status.textContent = text('reexposure.logged', answer.currentStep);
			status.dataset.state = 'logged';
			section.querySelector('.reexposure-step').textContent = section.querySelector('.reexposure-step').textContent
				.replace(/\d+/, String(answer.currentStep));
			form.reset();
		}
		else {
			status.textContent = text('reexposure.refused', (answer.errors ?? []).map((e) => e.message).join('; ') || answer.detail || response.status);
			status.dataset.state = 'refused';
		}
	});
});
