/**
 * Who is signed in and what they may do: the practice directory (practices, logins,
 * roles), sign-in with its lockout and rate limits, one-time codes, {@code /api/me}, and
 * a login's password: the person changes their own at {@code /account/password}; without
 * email, a practitioner issues a one-time reset code for a client of the practice (the
 * owner also for a practitioner), redeemed at {@code /reset}. Every change is in the
 * audit trail, and the login's other sessions stop being trusted.
 */
package org.realign.app.identity;
