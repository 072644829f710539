--liquibase formatted sql

--changeset samverkansportalen:0020-actor-notes-in-swedish
-- The seed's two actor notes were written in English and showed so on the Swedish pages. The notes
-- are the catalogue's own words (in Swedish, as the plan); a note a coordinator has changed is kept.
UPDATE actor SET note = 'Regionens FoU-enhet vid Region Västerbotten; sammanställer och samordnar den regionala planen.'
 WHERE note = 'Regional FoU unit at Region Västerbotten; compiles and coordinates the regional plan.';
UPDATE actor SET note = 'Regionalt nätverk som granskar läget i alla kommuner.'
 WHERE note = 'Regional network that reviews status across the kommuner.';
