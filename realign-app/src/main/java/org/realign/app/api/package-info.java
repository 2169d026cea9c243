/**
 * What every JSON API of the app shares: reading a request body so that an unreadable
 * field is named ({@link org.realign.app.api.FeedbackJson}), and the answer to a refused
 * request, 400 with every offending field ({@link org.realign.app.api.InvalidRequest},
 * {@link org.realign.app.api.ApiErrors}). The endpoints themselves live with their
 * features and are documented in the OpenAPI description at {@code /api/openapi}.
 */
package org.realign.app.api;
