-- Two-factor sign-in: a technician's TOTP secret (sealed) and the last time step whose code was
-- taken (codes are single-use), their unused recovery codes (hashed), and the company's rule.

alter table technician add column second_factor_secret varchar(255);
alter table technician add column second_factor_last_step bigint;

create table recovery_code (
    technician_id bigint not null references technician (id),
    code_hash varchar(255) not null,
    constraint pk_recovery_code primary key (technician_id, code_hash)
);

alter table company add column second_factor_required boolean default false not null;
