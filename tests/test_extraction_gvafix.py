"""US gun-violence news as the Gun Violence Archive codes it (killed, wounded and the day of the shooting):
deaths told days after the wound, others hurt in the same incident, court stories."""
from extraction import process_report


def _report(text, published="2024-03-05"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)


def _totals(text, published="2024-03-05"):
    return _report(text, published)["totals"]


def _day(text, published="2024-03-05"):
    return _report(text, published)["events"][0]["date_start"]


def test_murder_suicide_counts_the_victims_and_the_shooter_once():
    # an in-law is a victim's noun as any kin is
    assert _totals("A man fatally shot his son-in-law Tuesday and then turned the gun on himself, deputies said.") == \
        {"killed": 2, "wounded": 0}
    # the total told first holds the victims and the gunman its clause explains
    assert _totals("Three people are dead after a man killed his estranged wife and her mother before taking his own "
                   "life early Thursday, police said.") == {"killed": 3, "wounded": 0}
    # ... and no total: they add up
    assert _totals("A man killed his estranged wife and her mother before taking his own life early Thursday.") == \
        {"killed": 3, "wounded": 0}
    # the shooter told found dead is the one who turned the gun on himself
    assert _totals("A man fatally shot his son-in-law Tuesday and then turned the gun on himself. Deputies found "
                   "the shooter, 61-year-old Glenn Whitaker, dead in the garage.") == {"killed": 2, "wounded": 0}
    # an addition with no victim told before it in the total's sentence still adds
    assert _totals("Two men were killed in the shooting and another man died later at the hospital.")["killed"] == 3


def test_someone_who_was_also_there_and_hurt_is_one_more():
    # an "also" in the relative clause that places them at the scene: someone besides those told
    assert _totals("A store clerk was shot and killed during a robbery Sunday. A man who was also inside the store "
                   "was shot in the arm as he ran toward the door.") == {"killed": 1, "wounded": 1}
    assert _totals("Two teenagers were shot Sunday at a park. A 15-year-old boy who was also at the park was struck "
                   "in the foot.") == {"killed": 0, "wounded": 3}
    assert _totals("The driver died at the scene. A woman who was also in the car was grazed in the head.") == \
        {"killed": 1, "wounded": 1}
    # a clause that tells a fate is no such place ("the man who was shot ... died")
    assert _totals("A man who was shot in the stomach Monday night died Tuesday, police said.") == \
        {"killed": 1, "wounded": 0}


def test_someone_hurt_otherwise_or_also_hit_in_the_incident_is_one_more():
    # hurt, not shot (trampled, fleeing): besides those shot; GVA counts the incident's injured
    assert _totals("Four people were shot early Sunday at a block party. In addition, a woman was hurt when she was "
                   "trampled as the crowd ran.") == {"killed": 0, "wounded": 5}
    # "a bystander was also hit" after a death: one more
    assert _totals("A man was shot and killed outside a bar Saturday night. A bystander was also hit by a stray "
                   "bullet.") == {"killed": 1, "wounded": 1}
    # ... but not one told with a scene of its own: another shooting's
    assert _totals("A man was shot and killed outside a bar on Elm Street. As we previously reported, a 28-year-old "
                   "man was also critically wounded Monday night in the Castor section.") == {"killed": 1, "wounded": 0}
    # ... nor one told before ("He was also grazed")
    assert _totals("A man was shot in the leg Saturday. He was also grazed on the arm.") == {"killed": 0, "wounded": 1}


def test_a_third_after_those_told_is_one_more():
    # "wounded a third" after "killed two": someone besides the dead, as "wounded another" is
    assert _totals("Gunfire outside a barbershop killed two people and wounded a third on Saturday, police said.") == \
        {"killed": 2, "wounded": 1}
    # ... not a fraction
    assert _totals("The fire killed a third of the herd on Saturday.")["killed"] == 0
