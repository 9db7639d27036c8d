"""Actor alias table: canonical names, inter codes, speakers, user extension files."""
import json

from extraction.actors import alias_table, find_actors, load_aliases


def names(text):
    return [(text[m.start:m.end], m.actor.name) for m in find_actors(text) if not m.speaker]


def test_aliases_are_one_actor():
    for alias in ("Islamic State", "ISIS", "ISIL", "Daesh", "IS"):
        assert [n for _, n in names(f"{alias} fighters attacked the town")][0] == "Islamic State"
    for alias in ("Russian Aerospace Forces", "Russian aviation", "VKS", "Russia’s Aerospace Force"):
        found = find_actors(f"{alias} struck the convoy")
        assert found[0].actor.name == "Military Forces of Russia" and found[0].air


def test_acronyms_match_case_sensitively():
    assert names("this is a test") == []
    assert names("IS fighters") == [("IS fighters", "Islamic State")]
    # a mixed-case acronym too: "LeT" is Lashkar-e-Taiba, "Let" a word of a Burmese village's name
    assert names("LeT militants attacked") == [("LeT militants", "LeT: Lashkar-e-Taiba")]
    assert names("an air strike on the village of Let Yet Kone") == []


def test_speaker_is_not_an_actor():
    text = "a source in the Russian Defense Ministry told, SANA news agency said, police said"
    assert all(m.speaker for m in find_actors(text))
    assert [m.speaker for m in find_actors("Damascus sent letters to the UN")] == [True]


def test_place_use_is_not_the_state():
    assert names("Turkey shelled the village") == [("Turkey", "Military Forces of Turkey")]
    assert names("refugees arrived in Turkey") == [("refugees", "Civilians ({country})")]


def test_load_aliases_extends_the_table(tmp_path):
    path = tmp_path / "extra.json"
    path.write_text(json.dumps({"actors": [
        {"name": "Islamic State", "inter": 2, "country": None, "aliases": ["Dawla"]},
        {"name": "Ahrar al-Sham", "inter": 2, "country": "SY", "aliases": ["Ahrar al-Sham", "Ahrar"]}]}))
    load_aliases(path)
    assert names("Dawla and Ahrar al-Sham clashed") == [("Dawla", "Islamic State"), ("Ahrar al-Sham", "Ahrar al-Sham")]


def test_a_demonym_makes_a_generic_actor_its_country_s():
    text = "Two Israeli soldiers and South Sudanese troops met Palestinian gunmen; Ukrainian forces and soldiers."
    found = [(text[m.start:m.end], m.actor.resolved("PS")["name"]) for m in find_actors(text)]
    assert found == [("Israeli soldiers", "Military Forces of Israel"),
                     ("South Sudanese troops", "Military Forces of South Sudan"),
                     ("Palestinian gunmen", "Unidentified Armed Group (Palestinian Territory)"),
                     ("Ukrainian forces", "Military Forces of Ukraine"),
                     ("soldiers", "Military Forces of Israel")]  # (the army that holds the territory: actors.json "holds")
    # the table's own actor of that country, not a second name for it; a bare "forces" is nobody
    assert [m.actor.name for m in find_actors("American soldiers and Russian soldiers")] == \
        ["Military Forces of the United States", "Military Forces of Russia"]
    assert find_actors("The forces withdrew.") == []
    assert [m.air for m in find_actors("Turkish drones struck a car.")] == [True]
    assert [m.actor.name for m in find_actors("Russian missiles hit a building.")] == ["Military Forces of Russia"]


def test_a_speaker_named_with_its_city_is_no_actor():
    text = "One person is dead, according to Los Angeles police."
    assert [m.speaker for m in find_actors(text)] == [True]


def test_armed_groups_whose_names_hold_another_s_or_an_army():
    text = ("New People's Army guerrillas raided a farm; West Papua National Liberation Army fighters and the "
            "Coalition of Patriots for Change (CPC) were blamed; the National Liberation Army denied it.")
    assert [m.actor.name for m in find_actors(text)] == [
        "NPA: New People's Army", "TPNPB: West Papua National Liberation Army", "CPC: Coalition of Patriots for Change",
        "ELN: National Liberation Army"]


def test_groups_of_colombia_ecuador_cameroon_philippines_and_afghanistan():
    cases = [("The army blamed the Gulf Clan for the blast", "AGC: Gaitanista Self-Defense Forces of Colombia", 3),
             ("Los Lobos gunmen opened fire", "Los Lobos", 3),
             ("Anglophone separatist fighters abducted 30 students", "Ambazonian Separatists", 2),
             ("Five Abu Sayyaf militants were killed", "Abu Sayyaf Group", 2),
             ("Police suspect the Bangsamoro Islamic Freedom Fighters (BIFF)",
              "BIFF: Bangsamoro Islamic Freedom Fighters", 2),
             ("Islamic State Khorasan Province (ISKP) claimed responsibility", "Islamic State Khorasan Province", 2)]
    for text, name, inter in cases:
        [m] = [m for m in find_actors(text) if not m.speaker and m.actor.name == name][:1]
        assert m.actor.inter == inter


def test_indian_reserve_police_units_are_the_police_of_india():
    assert [name for _, name in names("Nine men of the District Reserve Guard and two CRPF jawans were hurt.")] == \
        ["Police Forces of India", "Police Forces of India"]


def test_a_generic_noun_after_a_named_group_s_bracketed_acronym_is_its_men():
    found = names("The Islamic State (IS) militants attacked the town.")
    assert [name for _, name in found] == ["Islamic State", "Islamic State"]
    assert found[-1][0] == "IS) militants"


def test_an_alias_with_a_letter_beyond_ascii_is_found_in_either_case():
    text = "Urabeños gunmen attacked a post. The URABEÑOS withdrew."
    assert [text[m.start:m.end] for m in find_actors(text) if m.actor.inter == 3 and not m.actor.generic] == \
        ["Urabeños gunmen", "URABEÑOS"]


def test_ethiopian_army_houthi_drones_and_settlers_are_named():
    assert names("ENDF troops shelled the town")[0][1] == "Military Forces of Ethiopia"
    assert names("the Ethiopian National Defence Force shelled the town") == [
        ("Ethiopian National Defence Force", "Military Forces of Ethiopia")]
    [drone] = find_actors("A Houthi drone hit the camp")
    assert (drone.actor.name, drone.air) == ("Ansar Allah (Houthis)", True)
    assert [(n, m.actor.inter) for n, m in ((m.actor.name, m) for m in find_actors("Israeli settlers burned two cars"))] == [
        ("Settlers (Israel)", 4)]


def test_men_from_a_named_group_are_that_group():
    assert [n for _, n in names("Gunmen from the Viv Ansanm coalition attacked Saut-d'Eau.")] == ["Viv Ansanm"]
    assert [n for _, n in names("Fighters from the Arakan Army overran the base.")] == ["AA: Arakan Army"]


def test_a_counted_mention_speaks_only_in_its_own_clause():
    # the speaker test asks for a speaking word after the mention before it cuts that text at a count's comma
    assert [m.speaker for m in find_actors("Two Hezbollah fighters said they saw the drone")] == [True]
    assert [m.speaker for m in find_actors("The strike killed three Hezbollah fighters, officials said")] == [False]
    assert [m.speaker for m in find_actors("Hezbollah fighters, a spokesman for the group said, hit a tank")] == [True]
    assert [m.speaker for m in find_actors("A source in the Syrian army told reporters that it shelled Idlib")] == \
        [True]
    assert [m.speaker for m in find_actors("Hezbollah fighters crossed the border at dawn")] == [False]
