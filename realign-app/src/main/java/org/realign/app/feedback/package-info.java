/**
 * The feedback loop over HTTP: menus, session logs and the progression rules' verdict,
 * red-flag screening, spasm episodes, outcome measures, proposals with the practitioner's
 * decisions, alerts and the progress summary, all under {@code /api/clients/{clientId}}
 * and documented in the OpenAPI description at {@code /api/openapi}.
 * <p>
 * Who may do what is decided by {@link org.realign.app.client.ClientAccess}: a client
 * writes and reads only their own records; their practice's practitioners read them,
 * record screenings and outcomes, clear flags and decide proposals. Anything outside a
 * caller's reach is 404, a wrong role 403. Every table is append-only: corrections,
 * clearances and decisions are new rows.
 */
package org.realign.app.feedback;
