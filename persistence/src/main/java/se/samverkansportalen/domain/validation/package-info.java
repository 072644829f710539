/**
 * Rules on input that hold wherever they are declared, so that pages, the REST API and imports
 * are held to the same rule. Among them {@link se.samverkansportalen.domain.validation.NoPersonalData}:
 * the portal stores no personal data about children, so no free text holds a personnummer or
 * samordningsnummer. It is checked by {@link se.samverkansportalen.domain.validation.PersonalIdentityNumbers},
 * a pure detector that entities may also call directly to refuse input at once.
 */
package se.samverkansportalen.domain.validation;
