-- The console: one-time setup, login lockout, and access-password attempts per session.

create table installation (
    id integer primary key,
    completed_at timestamp(6) with time zone not null,
    constraint ck_installation_single check (id = 1)
);

alter table technician add column failed_logins integer default 0 not null;
alter table technician add column login_locked_until timestamp(6) with time zone;

alter table adhoc_session add column failed_password_attempts integer default 0 not null;
alter table adhoc_session add column password_locked_until timestamp(6) with time zone;
