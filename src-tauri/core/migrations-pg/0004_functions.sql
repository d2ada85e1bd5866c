-- The acts a desk's login may do only through the server's own code (SECURITY DEFINER, owned
-- by the schema owner): append to the audit chain, take the next number, check a PIN without
-- the hash leaving the server, set a PIN, and the few removals core makes (holidays, duty days,
-- label stocks, open step timings). Never edit once landed.

-- The UTC time as core's timefmt::to_db writes it.
CREATE FUNCTION utc_text(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

-- An event's hash exactly as core's audit.rs computes it: SHA-256 of the previous hash, the
-- time, the actor (empty when none), action, entity, entity id and payload, one a line.
CREATE FUNCTION event_hash(prev text, at text, actor_id bigint, action text, entity text,
        entity_id text, payload text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(prev || E'\n' || at || E'\n' || coalesce(actor_id::text, '')
        || E'\n' || action || E'\n' || entity || E'\n' || entity_id || E'\n' || payload,
        'UTF8')), 'hex')
$$;

-- Whoever inserts (the owner too), an event must link to the head and hash right; the desk is
-- the login's. The head row is locked until the transaction ends: appends queue behind it.
CREATE FUNCTION audit_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE head text;
BEGIN
    SELECT hash INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    IF NEW.prev_hash IS DISTINCT FROM head THEN
        RAISE EXCEPTION 'an audit event must link to the head of the chain';
    END IF;
    IF NEW.hash IS DISTINCT FROM event_hash(NEW.prev_hash, NEW.at, NEW.actor_id, NEW.action,
            NEW.entity, NEW.entity_id, NEW.payload) THEN
        RAISE EXCEPTION 'an audit event''s hash must cover the event';
    END IF;
    NEW.desk := session_user;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_link BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_link();

CREATE FUNCTION audit_move_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE audit_head SET event_id = NEW.id, hash = NEW.hash WHERE id = 1;
    RETURN NULL;
END $$;
CREATE TRIGGER audit_move_head AFTER INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_move_head();

-- Appends one event in the caller's transaction and returns its hash. The time is the
-- server's, taken once the head is locked, so the chain's times never go backwards.
CREATE FUNCTION append_audit(p_actor bigint, p_action text, p_entity text, p_entity_id text,
        p_payload text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pressdesk, pg_temp AS $$
DECLARE prev text; t text; h text;
BEGIN
    SELECT hash INTO prev FROM audit_head WHERE id = 1 FOR UPDATE;
    t := utc_text(clock_timestamp());
    h := event_hash(prev, t, p_actor, p_action, p_entity, p_entity_id, p_payload);
    INSERT INTO audit_events (at, actor_id, action, entity, entity_id, payload, prev_hash, hash,
            desk)
        VALUES (t, p_actor, p_action, p_entity, p_entity_id, p_payload, prev, h, session_user);
    RETURN h;
END $$;

-- The next number of a series and year, gap-free: the counter row stays locked until the
-- caller's transaction ends, and a rolled-back act takes its number back with it.
CREATE FUNCTION next_number(p_series text, p_year bigint) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = pressdesk, pg_temp AS $$
    INSERT INTO counters (series, year, last) VALUES (p_series, p_year, 1)
    ON CONFLICT (series, year) DO UPDATE SET last = counters.last + 1
    RETURNING last
$$;

-- A user's Argon2 parameters and salt: the PHC string without its hash. The desk computes the
-- hash of the typed PIN with them and hands it to check_pin; NULL when the user has no PIN.
CREATE FUNCTION pin_salt(p_user bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pressdesk, pg_temp AS $$
    SELECT substring(pin_hash FROM '^(\$.*)\$[^$]*$') FROM users WHERE id = p_user
$$;

-- Checks a PIN's hash against the stored one and counts a wrong one (the fifth locks the user
-- for a minute, audited as `user.locked`), as core's auth.rs does. Returns the try's id; its
-- verdict is told by pin_verdict only after this transaction committed, so a desk cannot try
-- PINs in transactions it rolls back to escape the count.
CREATE FUNCTION check_pin(p_user bigint, p_phc text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pressdesk, pg_temp AS $$
DECLARE u record; verdict text; failed bigint; until text; try_id bigint;
BEGIN
    SELECT active, pin_hash, locked_until INTO u FROM users WHERE id = p_user FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such user' USING ERRCODE = 'no_data_found';
    END IF;
    IF u.active = 0 THEN
        verdict := 'inactive';
    ELSIF u.locked_until IS NOT NULL AND u.locked_until > utc_text(clock_timestamp()) THEN
        verdict := 'locked';
    ELSIF u.pin_hash IS NULL THEN
        verdict := 'no_pin';
    ELSIF u.pin_hash = p_phc THEN
        verdict := 'ok';
        UPDATE users SET failed_pins = 0, locked_until = NULL
        WHERE id = p_user AND (failed_pins <> 0 OR locked_until IS NOT NULL);
    ELSE
        verdict := 'wrong';
        UPDATE users SET failed_pins = failed_pins + 1 WHERE id = p_user
        RETURNING failed_pins INTO failed;
        IF failed >= 5 THEN
            until := utc_text(date_trunc('second', clock_timestamp()) + interval '60 seconds');
            UPDATE users SET failed_pins = 0, locked_until = until WHERE id = p_user;
            PERFORM append_audit(p_user, 'user.locked', 'user', p_user::text,
                format('{"locked_until":"%s"}', until));
        END IF;
    END IF;
    INSERT INTO pin_attempts (user_id, outcome) VALUES (p_user, verdict) RETURNING id INTO try_id;
    RETURN try_id;
END $$;

-- The verdict of a committed try: ok, wrong (with the tries left), locked (with the seconds
-- left), no_pin or inactive. Refused inside the transaction that made the try.
CREATE FUNCTION pin_verdict(p_try bigint, OUT outcome text, OUT tries_left bigint,
        OUT locked_secs bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pressdesk, pg_temp AS $$
DECLARE a record; u record;
BEGIN
    SELECT * INTO a FROM pin_attempts WHERE id = p_try;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such PIN check' USING ERRCODE = 'no_data_found';
    END IF;
    IF a.xact = pg_current_xact_id() THEN
        RAISE EXCEPTION 'a PIN check is answered only after its transaction committed';
    END IF;
    SELECT failed_pins, locked_until INTO u FROM users WHERE id = a.user_id;
    outcome := a.outcome;
    tries_left := greatest(0, 5 - u.failed_pins);
    locked_secs := 0;
    IF u.locked_until IS NOT NULL THEN
        locked_secs := greatest(0, ceil(extract(epoch FROM
            (u.locked_until::timestamptz - clock_timestamp())))::bigint);
        IF locked_secs > 0 AND outcome = 'wrong' THEN
            tries_left := 0;
        END IF;
    END IF;
END $$;

-- Sets a user's PIN hash (lifting a lock) and audits it as `user.pin_reset`. A Kadis, Kabid,
-- Admin or Sekretaris gets a PIN only with an admin's proof: a try of an active Admin that
-- succeeded at this desk in the last two minutes (permissions::require_user_role's rule).
CREATE FUNCTION set_pin(p_user bigint, p_phc text, p_admin_try bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pressdesk, pg_temp AS $$
DECLARE target_role text; admin_id bigint;
BEGIN
    IF p_phc !~ '^\$argon2(id|i|d)\$v=[0-9]+\$[^$]+\$[^$]+\$[^$]+$' THEN
        RAISE EXCEPTION 'a PIN is stored only as an Argon2 PHC string';
    END IF;
    SELECT role INTO target_role FROM users WHERE id = p_user FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such user' USING ERRCODE = 'no_data_found';
    END IF;
    IF p_admin_try IS NOT NULL THEN
        SELECT a.user_id INTO admin_id FROM pin_attempts a JOIN users u ON u.id = a.user_id
        WHERE a.id = p_admin_try AND a.outcome = 'ok' AND a.desk = session_user
            AND a.at > clock_timestamp() - interval '2 minutes'
            AND a.xact <> pg_current_xact_id() AND u.role = 'Admin' AND u.active = 1;
        IF admin_id IS NULL THEN
            RAISE EXCEPTION 'the admin''s PIN check is not valid here'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF target_role IN ('Kadis', 'Kabid', 'Admin', 'Secretary') THEN
        RAISE EXCEPTION 'only an admin with a checked PIN sets the PIN of a %', target_role
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE users SET pin_hash = p_phc, failed_pins = 0, locked_until = NULL WHERE id = p_user;
    PERFORM append_audit(admin_id, 'user.pin_reset', 'user', p_user::text, '{}');
END $$;

-- The removals core makes; a desk's login has no DELETE of its own.
CREATE FUNCTION remove_holiday(p_date text) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = pressdesk, pg_temp AS $$
    WITH gone AS (DELETE FROM holidays WHERE date = p_date RETURNING 1) SELECT count(*) FROM gone
$$;

CREATE FUNCTION remove_duty_day(p_day text) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = pressdesk, pg_temp AS $$
    WITH gone AS (DELETE FROM duty_roster WHERE day = p_day RETURNING 1) SELECT count(*) FROM gone
$$;

CREATE FUNCTION remove_label_stock(p_name text) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = pressdesk, pg_temp AS $$
    DELETE FROM print_offsets WHERE stock = p_name;
    WITH gone AS (DELETE FROM label_stocks WHERE name = p_name RETURNING 1)
    SELECT count(*) FROM gone
$$;

-- A step reopened or stepped back (workflow::reopen, step_back): its open timing, or every
-- timing after the step it returns to, goes; finished steps before it stay.
CREATE FUNCTION remove_open_timings(p_release bigint) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = pressdesk, pg_temp AS $$
    WITH gone AS (DELETE FROM step_timings WHERE release_id = p_release AND ended_at IS NULL
        RETURNING 1) SELECT count(*) FROM gone
$$;

CREATE FUNCTION remove_timings_after(p_release bigint, p_step bigint) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = pressdesk, pg_temp AS $$
    WITH gone AS (DELETE FROM step_timings WHERE release_id = p_release AND step_seq > p_step
        RETURNING 1) SELECT count(*) FROM gone
$$;
