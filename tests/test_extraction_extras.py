"""Reports that are mostly no report of a new act (anniversaries, profiles, trials, explainers, survivors' accounts):
what they recall is no event of theirs."""
import datetime as dt

from extraction import extract_events

PUBLISHED = dt.date(2025, 7, 11)


def subs(text, published_at=PUBLISHED):
    return [ev.sub_event_type for ev in extract_events(text, published_at=published_at, toponyms=[], locations=[])]


def test_an_act_dated_only_by_a_month_or_a_year_long_before_publication_is_history():
    assert subs("Tens of thousands gathered on Friday to commemorate the victims. Bosnian Serb forces overran the town "
                "in July 1995 and killed more than 8,000 Muslim men and boys.") == []
    assert subs("The court jailed four men on Thursday. The kidnapping of 276 schoolgirls from their boarding school in "
                "April 2014 drew global outrage.") == []
    # an old act told to the day is what a trial or an arrest report is about; a recent month is news
    assert subs("A man was sentenced on Monday for the killing. On June 3, 2016, he shot dead a neighbour in his "
                "garden.") == ["Attack"]
    assert subs("Gunmen killed 12 villagers in the district in March, residents said.") == ["Attack"]
