-- A database of the previous release (schema V2) in use: every table filled, with the values an
-- upgrade could damage (NULLs, non-ASCII text, texts at their column's length, timestamps with
-- microseconds and offsets, zero counters). Portable between H2 and PostgreSQL.
-- Ids come from the identity columns, as in production; rows refer to each other by natural keys.
-- A statement ends with a semicolon at the end of a line: SchemaUpgradeIT splits the script there.

insert into installation (id, completed_at) values (1, '2024-11-04 08:30:12.654321+01:00');

insert into company (name, plan, insight_module, seats, version)
values ('Müller & Söhne GmbH', 'BASE', true, 5, 3);
insert into company (name, plan, insight_module, seats, version)
values ('Zoë''s Café Société', 'TRIAL', false, 1, 0);
insert into company (name, plan, insight_module, seats, version)
values ('Łódź Serwis Sp. z o.o.', 'LEGACY_PREMIER', true, 0, 12);
insert into company (name, plan, insight_module, seats, version)
values ('株式会社サポート東京', 'LEGACY_PLUS', false, 250, 7);
insert into company (name, plan, insight_module, seats, version)
values (repeat('Long Name Holdings ', 6) || 'Ltd.', 'BASE', false, 2, 1);

insert into technician (company_id, email, display_name, password_hash, role, full_remote_control, locale,
        active, version, failed_logins, login_locked_until)
values ((select id from company where name = 'Müller & Söhne GmbH'), 'zoe.mueller@mueller-soehne.de', 'Zoë Müller',
        '$pbkdf2-sha256$310000$c2FsdHNhbHRzYWx0$Jc0VfV2dUZ1cXk5b2xxYkRxZGxhTW9uZ0JQcnZ4ZkE', 'ADMINISTRATOR', true,
        'de', true, 4, 0, null);
insert into technician (company_id, email, display_name, password_hash, role, full_remote_control, locale,
        active, version, failed_logins, login_locked_until)
values ((select id from company where name = 'Müller & Söhne GmbH'), 'jürgen.weiß@mueller-soehne.de', 'Jürgen Weiß',
        '$pbkdf2-sha256$310000$cGVwcGVycGVwcGVy$R0x1aGp0Y2VvS3ZxZ0xQZ3R4b0dMV1V6bkdJcnN5dmM', 'TECHNICIAN', false,
        null, true, 9, 3, '2025-06-02 10:15:00.000001+02:00');
insert into technician (company_id, email, display_name, password_hash, role, full_remote_control, locale,
        active, version, failed_logins, login_locked_until)
values ((select id from company where name = 'Zoë''s Café Société'), 'amelie@cafe-societe.fr', 'Amélie Poulain',
        '$pbkdf2-sha256$310000$bm9uY2Vub25jZQ$WmFvbW5rVFZ1dWJtS0FqbWxpZ3l6Y1N2cnBCb0VvR2s', 'ADMINISTRATOR', true,
        'fr-FR', false, 2, 0, null);
insert into technician (company_id, email, display_name, password_hash, role, full_remote_control, locale,
        active, version, failed_logins, login_locked_until)
values ((select id from company where name = 'Łódź Serwis Sp. z o.o.'), 'grzegorz.brzeczyszczykiewicz@lodz-serwis.pl',
        'Grzegorz Brzęczyszczykiewicz',
        '$pbkdf2-sha256$310000$a3J6YWtrcnphaw$UG9sc2thUG9sc2thUG9sc2thUG9sc2thUG9sc2thUG8', 'TECHNICIAN', true,
        'pl', true, 0, 0, null);
insert into technician (company_id, email, display_name, password_hash, role, full_remote_control, locale,
        active, version, failed_logins, login_locked_until)
values ((select id from company where name = '株式会社サポート東京'), 'sato@support-tokyo.co.jp', '佐藤 花子',
        '$pbkdf2-sha256$310000$dG9reW90b2t5bw$SmFwYW5KYXBhbkphcGFuSmFwYW5KYXBhbkphcGFuSmE', 'ADMINISTRATOR', false,
        'ja', true, 1, 0, null);
insert into technician (company_id, email, display_name, password_hash, role, full_remote_control, locale,
        active, version, failed_logins, login_locked_until)
values ((select min(id) from company where plan = 'BASE' and seats = 2),
        repeat('a', 64) || '@' || repeat('very-long-subdomain-name.', 7) || 'example.com', repeat('Ä', 120),
        '$pbkdf2-sha256$310000$bG9uZ2xvbmc$' || repeat('TG9uZw', 10), 'TECHNICIAN', false, 'en-GB', true, 1, 0,
        null);

-- Sessions in every state and with every end reason.
insert into adhoc_session (company_id, technician_id, end_user_email, state, end_reason, created_at,
        invitation_expires_at, email_sent_at, activated_at, expires_at, ended_at, security_code_hash,
        deployment_token_hash, access_password_hash, access_password_sealed, failed_code_attempts, code_locked_until,
        version, failed_password_attempts, password_locked_until)
values ((select company_id from technician where email = 'zoe.mueller@mueller-soehne.de'),
        (select id from technician where email = 'zoe.mueller@mueller-soehne.de'), 'björn.öberg@kunde.example',
        'PENDING', null, '2025-06-02 09:00:00.123456+02:00', '2025-06-03 09:00:00.123456+02:00',
        '2025-06-02 09:00:01.5+02:00', null, null, null, '$pbkdf2-sha256$310000$Y29kZQ$Y29kZWNvZGVjb2RlY29kZQ',
        'b3a1c0ffee0000000000000000000000000000000000000000000000000000a1', '$pbkdf2-sha256$310000$cHc$cHdwd3B3cHc',
        'v1:' || repeat('U2VhbGVkUGFzc3dvcmQ', 26), 0, null, 1, 0, null);
insert into adhoc_session (company_id, technician_id, end_user_email, state, end_reason, created_at,
        invitation_expires_at, email_sent_at, activated_at, expires_at, ended_at, security_code_hash,
        deployment_token_hash, access_password_hash, access_password_sealed, failed_code_attempts, code_locked_until,
        version, failed_password_attempts, password_locked_until)
values ((select company_id from technician where email = 'jürgen.weiß@mueller-soehne.de'),
        (select id from technician where email = 'jürgen.weiß@mueller-soehne.de'), null,
        'PENDING', null, '2025-06-02 11:45:10.000100+02:00', '2025-06-02 23:45:10.000100+02:00',
        null, null, null, null, '$pbkdf2-sha256$310000$Y29kZTI$Y29kZTJjb2RlMmNvZGUy',
        'b3a1c0ffee0000000000000000000000000000000000000000000000000000a2', '$pbkdf2-sha256$310000$cHcy$cHcycHcy',
        null, 5, '2025-06-02 12:00:00+02:00', 6, 0, null);
insert into adhoc_session (company_id, technician_id, end_user_email, state, end_reason, created_at,
        invitation_expires_at, email_sent_at, activated_at, expires_at, ended_at, security_code_hash,
        deployment_token_hash, access_password_hash, access_password_sealed, failed_code_attempts, code_locked_until,
        version, failed_password_attempts, password_locked_until)
values ((select company_id from technician where email = 'zoe.mueller@mueller-soehne.de'),
        (select id from technician where email = 'zoe.mueller@mueller-soehne.de'), 'chloé.dupont@client.example',
        'ACTIVE', null, '2025-06-01 14:00:00.999999+02:00', '2025-06-02 14:00:00.999999+02:00',
        '2025-06-01 14:00:02+02:00', '2025-06-01 14:20:33.250000+02:00', '2025-06-08 14:20:33.250000+02:00', null,
        null, null, '$pbkdf2-sha256$310000$cHcz$cHczcHcz', 'v1:QWN0aXZlU2VhbGVk', 1, null, 14, 2,
        '2025-06-01 15:00:00+02:00');
insert into adhoc_session (company_id, technician_id, end_user_email, state, end_reason, created_at,
        invitation_expires_at, email_sent_at, activated_at, expires_at, ended_at, security_code_hash,
        deployment_token_hash, access_password_hash, access_password_sealed, failed_code_attempts, code_locked_until,
        version, failed_password_attempts, password_locked_until)
values ((select company_id from technician where email = 'grzegorz.brzeczyszczykiewicz@lodz-serwis.pl'),
        (select id from technician where email = 'grzegorz.brzeczyszczykiewicz@lodz-serwis.pl'),
        'małgorzata@klient.example', 'ACTIVE', null, '2024-12-31 23:59:59.999999+01:00',
        '2025-01-01 23:59:59.999999+01:00', '2025-01-01 00:00:00+01:00', '2025-01-01 00:00:00.000001+01:00',
        '2025-01-08 00:00:00.000001+01:00', null, null, null, '$pbkdf2-sha256$310000$cHc0$cHc0cHc0', null, 0, null,
        3, 0, null);
insert into adhoc_session (company_id, technician_id, end_user_email, state, end_reason, created_at,
        invitation_expires_at, email_sent_at, activated_at, expires_at, ended_at, security_code_hash,
        deployment_token_hash, access_password_hash, access_password_sealed, failed_code_attempts, code_locked_until,
        version, failed_password_attempts, password_locked_until)
values ((select company_id from technician where email = 'zoe.mueller@mueller-soehne.de'),
        (select id from technician where email = 'zoe.mueller@mueller-soehne.de'), null, 'ENDED', 'EXPIRED',
        '2025-03-10 08:00:00+01:00', '2025-03-11 08:00:00+01:00', '2025-03-10 08:00:01+01:00',
        '2025-03-10 08:30:00+01:00', '2025-03-17 08:30:00+01:00', '2025-03-17 08:30:00.000500+01:00', null, null,
        '$pbkdf2-sha256$310000$cHc1$cHc1cHc1', null, 0, null, 8, 0, null);
insert into adhoc_session (company_id, technician_id, end_user_email, state, end_reason, created_at,
        invitation_expires_at, email_sent_at, activated_at, expires_at, ended_at, security_code_hash,
        deployment_token_hash, access_password_hash, access_password_sealed, failed_code_attempts, code_locked_until,
        version, failed_password_attempts, password_locked_until)
values ((select company_id from technician where email = 'amelie@cafe-societe.fr'),
        (select id from technician where email = 'amelie@cafe-societe.fr'), 'noël@client.example', 'ENDED',
        'INVITATION_EXPIRED', '2025-02-01 10:00:00+01:00', '2025-02-02 10:00:00+01:00', '2025-02-01 10:00:05+01:00',
        null, null, '2025-02-02 10:00:30.123+01:00', '$pbkdf2-sha256$310000$Y29kZTM$Y29kZTNjb2RlMw',
        'b3a1c0ffee0000000000000000000000000000000000000000000000000000a3', '$pbkdf2-sha256$310000$cHc2$cHc2cHc2',
        null, 4, '2025-02-01 11:00:00+01:00', 2, 0, null);
insert into adhoc_session (company_id, technician_id, end_user_email, state, end_reason, created_at,
        invitation_expires_at, email_sent_at, activated_at, expires_at, ended_at, security_code_hash,
        deployment_token_hash, access_password_hash, access_password_sealed, failed_code_attempts, code_locked_until,
        version, failed_password_attempts, password_locked_until)
values ((select company_id from technician where email = 'jürgen.weiß@mueller-soehne.de'),
        (select id from technician where email = 'jürgen.weiß@mueller-soehne.de'), 'kunde@firma.example', 'ENDED',
        'ENDED_BY_TECHNICIAN', '2025-05-20 13:00:00+02:00', '2025-05-21 13:00:00+02:00', '2025-05-20 13:00:01+02:00',
        '2025-05-20 13:05:00+02:00', '2025-05-27 13:05:00+02:00', '2025-05-20 16:45:12.345678+02:00', null, null,
        '$pbkdf2-sha256$310000$cHc3$cHc3cHc3', 'v1:RW5kZWRTZWFsZWQ', 0, null, 5, 1, null);
insert into adhoc_session (company_id, technician_id, end_user_email, state, end_reason, created_at,
        invitation_expires_at, email_sent_at, activated_at, expires_at, ended_at, security_code_hash,
        deployment_token_hash, access_password_hash, access_password_sealed, failed_code_attempts, code_locked_until,
        version, failed_password_attempts, password_locked_until)
values ((select company_id from technician where email = 'sato@support-tokyo.co.jp'),
        (select id from technician where email = 'sato@support-tokyo.co.jp'), 'yamada@kokyaku.example', 'ENDED',
        'ENDED_BY_USER', '2025-04-01 09:00:00+09:00', '2025-04-02 09:00:00+09:00', '2025-04-01 09:00:01+09:00',
        '2025-04-01 09:10:00+09:00', '2025-04-08 09:10:00+09:00', '2025-04-01 09:40:00+09:00', null, null,
        '$pbkdf2-sha256$310000$cHc4$cHc4cHc4', null, 0, null, 4, 0, null);
insert into adhoc_session (company_id, technician_id, end_user_email, state, end_reason, created_at,
        invitation_expires_at, email_sent_at, activated_at, expires_at, ended_at, security_code_hash,
        deployment_token_hash, access_password_hash, access_password_sealed, failed_code_attempts, code_locked_until,
        version, failed_password_attempts, password_locked_until)
values ((select company_id from technician where email = 'grzegorz.brzeczyszczykiewicz@lodz-serwis.pl'),
        (select id from technician where email = 'grzegorz.brzeczyszczykiewicz@lodz-serwis.pl'), null, 'ENDED',
        'COMPUTER_DELETED', '2024-10-01 07:00:00+02:00', '2024-10-02 07:00:00+02:00', null,
        '2024-10-01 07:30:00+02:00', '2024-10-08 07:30:00+02:00', '2024-10-03 12:00:00+02:00', null, null,
        '$pbkdf2-sha256$310000$cHc5$cHc5cHc5', null, 0, null, 6, 0, null);
insert into adhoc_session (company_id, technician_id, end_user_email, state, end_reason, created_at,
        invitation_expires_at, email_sent_at, activated_at, expires_at, ended_at, security_code_hash,
        deployment_token_hash, access_password_hash, access_password_sealed, failed_code_attempts, code_locked_until,
        version, failed_password_attempts, password_locked_until)
values ((select company_id from technician where email = 'zoe.mueller@mueller-soehne.de'),
        (select id from technician where email = 'zoe.mueller@mueller-soehne.de'), 'ærøskøbing@kunde.example',
        'ENDED', 'PASSWORD_POLICY', '2025-06-02 07:00:00+02:00', '2025-06-03 07:00:00+02:00',
        '2025-06-02 07:00:02+02:00', '2025-06-02 07:05:00+02:00', '2025-06-09 07:05:00+02:00',
        '2025-06-02 07:05:01+02:00', null, null, '$pbkdf2-sha256$310000$cHcxMA$cHcxMHB3MTA', null, 0, null, 3, 5,
        '2025-06-02 07:35:00+02:00');

-- Computers: online and holding a seat, offline, and one purged by the retention job.
insert into computer (session_id, company_id, name, os_name, online, online_since, last_online, holds_seat,
        agent_credential_hash, version)
values ((select id from adhoc_session where end_user_email = 'chloé.dupont@client.example'),
        (select id from company where name = 'Müller & Söhne GmbH'), 'CHLOË-LAPTOP',
        'Microsoft Windows 11 Pro 24H2 (Build 26100.4061) — Français', true, '2025-06-01 14:20:33.250000+02:00',
        '2025-06-01 14:20:33.250000+02:00', true, 'a000000000000000000000000000000000000000000000000000000000000001', 11);
insert into computer (session_id, company_id, name, os_name, online, online_since, last_online, holds_seat,
        agent_credential_hash, version)
values ((select id from adhoc_session where end_user_email = 'małgorzata@klient.example'),
        (select id from company where name = 'Łódź Serwis Sp. z o.o.'), repeat('X', 64), null, false, null,
        '2025-01-05 18:00:00.000001+01:00', true, 'a000000000000000000000000000000000000000000000000000000000000002', 40);
insert into computer (session_id, company_id, name, os_name, online, online_since, last_online, holds_seat,
        agent_credential_hash, version)
values ((select id from adhoc_session where end_reason = 'EXPIRED'),
        (select id from company where name = 'Müller & Söhne GmbH'), '(purged)', null, false, null, null, false,
        'a000000000000000000000000000000000000000000000000000000000000003', 9);
insert into computer (session_id, company_id, name, os_name, online, online_since, last_online, holds_seat,
        agent_credential_hash, version)
values ((select id from adhoc_session where end_user_email = 'yamada@kokyaku.example'),
        (select id from company where name = '株式会社サポート東京'), '山田のパソコン', 'Windows 10 Home 22H2', false,
        null, '2025-04-01 09:40:00+09:00', false, 'a000000000000000000000000000000000000000000000000000000000000004',
        3);

-- The audit trail: session and account events, with and without a session, address or detail.
insert into audit_event (company_id, session_id, actor, action, detail, occurred_at, source_address)
values ((select id from company where name = 'Müller & Söhne GmbH'),
        (select id from adhoc_session where end_user_email = 'chloé.dupont@client.example'),
        'zoe.mueller@mueller-soehne.de', 'SESSION_CREATED', 'Invitation for chloé.dupont@client.example',
        '2025-06-01 14:00:00.999999+02:00', '198.51.100.2');
insert into audit_event (company_id, session_id, actor, action, detail, occurred_at, source_address)
values ((select id from company where name = 'Müller & Söhne GmbH'),
        (select id from adhoc_session where end_user_email = 'chloé.dupont@client.example'), 'agent',
        'SESSION_ACTIVATED', 'CHLOË-LAPTOP', '2025-06-01 14:20:33.250000+02:00', null);
insert into audit_event (company_id, session_id, actor, action, detail, occurred_at, source_address)
values ((select id from company where name = 'Müller & Söhne GmbH'),
        (select id from adhoc_session where end_user_email = 'chloé.dupont@client.example'),
        'zoe.mueller@mueller-soehne.de', 'CONNECTION_REFUSED',
        repeat('Zugriff verweigert: Kennwort falsch. Ünïcödé ', 11) || 'Ende.',
        '2025-06-01 14:59:59.000001+02:00', '2001:db8:85a3::8a2e:370:7334');
insert into audit_event (company_id, session_id, actor, action, detail, occurred_at, source_address)
values ((select id from company where name = 'Zoë''s Café Société'), null, 'amelie@cafe-societe.fr',
        'ACCOUNT_CHANGED', null, '2025-01-15 12:00:00+01:00', '203.0.113.77');
insert into audit_event (company_id, session_id, actor, action, detail, occurred_at, source_address)
values ((select id from company where name = 'Łódź Serwis Sp. z o.o.'),
        (select id from adhoc_session where end_reason = 'COMPUTER_DELETED'), 'system', 'COMPUTER_DELETED',
        'Komputer usunięty z grupy „Ad Hoc Support Sessions”', '2024-10-03 12:00:00+02:00', null);
insert into audit_event (company_id, session_id, actor, action, detail, occurred_at, source_address)
values ((select id from company where name = '株式会社サポート東京'),
        (select id from adhoc_session where end_user_email = 'yamada@kokyaku.example'), 'agent', 'SESSION_ENDED',
        'ユーザーがセッションを終了しました', '2025-04-01 09:40:00+09:00', null);
insert into audit_event (company_id, session_id, actor, action, detail, occurred_at, source_address)
values ((select id from company where name = 'Müller & Söhne GmbH'), null, 'zoe.mueller@mueller-soehne.de',
        'TECHNICIAN_CHANGED', 'Jürgen Weiß: full remote control off', '2025-05-30 17:30:00.5+02:00',
        '198.51.100.2');
