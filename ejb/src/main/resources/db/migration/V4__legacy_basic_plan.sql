-- Legacy Basic subscribers have Ad Hoc Support too (Remote Control only).
alter table company drop constraint ck_company_plan;
alter table company add constraint ck_company_plan
    check (plan in ('TRIAL', 'BASE', 'LEGACY_BASIC', 'LEGACY_PLUS', 'LEGACY_PREMIER'));
