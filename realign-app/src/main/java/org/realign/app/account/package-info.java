/**
 * A login's password: the person changes their own at {@code /account/password}; without
 * email, a practitioner issues a one-time reset code for a client of the practice (the
 * owner also for a practitioner), redeemed at {@code /reset}. Every change is in the
 * audit trail, and the login's other sessions stop being trusted.
 */
package org.realign.app.account;
