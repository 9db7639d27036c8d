"""ACLED's strategic developments and less common kinds: agreements, bases, a group's changes, territory handed over,
weapons seized; with no act told, no event."""
import datetime as dt

from extraction import extract_events

TUE = dt.date(2024, 6, 11)


def codings(text):
    return [(ev.sub_event_type, ev.actor1 and ev.actor1["name"], ev.actor2 and ev.actor2["name"])
            for ev in extract_events(text, published_at=TUE, toponyms=[], locations=[])]


def subs(text):
    return [sub for sub, _, _ in codings(text)]


def test_an_agreement_signed_or_a_prisoner_exchange_is_an_agreement():
    assert subs("The two armed groups signed a seven-day ceasefire agreement in Nairobi on Saturday.") == ["Agreement"]
    assert subs("The government and the rebels signed a declaration of principles in Lome on Monday.") == ["Agreement"]
    assert subs("The warring sides exchanged 120 prisoners of war on Monday.") == ["Agreement"]
    assert subs("Forty soldiers were freed in a prisoner swap on Sunday.") == ["Agreement"]
    # (only expected: no agreement yet)
    assert subs("The two sides are expected to sign a prisoner exchange deal next week.") == []


def test_a_base_or_a_checkpoint_set_up_is_a_base_established():
    assert subs("Al Shabaab militants established a new base in the village on Thursday.") == [
        "Headquarters or base established"]
    assert subs("ELN guerrillas installed a checkpoint on the road on Saturday and searched vehicles.") == [
        "Headquarters or base established"]
    assert subs("Fighters of the Arakan Army set up checkpoints on the road between the two towns on Friday.") == [
        "Headquarters or base established"]


def test_ground_entered_without_a_fight_is_handed_over_not_fought_for():
    assert subs("Fighters of the KIA moved into the town on Saturday without fighting.") == [
        "Non-violent transfer of territory"]
    assert subs("M23 rebels entered the town on Wednesday without meeting resistance.") == [
        "Non-violent transfer of territory"]
    assert subs("M23 rebels took control of the town on Tuesday without a fight.") == ["Non-violent transfer of territory"]
    assert subs("M23 rebels took control of the town on Tuesday after heavy fighting.") == [
        "Non-state actor overtakes territory"]


def test_a_cache_of_weapons_seized_is_disrupted_weapons_use_and_seized_grenades_no_grenade_attack():
    assert subs("Soldiers seized a cache of 300 rifles at a ranch on Wednesday.") == ["Disrupted weapons use"]
    assert subs("Soldiers arrested a cartel leader on Wednesday, seizing rifles, grenades and ammunition.") == ["Arrests"]
    # (found where the fight was: part of it)
    assert subs("Soldiers shot dead 12 rebels in a gunfight on Tuesday. Police recovered a large cache of weapons "
                "from the site.") == ["Armed clash"]


def test_a_group_s_step_taken_after_an_act_is_the_step_told():
    assert subs("The group appointed a new leader on Monday, weeks after its former commander was killed in an "
                "airstrike near the lake.") == ["Change to group/activity"]
    # (a flight tells the act it came after)
    assert subs("Soldiers fled after jihadists attacked their post on Monday, killing five.") == ["Armed clash"]
