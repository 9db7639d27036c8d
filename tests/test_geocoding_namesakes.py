"""Geocoding: the famous place vs its local namesake (round namesakes): a bare name read as a far city in a report
whose other places all lie in one state is the state's namesake near them, unless the report names the far city's
country or its sentence tells travel abroad."""


def mentions(geoparser, text, surface):
    return [t for t in geoparser.parse(text) if text[t.start:t.end] == surface]


def where(found):
    return [(t.place.country_code, t.place.admin1) for t in found]


def test_a_bare_famous_name_beside_one_states_places_is_the_local_namesake(geoparser):
    text = ("A Paris man was arrested Sunday on burglary charges, the Henry County Sheriff's Office said. "
            "Deputies found the stolen tools in his truck near Paris.")
    assert where(mentions(geoparser, text, "Paris")) == [("US", "TN"), ("US", "TN")]


def test_travel_abroad_keeps_the_far_city(geoparser):
    text = "Students from Henry County will fly to Paris in June, their teacher said."
    assert where(mentions(geoparser, text, "Paris")) == [("FR", "11")]


def test_the_far_citys_people_keep_the_far_city(geoparser):
    text = "A Henry County couple opened a bakery in Paris that serves French and Southern pastries."
    assert where(mentions(geoparser, text, "Paris")) == [("FR", "11")]
