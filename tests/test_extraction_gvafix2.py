"""US gun-violence news as the Gun Violence Archive codes one incident: everyone killed or hurt in it, the
shooter and the police included, each once."""
from extraction import process_report


def _totals(text, published="2025-04-14"):
    return process_report({"id": "t", "text": text, "title": None, "published_at": published}, None)["totals"]


def test_an_officer_shot_beside_the_suspect_who_died_is_one_more_hurt():
    text = ("A police officer was shot in the leg early Saturday and the man who shot him was killed by return fire, "
            "police said. Police said the man fired, striking the officer in the thigh. Both officers returned fire, "
            "and the suspect died at the scene.")
    assert _totals(text) == {"killed": 1, "wounded": 1}
    # a pronoun of one told before takes no side from its guessed antecedent
    text = ("A sheriff's deputy was wounded and the man who shot her was killed in an exchange of gunfire Thursday "
            "night, the sheriff's office said. Other deputies returned fire, killing him.")
    assert _totals(text) == {"killed": 1, "wounded": 1}
    # a pronoun of its own may be the officer: 'He was pronounced dead'
    text = ("A man was shot and killed during a struggle with an officer on Sunday. The officer was taken to the "
            "hospital after the suspect punched him. He was pronounced dead an hour later.")
    assert _totals(text)["wounded"] == 0


def test_a_shooter_who_shot_himself_and_lived_is_one_more_hurt():
    text = ("A man wounded two people at a home Wednesday morning before turning the gun on himself, police said. "
            "He is in critical condition.")
    assert _totals(text) == {"killed": 0, "wounded": 3}
    text = ("A man shot and killed his wife Saturday night and then shot himself, the sheriff's office said. He "
            "survived and was charged with murder on Monday.")
    assert _totals(text) == {"killed": 1, "wounded": 1}
    text = ("Two people were injured Monday night when a man opened fire outside a market, and the gunman then shot "
            "himself, police said. The suspect was found nearby and was hospitalized in critical condition.")
    assert _totals(text) == {"killed": 0, "wounded": 3}
    # not told alive: the death GVA counts; hurt by accident: the one hurt, no one besides
    assert _totals("A man shot two neighbors before turning the gun on himself on Sunday, police said.")["killed"] == 1
    text = ("A man was taken to a hospital with a gunshot wound to his leg on Friday. He had accidentally shot "
            "himself while showing friends a gun. He is expected to survive.")
    assert _totals(text) == {"killed": 0, "wounded": 1}
