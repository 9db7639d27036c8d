"""Claims told through a spokesman or a statement, interceptions (the interceptor acts on the launcher), and acts at
sea told in the passive with no doer."""
import datetime as dt

from extraction import extract_events

MON = dt.date(2025, 3, 10)


def events(text):
    return extract_events(text, published_at=MON, toponyms=[], locations=[])


def coded(text):
    return [(ev.sub_event_type, (ev.actor1 or {}).get("name"), (ev.actor2 or {}).get("name")) for ev in events(text)]


def test_an_act_at_sea_told_in_the_passive_by_its_weapon_is_found():
    [ev] = events("A container ship was hit by a missile off the coast of Eritrea on Sunday, the maritime agency said.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    [ev] = events("A tanker was struck by two drone boats in the Black Sea on Sunday, its owner said.")
    assert ev.sub_event_type == "Air/drone strike"
    [ev] = events("Kyiv said on Monday its forces had hit a Russian landing craft with sea drones near Kherson.")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_sea_mine_is_a_remote_explosive():
    [ev] = events("A grain freighter hit a naval mine near the port of Izmail on Sunday, wounding three sailors.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


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


def test_what_an_interception_brought_down_is_no_attack_of_its_own():
    assert coded("The Israeli army said its air defences intercepted a cruise missile fired by Hezbollah over Haifa "
                 "on Sunday.") == [("Disrupted weapons use", "Military Forces of Israel", "Hezbollah")]


def test_waters_named_with_an_interception_are_its_place_not_a_country_named_further_off():
    from tests.test_extraction_events import Place, toponym
    text = "A British warship shot down a drone over the Red Sea on Sunday, the U.S. Central Command said."
    red_sea = Place(None, "Red Sea", 20.0, 38.5, "H", "SEA", None, None, 0)
    usa = Place(6252001, "United States", 39.76, -98.5, "A", "PCLI", "US", None, 310232863)
    [ev] = extract_events(text, published_at=MON, toponyms=[toponym(text, "Red Sea", red_sea, 7),
                                                             toponym(text, "U.S.", usa, 6)], locations=[])
    assert ev.location["name"] == "Red Sea"


def test_a_spokesman_s_claim_names_the_doer_of_the_act_told_before():
    assert coded("A tanker was hit by a missile off the coast on Sunday, the agency said. The crew were safe. Houthi "
                 "military spokesman Yahya Saree later said the group had targeted the ship.")[0][1] == \
        "Ansar Allah (Houthis)"
    assert coded("A car bomb exploded near a police station in Baidoa on Sunday, killing four officers. Al-Shabaab's "
                 "spokesman Ali Dhere said the group's fighters carried out the attack.")[0][1] == "Al Shabaab"


def test_a_claim_in_a_statement_with_its_own_verb_is_the_act_told_before_not_another():
    [ev] = events("Jihadists killed nine soldiers in an attack on an army base near Diffa on Sunday, the army said. "
                  "ISWAP said in a statement on Telegram that it had attacked the base.")
    assert (ev.actor1["name"], ev.killed["best"]) == ("Islamic State West Africa Province", 9)
    assert coded("Islamic State said in a statement on Telegram that its fighters attacked an army checkpoint near "
                 "Raqqa on Sunday.")[0][1] == "Islamic State"


def test_a_statement_about_another_s_act_or_a_force_s_own_reply_claims_nothing():
    assert coded("Syria's defence ministry said on Sunday Israeli drones struck a truck near Quneitra, killing "
                 "two.")[0][1] == "Military Forces of Israel"
    first = coded("Gunmen attacked a village near Djibo on Sunday, killing 12 civilians. The army said on Monday it had "
                  "killed 20 of the attackers.")[0]
    assert first[1] != "Military Forces of Burkina Faso"


def test_a_merchant_ship_struck_is_a_civilian_target_a_warship_is_not():
    assert coded("Houthi rebels fired two missiles at a Panama-flagged bulk carrier in the Red Sea on Sunday.")[0][2] \
        .startswith("Civilians")
    assert coded("A merchant vessel was struck by a missile off Aden on Sunday, the agency said.")[0][2] \
        .startswith("Civilians")
    assert not (coded("Sea drones struck a patrol ship near Sevastopol on Sunday.")[0][2] or "").startswith("Civilians")


def test_a_country_s_warship_struck_is_its_forces_and_a_participle_with_by_is_passive():
    assert coded("Russian landing ship struck by naval drones\n\nUkraine's military intelligence said it had carried "
                 "out the strike on Sunday.") == [
        ("Air/drone strike", "Military Forces of Ukraine", "Military Forces of Russia")]
    assert coded("Ukraine's navy said its forces had struck a Russian patrol ship in the Sea of Azov near the port of "
                 "Berdyansk with naval drones on Sunday night.") == [
        ("Air/drone strike", "Military Forces of Ukraine", "Military Forces of Russia")]


def test_a_dateline_city_is_where_the_report_was_filed_not_its_government():
    from extraction.actors import find_actors
    text = "DAMASCUS, June 10 - State news agency SANA said Israeli warplanes struck a military site near Damascus."
    assert [text[m.start:m.end] for m in find_actors(text)] == ["Israeli warplanes"]


def test_the_force_that_says_it_repelled_an_attack_is_the_attack_s_target():
    [(sub, a1, a2)] = coded("Niger's army said it repelled an attack by JNIM fighters on its post in Tillaberi on "
                            "Sunday, killing dozens of assailants.")
    assert (sub, a2) == ("Armed clash", "Military Forces of Niger")


def test_a_country_s_tank_destroyed_is_its_forces():
    [(sub, a1, a2)] = coded("Hamas said its fighters had destroyed an Israeli tank east of Rafah on Sunday.")
    assert (sub, a1, a2) == ("Armed clash", "Hamas Movement", "Military Forces of Israel")


def test_an_interception_told_after_an_attack_is_by_the_force_that_tells_it_on_the_attacker():
    evs = coded("Hezbollah fired a barrage of rockets at the town of Kiryat Shmona on Sunday. The Israeli military said "
                "the rockets were intercepted.")
    assert ("Disrupted weapons use", "Military Forces of Israel", "Hezbollah") in evs
    evs = coded("Russian forces launched a missile attack on the city of Dnipro on Sunday. Ukraine's air force said it "
                "had shot down 12 drones overnight.")
    assert ("Disrupted weapons use", "Military Forces of Ukraine", "Military Forces of Russia") in evs


def test_a_group_s_news_agency_speaks_for_it():
    assert coded("The Islamic State's Amaq news agency said the group's fighters had killed nine villagers near Oicha "
                 "on Sunday.")[0][1] == "Islamic State"


def test_a_country_s_border_posts_and_a_us_navy_ship_are_its_forces():
    assert coded("The Taliban said its fighters had attacked Pakistani border posts in Kurram on Sunday.")[0][2] == \
        "Military Forces of Pakistan"
    assert coded("Houthi rebels fired missiles at the USS Eisenhower in the Red Sea on Sunday.")[0][2] == \
        "Military Forces of the United States"


def test_an_attack_told_back_as_foiled_by_interception_is_the_target_s_interception():
    evs = coded("Hezbollah said on Sunday it had fired rockets at an Israeli army base near Safed. An official said the "
                "attack had failed and the rockets were intercepted.")
    assert ("Disrupted weapons use", "Military Forces of Israel", "Hezbollah") in evs


def test_a_dateline_loses_to_waters_its_sentence_names_for_an_act_told_later():
    from tests.test_extraction_events import Place, toponym
    text = ("SANAA, July 8 - The Houthis said they fired missiles at a U.S. warship in the Red Sea. An official said "
            "the attack failed and the missiles were intercepted.")
    sanaa = Place(71137, "Sanaa", 15.35, 44.21, "P", "PPLC", "YE", "26", 1937451)
    red_sea = Place(None, "Red Sea", 20.0, 38.5, "H", "SEA", None, None, 0)
    evs = extract_events(text, published_at=MON, toponyms=[toponym(text, "SANAA", sanaa),
                                                            toponym(text, "Red Sea", red_sea, 7)], locations=[])
    # (one event: the launch and its interception told back are one foiled act)
    assert [ev.location["name"] for ev in evs] == ["Red Sea"]


def test_a_group_s_branch_where_it_acts_claims_for_the_group():
    # "The Islamic State group's affiliate in the region claimed responsibility": the group's doing
    from extraction import process_report
    text = ("A roadside bomb struck a vehicle carrying soldiers on Tuesday, killing three of them and wounding two, "
            "officials said.\n\nThe Islamic State group's affiliate in the region claimed responsibility for the "
            "attack in a statement.")
    [ev] = process_report({"id": "t", "title": None, "text": text, "published_at": "2023-05-16"}, None)["events"]
    assert ev["actor1"]["name"].startswith("Islamic State")


def test_armed_gunmen_told_how_before_the_act_are_its_doers():
    # "when armed gunmen fired at a village": the men the act's own clause names, not those it hit
    from extraction import process_report
    text = "Two villagers were injured on Tuesday when armed gunmen fired at a village in the district, police said."
    [ev] = process_report({"id": "t", "title": None, "text": text, "published_at": "2024-06-04"}, None)["events"]
    assert (ev["actor1"] or {}).get("name", "").startswith("Unidentified Armed Group")
    assert ev["actor2"]["name"].startswith("Civilians")
