"""Realistic synthetic conflict events, loaded in bulk (INSERT ... SELECT generate_series, in the
database) beside the project's ingest: events cluster around ~40 conflict areas, at ~40,000 places
whose popularity is heavily skewed (a few towns get most events, as in ACLED), over ten years, with
ACLED's event types, actors, and a long-tailed fatality count.

The load is the bulk path: the cells trigger is switched off during the INSERT and the cells rebuilt in
one statement after; the indexes are dropped and rebuilt after; the feature trigger stays on (it is
what keeps events.feature; events.sfc is a generated column), then the table is CLUSTERed on its
(sfc, id) index (migration 0003) and analysed.
"""
from __future__ import annotations

import time

import psycopg

# lon, lat, spread (degrees), weight, country
CENTERS = [
    (37.16, 36.20, 0.5, 10, "SY"), (36.63, 35.93, 0.4, 9, "SY"), (36.30, 33.50, 0.4, 6, "SY"),
    (40.14, 35.33, 0.6, 6, "SY"), (39.00, 35.95, 0.4, 5, "SY"), (36.72, 34.73, 0.3, 4, "SY"),
    (43.13, 36.34, 0.5, 6, "IQ"), (44.37, 33.31, 0.4, 6, "IQ"), (42.00, 33.40, 1.0, 4, "IQ"),
    (44.02, 13.58, 0.3, 8, "YE"), (42.95, 14.80, 0.4, 5, "YE"), (45.30, 15.45, 0.5, 5, "YE"),
    (69.17, 34.53, 0.6, 5, "AF"), (64.36, 31.60, 0.8, 5, "AF"), (65.70, 31.60, 0.6, 4, "AF"),
    (37.80, 48.00, 0.6, 9, "UA"), (36.25, 49.99, 0.5, 6, "UA"), (35.14, 47.84, 0.5, 5, "UA"),
    (-3.99, 14.49, 1.5, 4, "ML"), (-1.52, 12.37, 1.5, 4, "BF"), (2.11, 13.51, 1.5, 2, "NE"),
    (13.15, 11.83, 0.8, 5, "NG"), (7.49, 9.06, 2.0, 3, "NG"), (45.34, 2.04, 0.6, 5, "SO"),
    (30.20, 1.60, 0.6, 4, "CD"), (29.20, -0.60, 0.6, 5, "CD"), (95.96, 21.90, 2.0, 5, "MM"),
    (32.53, 15.50, 0.3, 4, "SD"), (24.90, 13.60, 1.5, 3, "SD"), (-103.3, 20.60, 2.0, 4, "MX"),
    (-99.13, 19.43, 1.0, 3, "MX"), (-76.60, 2.44, 1.0, 3, "CO"), (71.50, 34.00, 0.8, 4, "PK"),
    (13.19, 32.88, 0.8, 2, "LY"), (39.47, 13.50, 1.0, 4, "ET"), (74.80, 34.08, 0.5, 3, "IN"),
    (124.6, 7.20, 1.0, 3, "PH"), (34.45, 31.50, 0.1, 6, "PS"), (35.50, 33.30, 0.3, 3, "LB"),
    (18.56, 4.36, 1.5, 2, "CF"), (121.0, 14.60, 0.5, 2, "PH"),
]

TYPES = [  # event type, weight, its sub-event types
    ("Battles", 30, ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"]),
    ("Explosions/Remote violence", 28, ["Air/drone strike", "Shelling/artillery/missile attack",
                                        "Remote explosive/landmine/IED", "Suicide bomb", "Grenade"]),
    ("Violence against civilians", 15, ["Attack", "Abduction/forced disappearance", "Sexual violence"]),
    ("Protests", 17, ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"]),
    ("Riots", 5, ["Violent demonstration", "Mob violence"]),
    ("Strategic developments", 5, ["Arrests", "Looting/property destruction", "Agreement", "Other"]),
]
ACTORS = [("Military Forces of {cc}", 1), ("Islamic State", 2), ("Rebel Forces of {cc}", 2),
          ("Unidentified Armed Group ({cc})", 3), ("Communal Militia ({cc})", 4), ("Rioters ({cc})", 5),
          ("Protesters ({cc})", 6), ("Civilians ({cc})", 7), ("Foreign Military Forces", 8)]
PLACES = 40_000


def _literal_rows(rows) -> str:
    def lit(v):
        return "'" + v.replace("'", "''") + "'" if isinstance(v, str) else repr(v)
    return ",".join("(" + ",".join(lit(v) for v in row) + ")" for row in rows)


def load(url: str, n: int, seed: float = 0.42, log=print) -> dict:
    """Insert n synthetic events into the (migrated, empty) events table; return the timings."""
    timings = {}
    total_weight = sum(c[3] for c in CENTERS)
    type_rows, sub_rows, cum = [], [], 0
    for t, (name, weight, subs) in enumerate(TYPES):
        type_rows.append((t, name, cum / 100.0, (cum + weight) / 100.0))
        cum += weight
        sub_rows += [(t, k, s, len(subs)) for k, s in enumerate(subs)]
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
        conn.execute("SET maintenance_work_mem = '1GB'")
        conn.execute("SET work_mem = '256MB'")
        conn.execute("SET statement_timeout = 0")
        conn.execute("SELECT setseed(%s)", (seed,))
        conn.execute(f"""CREATE TEMP TABLE centers (id serial, lon float8, lat float8, spread float8, weight float8, cc text)""")
        conn.execute(f"INSERT INTO centers (lon, lat, spread, weight, cc) VALUES {_literal_rows(CENTERS)}")
        conn.execute(f"CREATE TEMP TABLE types (t int, name text, lo float8, hi float8)")
        conn.execute(f"INSERT INTO types VALUES {_literal_rows(type_rows)}")
        conn.execute(f"CREATE TEMP TABLE subs (t int, k int, name text, n int)")
        conn.execute(f"INSERT INTO subs VALUES {_literal_rows(sub_rows)}")
        conn.execute(f"CREATE TEMP TABLE actors (k int, name text, inter int)")
        conn.execute(f"INSERT INTO actors VALUES {_literal_rows([(k, a, i) for k, (a, i) in enumerate(ACTORS)])}")
        # Places: each conflict area gets places in proportion to its weight, normally spread around it;
        # ranked in random order, so that popularity (below) is spread over all areas.
        conn.execute(f"""
        CREATE TEMP TABLE places_synth AS
        SELECT row_number() OVER (ORDER BY random()) - 1 AS rank, p.*
        FROM (
            SELECT c.cc,
                   least(179.9, greatest(-179.9, c.lon + c.spread * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))) AS lon,
                   least(85.0, greatest(-85.0, c.lat + c.spread * sqrt(-2 * ln(1 - random())) * sin(2 * pi() * random()))) AS lat,
                   'Place ' || c.id || '-' || g AS name, 'Region ' || c.id || '-' || (g % 7) AS admin1, g AS geonameid
            FROM centers c, generate_series(1, ceil({PLACES} * c.weight / {total_weight})::int) g
        ) p""")
        conn.execute("CREATE INDEX ON places_synth (rank)")
        places = conn.execute("SELECT count(*) FROM places_synth").fetchone()[0]
        conn.execute("ANALYZE places_synth")

        t0 = time.perf_counter()
        conn.execute("ALTER TABLE events DISABLE TRIGGER events_cells_insert")
        for index in ("events_geom", "events_dates", "events_type", "events_sfc"):
            conn.execute(f"DROP INDEX IF EXISTS {index}")
        # Events: a place drawn with a heavy skew (rank ~ places * u^3), a date over ten years, a type by
        # weight, actors by type, killed mostly 0 with a long tail; a third moved up to ~1 km (precision 2).
        chunk = 1_000_000
        for start in range(0, n, chunk):
            count = min(chunk, n - start)
            conn.execute(f"""
            INSERT INTO events (event_type, sub_event_type, actor1, actor1_inter, actor1_country,
                                actor2, actor2_inter, killed_low, killed_best, killed_high, killed_civilians,
                                date_start, date_end, date_precision, location_name, geonameid, country_code,
                                admin1, feature_code, geom, location_precision, confidence, status)
            SELECT ty.name, su.name, replace(a1.name, '{{cc}}', p.cc), a1.inter, p.cc,
                   CASE WHEN r.u4 < 0.6 THEN replace(a2.name, '{{cc}}', p.cc) END,
                   CASE WHEN r.u4 < 0.6 THEN a2.inter END,
                   r.killed, r.killed, r.killed + (r.killed * r.u5)::int,
                   CASE WHEN ty.t = 2 THEN r.killed END,
                   r.day, CASE WHEN r.u5 < 0.1 THEN r.day + 2 END, CASE WHEN r.u5 < 0.1 THEN 2 ELSE 1 END,
                   p.name, p.geonameid, p.cc, p.admin1, 'PPL',
                   ST_SetSRID(ST_MakePoint(p.lon + CASE WHEN r.u6 < 0.33 THEN (r.u4 - 0.5) * 0.02 ELSE 0 END,
                                           p.lat + CASE WHEN r.u6 < 0.33 THEN (r.u5 - 0.5) * 0.02 ELSE 0 END), 4326),
                   CASE WHEN r.u6 < 0.33 THEN 2 ELSE 1 END, 0.5 + r.u6 / 2,
                   CASE WHEN r.u6 < 0.05 THEN 'reviewed' ELSE 'machine' END
            FROM (
                SELECT floor({places} * power(random(), 3))::int AS rank,
                       random() AS u1, random() AS u2, random() AS u3, random() AS u4, random() AS u5, random() AS u6,
                       DATE '2015-01-01' + floor(3652 * sqrt(random()))::int AS day,
                       CASE WHEN random() < 0.55 THEN 0 ELSE floor(exp(random() * random() * 6))::int END AS killed
                FROM generate_series(1, {count})
            ) r
            JOIN places_synth p ON p.rank = r.rank
            JOIN types ty ON r.u1 >= ty.lo AND r.u1 < ty.hi
            JOIN subs su ON su.t = ty.t AND su.k = floor(r.u2 * su.n)::int
            JOIN actors a1 ON a1.k = CASE ty.t WHEN 3 THEN 6 WHEN 4 THEN 5 ELSE floor(r.u3 * 5)::int END
            JOIN actors a2 ON a2.k = CASE ty.t WHEN 2 THEN 7 ELSE (floor(r.u3 * 5)::int + 1 + floor(r.u4 * 3)::int) % 9 END
            """)
            log(f"  {start + count:,} events inserted ({time.perf_counter() - t0:.0f} s)")
        timings["insert_s"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        conn.execute("CREATE INDEX events_geom ON events USING gist (geom)")
        conn.execute("CREATE INDEX events_dates ON events (date_start, date_end)")
        conn.execute("CREATE INDEX events_type ON events (event_type, sub_event_type)")
        conn.execute("CREATE INDEX events_sfc ON events (sfc, id)")
        conn.execute("ALTER TABLE events CLUSTER ON events_sfc")
        timings["index_s"] = time.perf_counter() - t1
        t2 = time.perf_counter()
        conn.execute("ALTER TABLE events ENABLE TRIGGER events_cells_insert")
        conn.execute("SELECT eventmap_rebuild_cells()")
        timings["cells_s"] = time.perf_counter() - t2
        conn.execute("VACUUM ANALYZE events")
        conn.execute("VACUUM ANALYZE event_cells")
    return timings


def cluster(url: str) -> float:
    """CLUSTER events on the index it is marked to cluster on (migration 0002), then analyse."""
    t0 = time.perf_counter()
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
        conn.execute("SET maintenance_work_mem = '1GB'")
        conn.execute("SET statement_timeout = 0")
        conn.execute("CLUSTER events")
        conn.execute("VACUUM ANALYZE events")
    return time.perf_counter() - t0
