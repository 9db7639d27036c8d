"""Reports that are mostly no report of a new act (anniversaries, profiles, trials, explainers, survivors' accounts):
what they recall is no event of theirs."""
import datetime as dt

from extraction import extract_events

PUBLISHED = dt.date(2025, 7, 11)


def subs(text, published_at=PUBLISHED):
    return [ev.sub_event_type for ev in extract_events(text, published_at=published_at, toponyms=[], locations=[])]


def test_an_act_that_may_come_or_a_negotiated_one_s_terms_is_no_act():
    assert subs("The U.S. embassy warned on Wednesday of a possible terrorist attack in Nairobi.") == []
    assert subs("The UN said an imminent offensive on the city would be catastrophic.") == []
    assert subs("The declaration sets no timeline for the withdrawal of rebel fighters from the city.") == []
    assert subs("The sticking point is the sequence of an Israeli troop withdrawal.") == []
    # a withdrawal that happened stays
    assert subs("Rebel fighters withdrew from the town on Saturday, residents said.") == ["Non-violent transfer of territory"]


def test_a_participle_that_only_says_what_a_thing_is_takes_no_ground():
    assert subs("The two sides are still far apart on the return of state administration to captured towns.") == []
    assert subs("Speaking on Sunday in front of captured Russian tanks, the president hailed the army.") == []
    assert subs("Rebels captured the town of Nyanzale on Sunday, residents said.") == ["Non-state actor overtakes territory"]


def test_a_period_s_tally_of_abductions_is_no_act():
    assert subs("At least 2,100 people were kidnapped in Nigeria in the first six months of 2025, a consultancy said.") == []


def test_a_state_or_a_campaign_since_months_ago_is_no_act():
    assert subs("The Houthis have launched more than 100 attacks on merchant ships since November 2023.",
                published_at=dt.date(2024, 12, 5)) == []


def test_a_war_s_tally_or_the_fighting_talks_aim_to_end_is_no_act():
    assert subs("Fighting in eastern Congo has killed thousands of people this year and displaced hundreds of "
                "thousands.") == []
    assert subs("The negotiations are aimed at ending fighting in eastern Congo.") == ["Other"]  # (the talks themselves)
    # a clash with its own toll stays
    assert subs("Fighting between the army and rebels near Goma killed 12 people on Sunday.") == ["Armed clash"]


def test_a_march_that_marks_an_old_killing_is_a_protest_and_its_props_no_act():
    text = ("Hundreds of relatives of the victims of the 2020 port explosion marched to the port on Monday to mark five "
            "years since the blast. Marchers waved flags and held up photographs of the dead.")
    assert subs(text, published_at=dt.date(2025, 8, 4)) == ["Peaceful protest"]
    # troops marching are no crowd; a hold-up is a robbery
    assert "Peaceful protest" not in subs("Hundreds of soldiers from the northern garrison marched through the capital on "
                                          "Monday.")
    assert subs("Two armed men held up a petrol station on Monday night, police said.") == ["Looting/property destruction"]


def test_a_question_or_a_future_act_tells_no_act():
    assert subs("HOW DID THE FIGHTING START?\nThe two countries have disputed the region for decades.") == []
    assert subs("New Delhi has said any future attack will be treated as an act of war.") == []


def test_what_a_group_does_a_year_s_acts_and_a_candidate_s_withdrawal_are_no_act():
    assert subs("Al Shabaab, which is fighting to overthrow the Somali government, is blamed for the bomb.") == []
    assert subs("The United States on Thursday imposed sanctions on two commanders it accused of leading a campaign of "
                "ethnic killings in West Darfur in 2023.", published_at=dt.date(2025, 1, 9)) == []
    assert subs("Several candidates in the state have withdrawn this year, citing threats.") == []
    assert subs("The party withdrew from the race on Monday.") == []
    # an army's withdrawal stays
    assert subs("Government troops withdrew from the town on Monday, residents said.") == ["Non-violent transfer of territory"]


def test_an_agreement_or_talks_not_yet_had_are_no_act():
    assert subs("Neither side has agreed to talks on the underlying dispute over Kashmir.") == []
    assert subs("The rebels signed a ceasefire agreement on Sunday.") == ["Agreement"]


def test_attacks_told_before_that_strikes_have_not_stopped_are_no_clash():
    assert extract_events("The strikes have not stopped the attacks.", published_at=dt.date(2024, 12, 5), toponyms=[],
                          locations=[]) == []
