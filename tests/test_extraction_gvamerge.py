"""US gun-violence news as the Gun Violence Archive codes one incident (gvamerge): the shooter hurt by police or an
armed bystander in the same incident is one more hurt, besides his victims."""
from extraction import process_report


def _totals(text, published="2025-07-07"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]


def test_the_gunman_told_again_is_one_more_besides_the_count_of_victims():
    text = ("Two men were wounded when a gunman opened fire outside a bar early Sunday, and an officer shot the "
            "gunman a short time later, police said. The two men were taken to a hospital. The suspect was also "
            "taken to the hospital and is expected to survive.")
    assert _totals(text) == {"killed": 0, "wounded": 3}


def test_the_shooter_alone_hurt_is_one():
    text = ("A man was in the hospital after he was shot by deputies late Tuesday. The deputies found the suspect in "
            "a closet with a shotgun, the sheriff said. The suspect was in stable condition.")
    assert _totals(text) == {"killed": 0, "wounded": 1}
