-- Live updates between desks (issue 15): every act appends an audit event, so the event's
-- insert tells the other desks what changed. NOTIFY is delivered when the act's transaction
-- commits, and never for one rolled back, so a desk never reloads for an act that did not
-- happen. The payload names the record ("release:<uid>"); desks reload what they show.
-- Never edit once landed.

CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('pressdesk_changes', NEW.entity || ':' || NEW.entity_id);
    RETURN NULL;
END $$;

CREATE TRIGGER audit_notify AFTER INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION notify_change();
