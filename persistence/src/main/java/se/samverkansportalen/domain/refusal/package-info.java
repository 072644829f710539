/**
 * The portal's refusals as a small typed family: {@link se.samverkansportalen.domain.refusal.NotFoundRefusal}
 * (404, also "not yours"), {@link se.samverkansportalen.domain.refusal.ConflictRefusal} (409, someone
 * else changed it first), {@link se.samverkansportalen.domain.refusal.InvalidInputRefusal} (400),
 * {@link se.samverkansportalen.domain.refusal.ForbiddenRefusal} (403) and
 * {@link se.samverkansportalen.domain.refusal.WrongStateRefusal} (409, closed or locked). Entities,
 * services and readers throw them; the web layer maps them by type in one place.
 */
package se.samverkansportalen.domain.refusal;
