"""Geocoding: US local news (county papers): towns named like famous places, and the far namesakes a report tells
apart from them."""


def places(geoparser, text, surface):
    return [t.place for t in geoparser.parse(text) if text[t.start:t.end] == surface]


def test_a_far_namesake_qualified_later_leaves_the_towns_bare_mentions_alone(geoparser):
    text = ("LIMA — A refinery in Lima will spend $140 million to expand, the company said, adding jobs in Allen "
            "County. Allen County commissioners welcomed the news after a plant closing in Wapakoneta, Ohio. "
            "A delegation from Lima, Peru, visited Lima Senior High School last week.")
    lima = places(geoparser, text, "Lima")
    assert [p.country_code for p in lima] == ["US", "PE", "US"]
    assert lima[0].admin1 == "OH" and lima[2] is lima[0]


def test_a_later_qualifier_in_the_same_country_still_says_which_town_it_was(geoparser):
    text = ("A fire destroyed a barn in Springfield on Monday. Firefighters from Urbana and Enon helped. "
            "The barn on the edge of Springfield, Ohio, was built in 1890.")
    assert {(p.country_code, p.admin1) for p in places(geoparser, text, "Springfield")} == {("US", "OH")}


def test_a_name_qualified_by_its_country_is_the_one_in_that_country_whatever_the_report_around(geoparser):
    text = ("ODESSA — Ector County commissioners approved 12 new deputies for West Odessa and Gardendale. "
            "Midland County has added 20. They also backed relief for Odessa, Ukraine, where a church in "
            "Odessa sent $18,000.")
    odessa = [(p.country_code if p else None) for p in places(geoparser, text, "Odessa")]
    assert places(geoparser, text, "ODESSA")[0].admin1 == "TX"
    assert odessa[0] == "UA"


def test_a_qualifier_that_ends_its_sentence_still_qualifies(geoparser):
    text = ("GLASGOW, Ky. — The Barren County Fiscal Court honored the Glasgow Highland Games, which draw visitors "
            "from as far as Glasgow, Scotland. Officials said the games began in 1974.")
    assert [p.country_code for p in places(geoparser, text, "Glasgow")] == ["US", "GB"]


def test_a_country_written_to_qualify_a_town_is_the_country_not_the_reports_namesake_town(geoparser):
    text = ("MEXICO, Mo. — An auto parts supplier will close its plant here and move production to Monterrey, Mexico, "
            "eliminating 185 jobs. The plant is one of the largest employers in Audrain County. Workers were told "
            "Wednesday. \"We have been here 20 years,\" said a worker from Vandalia. The Missouri Department of "
            "Economic Development will help workers at the campus in Columbia.")
    mexico = places(geoparser, text, "Mexico")
    assert mexico[0].feature_code.startswith("PCL") and mexico[0].country_code == "MX"
    assert places(geoparser, text, "MEXICO")[0].admin1 == "MO"


def names(geoparser, text):
    return [text[t.start:t.end] for t in geoparser.parse(text)]


def test_a_persons_surname_is_still_the_town_where_its_council_or_downtown_follows_or_precedes(geoparser):
    text = ("CLINTON, Iowa — The Clinton City Council approved a bridge repair Tuesday. A council member noted the "
            "bridge was dedicated by a governor, not by President Clinton.")
    assert names(geoparser, text).count("Clinton") == 1
    text = ("FRANKLIN, Tenn. — Williamson County Schools will open a school south of downtown Franklin. The school "
            "is named for Benjamin Franklin, not for the city.")
    assert names(geoparser, text).count("Franklin") == 1


def test_a_soldiers_post_is_the_post_not_a_town_named_like_its_tail(geoparser):
    text = ("PARIS, Ky. — Spc. Travis Whitaker, who is assigned to the 101st Airborne Division at Fort Campbell, was "
            "wounded in Afghanistan. His brother trained at Fort Benning.")
    campbell = places(geoparser, text, "Fort Campbell")
    assert campbell and abs(campbell[0].lat - 36.66) < 0.2 and abs(campbell[0].lon + 87.47) < 0.2
    benning = places(geoparser, text, "Fort Benning")
    assert benning and abs(benning[0].lat - 32.36) < 0.2
