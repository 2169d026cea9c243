// The phone's queue of finished sessions. A session is written here, with its Idempotency-Key, before it is
// sent, so a dropped connection or a closed tab loses nothing; it leaves the queue only once the server has
// answered. Resending is safe: the API stores a session once per key and answers a resend with the first
// answer (Idempotent-Replayed).

const storageKey = (clientId) => `realign.session-queue.${clientId}`;

// crypto.randomUUID exists only on secure origins; a practice's own server on the local network may be
// plain http, where getRandomValues still works.
export const newIdempotencyKey = () => {
	if (crypto.randomUUID) {
		return crypto.randomUUID();
	}
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};

export const queued = (clientId) => {
	try {
		return JSON.parse(localStorage.getItem(storageKey(clientId)) || '[]');
	}
	catch {
		return [];
	}
};

const store = (clientId, items) => localStorage.setItem(storageKey(clientId), JSON.stringify(items));

export const enqueue = (clientId, session) => {
	const item = { key: newIdempotencyKey(), session, queuedAt: new Date().toISOString() };
	store(clientId, [...queued(clientId), item]);
	return item;
};

const remove = (clientId, key) => store(clientId, queued(clientId).filter((item) => item.key !== key));

const csrfHeaders = () => {
	const header = document.querySelector('meta[name="_csrf_header"]')?.content;
	const token = document.querySelector('meta[name="_csrf"]')?.content;
	return header && token ? { [header]: token } : {};
};

let sending = false;

/**
 * Sends every queued session, oldest first. Resolves to what happened to each: synced (with the API's
 * answer), refused (the API named what is wrong; resending cannot help, so it leaves the queue), or
 * kept (no connection, signed out, or a server error: it stays for the next try).
 */
export const flush = async (clientId) => {
	if (sending) {
		return [];
	}
	sending = true;
	const results = [];
	try {
		for (const item of queued(clientId)) {
			let response;
			try {
				response = await fetch(`/api/clients/${clientId}/sessions`, {
					method: 'POST',
					credentials: 'same-origin',
					headers: { 'Content-Type': 'application/json', 'Idempotency-Key': item.key, ...csrfHeaders() },
					body: JSON.stringify(item.session),
				});
			}
			catch {
				results.push({ item, outcome: 'kept', reason: 'offline' });
				break;
			}
			if (response.ok) {
				remove(clientId, item.key);
				results.push({ item, outcome: 'synced', answer: await response.json() });
			}
			else if (response.status === 400 || response.status === 409) {
				remove(clientId, item.key);
				const problem = await response.json().catch(() => ({}));
				results.push({ item, outcome: 'refused', problem });
			}
			else {
				const reason = response.status === 401 || response.status === 403 ? 'signed-out' : 'server';
				results.push({ item, outcome: 'kept', reason });
				break;
			}
		}
	}
	finally {
		sending = false;
	}
	return results;
};
