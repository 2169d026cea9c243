/**
 * The client's journal: cramps, pain and spasms noted outside sessions. Cramps are read
 * by the same cramp classifier as session cramps (a night cramp or a cramp after a long
 * walk is never a wake-up cramp and never counts as progress; a cramp with a red-flag
 * context tells the client to see a doctor); spasms are the spasm episodes of the
 * feedback loop, with their trigger and graded re-exposure plan.
 */
package org.realign.app.journal;
