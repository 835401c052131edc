-- Reporting: yearly plan targets per indicator and administrative unit (issue 5). The report
-- shows an indicator's value as a share of its target ("đạt 166,1% kế hoạch"). Indicator codes are
-- the catalogue's (docs/reporting.md); units are referenced by code only (the units module owns
-- its tables), valid in the plan's year.
CREATE TABLE reporting_plan_target (
    indicator_code VARCHAR(40)    NOT NULL,
    unit_code      VARCHAR(5)     NOT NULL,
    year           INTEGER        NOT NULL,
    target         NUMERIC(18, 0) NOT NULL,
    note           VARCHAR(500),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(100)   NOT NULL,
    version        INTEGER        NOT NULL DEFAULT 0,
    CONSTRAINT reporting_plan_target_pk PRIMARY KEY (unit_code, year, indicator_code),
    CONSTRAINT reporting_plan_target_positive_ck CHECK (target > 0),
    CONSTRAINT reporting_plan_target_year_ck CHECK (year BETWEEN 1990 AND 2100)
);

COMMENT ON TABLE reporting_plan_target IS 'Yearly plan targets per indicator and unit; every change audited';
