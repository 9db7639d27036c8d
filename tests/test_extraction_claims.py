"""Claims told through a spokesman or a statement, interceptions (the interceptor acts on the launcher), and acts at
sea told in the passive with no doer."""
import datetime as dt

from extraction import extract_events

MON = dt.date(2025, 3, 10)


def events(text):
    return extract_events(text, published_at=MON, toponyms=[], locations=[])


def coded(text):
    return [(ev.sub_event_type, (ev.actor1 or {}).get("name"), (ev.actor2 or {}).get("name")) for ev in events(text)]


def test_a_ship_hijacked_with_its_crew_taken_is_an_abduction():
    [ev] = events("Gunmen hijacked an Iranian fishing trawler off the Somali coast on Sunday, officials said.")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    [ev] = events("Gunmen boarded a trawler off the Somali coast on Sunday and took its 17 crew members hostage.")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_an_attack_by_drones_fended_off_is_disrupted_weapons_use():
    [sub] = {c[0] for c in coded("Russian Navy repels drone boat attack\n\nThe Russian navy repelled an attack by "
                                 "Ukrainian unmanned boats on Sevastopol overnight, the governor said.")}
    assert sub == "Disrupted weapons use"


def test_an_interception_s_doer_is_the_interceptor_and_by_names_the_launcher():
    assert coded("Saudi air defences shot down three drones launched by the Houthis toward Abha on Sunday.") == [
        ("Disrupted weapons use", "Military Forces of Saudi Arabia", "Ansar Allah (Houthis)")]


def test_an_interception_told_after_an_attack_is_by_the_force_that_tells_it_on_the_attacker():
    evs = coded("Hezbollah fired a barrage of rockets at the town of Kiryat Shmona on Sunday. The Israeli military said "
                "the rockets were intercepted.")
    assert ("Disrupted weapons use", "Military Forces of Israel", "Hezbollah") in evs
    evs = coded("Russian forces launched a missile attack on the city of Dnipro on Sunday. Ukraine's air force said it "
                "had shot down 12 drones overnight.")
    assert ("Disrupted weapons use", "Military Forces of Ukraine", "Military Forces of Russia") in evs
