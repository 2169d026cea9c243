/**
 * Assessments: up to four views of one person at one time, the {@code Assessor} that
 * measures them and applies the finding rules, and the report with its JSON form.
 */
package org.realign.core.assessment;
