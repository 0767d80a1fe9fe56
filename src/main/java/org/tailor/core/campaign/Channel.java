package org.tailor.core.campaign;

/**
 * How the campaign reaches people. {@code ANY}: ids for a CRM; opted-out and unsubscribed customers are left out.
 * {@code EMAIL}: additionally needs an address and email consent, and duplicates by normalised address are merged.
 */
public enum Channel { ANY, EMAIL }
