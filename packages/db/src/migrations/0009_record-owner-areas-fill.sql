-- hand-written: every person, family and centre gets an owning area before area_id becomes NOT NULL
-- (ADR 8, "Every record has an owning area"). A null area used to mean "visible to every area";
-- now it grants nothing, so each existing row is given the area with the best claim on it, most
-- specific first:
--   1. the area whose localities cover the record's own postcode district (what new records get);
--   2. a family: the area of the staff member who made it (their own, or their centre's), from the
--      row's created_by or else the audit trail's family.create event; then the area of the centre
--      it first booked at (an online booking made it, and that centre's area runs the sessions);
--   3. a person: their family's area (a family lives together, so it is looked after together); then
--      a household relative's area; then the area of the staff member who made them (created_by,
--      else the audit trail's person.create event); then the centre of their first booking;
--   4. a family still without an area: the area most of its members now have;
--   5. last resort, North: the only rows left have no postcode, no family, no creator and no booking,
--      so no area has a better claim, and North already owns the county-wide mobile provision.
--      Staff there can find them and move them to the right area once the address is known.
-- Self-contained: it reads only tables that exist at this point and writes only area_id.

-- The county-wide mobile provision is owned and managed by North (see ADR 8).
UPDATE centres SET area_id = (SELECT id FROM areas WHERE code = 'north') WHERE area_id IS NULL;
--> statement-breakpoint
CREATE TEMP TABLE record_area_district_areas AS
  SELECT DISTINCT ON (d.district) d.district, l.area_id
    FROM localities l, unnest(l.postcode_districts) AS d(district)
   ORDER BY d.district, l.name;
--> statement-breakpoint
CREATE TEMP TABLE record_area_staff_areas AS
  SELECT s.id AS staff_id, coalesce(s.area_id, c.area_id) AS area_id
    FROM staff_users s LEFT JOIN centres c ON c.id = s.centre_id
   WHERE coalesce(s.area_id, c.area_id) IS NOT NULL;
--> statement-breakpoint
-- 1. Own postcode (the outward code is everything but the last three characters).
UPDATE families f SET area_id = da.area_id
  FROM record_area_district_areas da
 WHERE f.area_id IS NULL AND f.postcode IS NOT NULL
   AND da.district = left(replace(upper(f.postcode), ' ', ''), length(replace(f.postcode, ' ', '')) - 3);
--> statement-breakpoint
UPDATE people p SET area_id = da.area_id
  FROM record_area_district_areas da
 WHERE p.area_id IS NULL AND p.postcode IS NOT NULL
   AND da.district = left(replace(upper(p.postcode), ' ', ''), length(replace(p.postcode, ' ', '')) - 3);
--> statement-breakpoint
-- 2. A family: its creator, from the row or the audit trail; then its first booking's centre.
UPDATE families f SET area_id = sa.area_id
  FROM record_area_staff_areas sa
 WHERE f.area_id IS NULL AND sa.staff_id = f.created_by;
--> statement-breakpoint
UPDATE families f SET area_id = (
    SELECT sa.area_id FROM audit_events e JOIN record_area_staff_areas sa ON sa.staff_id = e.actor_staff_id
     WHERE e.entity_type = 'family' AND e.entity_id = f.id AND e.action = 'family.create'
     ORDER BY e.at LIMIT 1)
 WHERE f.area_id IS NULL;
--> statement-breakpoint
UPDATE families f SET area_id = (
    SELECT c.area_id FROM bookings b
      JOIN open_access_sessions s ON s.id = b.session_id JOIN centres c ON c.id = s.centre_id
     WHERE b.family_id = f.id ORDER BY b.created_at LIMIT 1)
 WHERE f.area_id IS NULL;
--> statement-breakpoint
-- 3. A person: their family; a household relative; their creator; their first booking's centre.
UPDATE people p SET area_id = (
    SELECT f.area_id FROM family_members fm JOIN families f ON f.id = fm.family_id
     WHERE fm.person_id = p.id AND f.area_id IS NOT NULL ORDER BY f.created_at LIMIT 1)
 WHERE p.area_id IS NULL;
--> statement-breakpoint
UPDATE people p SET area_id = (
    SELECT r.area_id FROM person_relationships pr
      JOIN people r ON r.id = CASE WHEN pr.person_id = p.id THEN pr.relative_id ELSE pr.person_id END
     WHERE (pr.person_id = p.id OR pr.relative_id = p.id) AND r.area_id IS NOT NULL
     ORDER BY pr.created_at LIMIT 1)
 WHERE p.area_id IS NULL;
--> statement-breakpoint
UPDATE people p SET area_id = sa.area_id
  FROM record_area_staff_areas sa
 WHERE p.area_id IS NULL AND sa.staff_id = p.created_by;
--> statement-breakpoint
UPDATE people p SET area_id = (
    SELECT sa.area_id FROM audit_events e JOIN record_area_staff_areas sa ON sa.staff_id = e.actor_staff_id
     WHERE e.entity_type = 'person' AND e.entity_id = p.id AND e.action = 'person.create'
     ORDER BY e.at LIMIT 1)
 WHERE p.area_id IS NULL;
--> statement-breakpoint
UPDATE people p SET area_id = (
    SELECT c.area_id FROM booking_children bc JOIN bookings b ON b.id = bc.booking_id
      JOIN open_access_sessions s ON s.id = b.session_id JOIN centres c ON c.id = s.centre_id
     WHERE bc.person_id = p.id ORDER BY b.created_at LIMIT 1)
 WHERE p.area_id IS NULL;
--> statement-breakpoint
-- 4. A family still without one: the area most of its members have.
UPDATE families f SET area_id = (
    SELECT p.area_id FROM family_members fm JOIN people p ON p.id = fm.person_id
     WHERE fm.family_id = f.id AND p.area_id IS NOT NULL
     GROUP BY p.area_id ORDER BY count(*) DESC, p.area_id LIMIT 1)
 WHERE f.area_id IS NULL;
--> statement-breakpoint
-- 5. Last resort: North (see above).
UPDATE families SET area_id = (SELECT id FROM areas WHERE code = 'north') WHERE area_id IS NULL;
--> statement-breakpoint
UPDATE people SET area_id = (SELECT id FROM areas WHERE code = 'north') WHERE area_id IS NULL;
--> statement-breakpoint
DROP TABLE record_area_district_areas, record_area_staff_areas;
