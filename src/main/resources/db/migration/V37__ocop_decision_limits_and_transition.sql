-- When an evaluation must be decided, as data keyed by the instrument (domain §4 "Certificates" and
-- "Transition"; docs/ocop.md "Decision limits and transition"). A new decision is new rows, not code.

-- Limits counted from the day the dossier was complete (the province received the dossier it then
-- accepted as complete). 26/2026 Art. 7.6.g: a re-rating is decided within 45 days.
CREATE TABLE ocop_decision_limit (
    instrument_code  VARCHAR(20)  NOT NULL,                -- the instrument whose rules set the limit
    kind             VARCHAR(12)  NOT NULL CHECK (kind IN ('FIRST_TIME', 'UPGRADE', 'RE_RATING')),
    days             INTEGER      NOT NULL CHECK (days > 0),
    article          VARCHAR(60)  NOT NULL,                -- where the rule is written
    PRIMARY KEY (instrument_code, kind)
);
INSERT INTO ocop_decision_limit VALUES
    ('26/2026', 'RE_RATING', 45, '26/2026/QĐ-TTg Điều 7.6.g');

-- Transitional provisions: a dossier filed before a new instrument took effect, while the previous
-- one applied, finishes under the previous rules within `days` counted from the effective date.
-- 26/2026 Art. 12.2: first-time and upgrade within 60 days, re-rating within 30 days of 22/05/2026.
-- (Art. 12.1, certificates issued before 22/05/2026 stay valid to their expiry, needs no data:
-- a certificate keeps the expiry it was issued with.)
CREATE TABLE ocop_transition (
    instrument_code  VARCHAR(20)  NOT NULL,                -- the new instrument
    previous_code    VARCHAR(20)  NOT NULL,                -- whose rules pending dossiers keep
    effective_on     DATE         NOT NULL,                -- filed before this day: the previous rules
    kind             VARCHAR(12)  NOT NULL CHECK (kind IN ('FIRST_TIME', 'UPGRADE', 'RE_RATING')),
    days             INTEGER      NOT NULL CHECK (days > 0),
    article          VARCHAR(60)  NOT NULL,
    PRIMARY KEY (instrument_code, kind)
);
INSERT INTO ocop_transition VALUES
    ('26/2026', '148/2023', '2026-05-22', 'FIRST_TIME', 60, '26/2026/QĐ-TTg Điều 12.2.a'),
    ('26/2026', '148/2023', '2026-05-22', 'UPGRADE',    60, '26/2026/QĐ-TTg Điều 12.2.a'),
    ('26/2026', '148/2023', '2026-05-22', 'RE_RATING',  30, '26/2026/QĐ-TTg Điều 12.2.b');

-- filed_on: the first filing (submitted_on moves when a returned dossier is filed again);
-- dossier_complete_on: the day the province received the dossier it accepted as complete;
-- decision_due_on: the last day of the limit that applies (NULL: none), set when its clock starts.
ALTER TABLE ocop_application ADD COLUMN filed_on DATE;
ALTER TABLE ocop_application ADD COLUMN dossier_complete_on DATE;
ALTER TABLE ocop_application ADD COLUMN decision_due_on DATE;

UPDATE ocop_application SET filed_on = submitted_on WHERE submitted_on IS NOT NULL;
UPDATE ocop_application SET dossier_complete_on = commune_reported_on
 WHERE commune_reported_on IS NOT NULL
   AND state IN ('ADVISORY_REVIEW', 'COUNCIL_SCORING', 'SCORED', 'AWAITING_DECISION', 'PROPOSED_TO_CENTRAL',
                 'NOT_RECOGNISED', 'DECIDED');
-- the limits of what is already recorded, by the same rules as the application computes them
UPDATE ocop_application a SET decision_due_on = t.effective_on + t.days
  FROM ocop_transition t
 WHERE t.kind = a.kind AND a.filed_on < t.effective_on AND a.filed_on >= DATE '2023-02-24'
   AND t.previous_code = '148/2023' AND (a.decision_date IS NULL OR a.decision_date >= t.effective_on);
UPDATE ocop_application a SET decision_due_on = a.dossier_complete_on + l.days
  FROM ocop_decision_limit l
 WHERE l.instrument_code = '26/2026' AND l.kind = a.kind AND a.decision_due_on IS NULL
   AND a.filed_on >= DATE '2026-05-22' AND a.dossier_complete_on IS NOT NULL;

-- the officers' count of applications past their limit
CREATE INDEX ocop_application_decision_due ON ocop_application (decision_due_on)
    WHERE decision_due_on IS NOT NULL AND decision_date IS NULL;
