/**
 * The Realign domain in plain Java 17: landmarks on posture photos, the measurements
 * taken from them, the findings those measurements support, the knowledge base that links
 * findings to muscles and exercises, and the feedback loop of the client's daily
 * sessions.
 * <p>
 * Nothing here depends on a framework, a database driver, a web API or native code: an
 * architecture test ({@code CorePurityTest}) fails the build if it ever does.
 */
package org.realign.core;
