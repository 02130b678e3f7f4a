"""The menu and search by keyboard at every width where they are not always
on screen (WCAG 2.1.1, 4.1.2, 2.4.3), in both languages, in Chromium with
real key presses: each is a button that Tab reaches, named in the page's
language, that says whether it is open (aria-expanded); opening moves the
focus into the drawer or the search field, and Esc closes it and brings the
focus back. In the drawer of a narrow screen, the page's table of contents
is a button too; a closed panel of the drawer holds no Tab stop. The search
form has a submit button. The shortcuts f, s and / open search at every
width."""
from __future__ import annotations

import time

import pytest

from macros.language.labels import label
from tests.browser.browser import CHROMEDRIVER, CHROMIUM, chromium, require

# 1,100 px: a 1,280 px screen zoomed to 116 %; 900: a tablet; 375 and 320: phones.
WIDTHS = [1100, 900, 375, 320]
LANGS = ["fr", "en"]
PAGE = "section-05/"
WHERE = """
const el = document.activeElement;
const r = el.getBoundingClientRect();
const style = getComputedStyle(el);
return {tag: el.tagName.toLowerCase(), name: el.getAttribute("aria-label") || el.textContent.replace(/\\s+/g, " ").trim(),
        expanded: el.getAttribute("aria-expanded"), type: el.getAttribute("type"),
        shown: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth
               && style.visibility === "visible" && parseFloat(style.opacity) > 0,
        drawer: document.getElementById("__drawer").checked, search: document.getElementById("__search").checked,
        inDrawer: !!el.closest(".md-sidebar--primary"), inSearch: !!el.closest(".md-search"),
        site: el.dataset.siteToggle || ""};
"""


@pytest.fixture(scope="module", params=WIDTHS, ids=[f"{w}px" for w in WIDTHS])
def keyboard(request):
    require(CHROMIUM, CHROMEDRIVER)
    driver = chromium(width=request.param)
    yield driver, request.param
    driver.quit()


BACK_TAB = "shift+tab"


def press(driver, *keys) -> dict:
    """Keys pressed as a person would (BACK_TAB: Shift+Tab); then where the focus is."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    for key in keys:
        if key == BACK_TAB:
            ActionChains(driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
        else:
            ActionChains(driver).send_keys(key).perform()
    time.sleep(0.3)  # past the panels' transitions
    return driver.execute_script(WHERE)


def tab_to(driver, toggle: str, limit: int = 12) -> dict:
    """Tab from the top of the page until the button `toggle` has the focus."""
    from selenium.webdriver.common.keys import Keys
    seen = []
    for _ in range(limit):
        focus = press(driver, Keys.TAB)
        assert focus["shown"], f"a Tab stop that is not on screen: {focus}"
        seen.append(f"{focus['tag']} {focus['name'][:40]}")
        if focus["site"] == toggle:
            return focus
    raise AssertionError(f"Tab never reached the {toggle} button: {seen}")


@pytest.mark.parametrize("lang", LANGS)
def test_the_menu_is_a_button_that_tab_reaches_and_esc_closes(keyboard, site_url, lang):
    from selenium.webdriver.common.keys import Keys
    driver, width = keyboard
    driver.get(f"{site_url}{lang}/{PAGE}")
    menu = tab_to(driver, "drawer")
    assert (menu["tag"], menu["name"], menu["expanded"]) == ("button", label(lang, "menu"), "false")
    inside = press(driver, Keys.ENTER)
    assert inside["drawer"] and inside["inDrawer"], inside
    # The drawer's links are on screen, one Tab after another.
    for _ in range(4):
        link = press(driver, Keys.TAB)
        assert link["inDrawer"] and link["shown"], link
    assert driver.execute_script("return document.querySelector('[data-site-toggle=drawer]').getAttribute('aria-expanded')") == "true"
    back = press(driver, Keys.ESCAPE)
    assert not back["drawer"] and back["site"] == "drawer" and back["expanded"] == "false", back
    # Space opens it too; Shift+Tab out of it closes it.
    assert press(driver, Keys.SPACE)["drawer"]
    out = press(driver, BACK_TAB)
    assert not out["drawer"] and out["shown"], out


@pytest.mark.parametrize("lang", LANGS)
def test_the_pages_table_of_contents_is_reached_in_the_drawer(keyboard, site_url, lang):
    """Below 60em the table of contents lives in the drawer, behind the
    current page's entry: a button that opens it. From 60em it is in the
    sidebar, on screen, and Tab reaches its links."""
    from selenium.webdriver.common.keys import Keys
    driver, width = keyboard
    driver.get(f"{site_url}{lang}/{PAGE}")
    if width >= 960:
        heading = driver.execute_script("return document.querySelector('article h2').textContent.trim()")
        for _ in range(40):
            focus = press(driver, Keys.TAB)
            in_toc = driver.execute_script("return !!document.activeElement.closest('.md-sidebar--secondary')")
            if in_toc and focus["name"] == heading:
                assert focus["shown"], focus
                return
        raise AssertionError(f"Tab never reached {heading!r} in the sidebar's table of contents")
    tab_to(driver, "drawer")
    press(driver, Keys.ENTER)
    for _ in range(30):
        focus = press(driver, Keys.TAB)
        assert focus["inDrawer"] and focus["shown"], focus
        if focus["expanded"] is not None:
            break
    assert focus["tag"] == "label" and focus["expanded"] == "false", focus
    assert driver.execute_script("return document.activeElement.getAttribute('role')") == "button"
    assert press(driver, Keys.ENTER)["expanded"] == "true"
    heading = driver.execute_script("return document.querySelector('article h2').textContent.trim()")
    names = []
    for _ in range(4):
        focus = press(driver, Keys.TAB)
        assert focus["inDrawer"] and focus["shown"], focus
        names.append(focus["name"])
    assert heading in names, (heading, names)


@pytest.mark.parametrize("lang", LANGS)
def test_search_is_reached_by_tab_named_and_esc_brings_the_focus_back(keyboard, site_url, lang):
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
    driver, width = keyboard
    driver.get(f"{site_url}{lang}/{PAGE}")
    if width >= 960:
        # A wide screen shows the search field in the header: Tab reaches it.
        for _ in range(8):
            field = press(driver, Keys.TAB)
            if field["inSearch"]:
                break
        assert field["tag"] == "input" and field["shown"] and field["name"], field
        opener = "field"
    else:
        button = tab_to(driver, "search")
        assert (button["tag"], button["name"], button["expanded"]) == ("button", label(lang, "search_dialog"), "false")
        field = press(driver, Keys.ENTER)
        assert field["tag"] == "input" and field["search"] and field["shown"], field
        assert driver.execute_script("return document.querySelector('[data-site-toggle=search]').getAttribute('aria-expanded')") == "true"
        opener = "button"
    field = press(driver, *"information")
    assert field["search"] and field["inSearch"]
    WebDriverWait(driver, 20).until(lambda d: d.find_elements("css selector", ".md-search-result__link"))
    # Tab stays within search, through its submit button, to the results
    # (which the arrow keys go through, as in Material).
    names = []
    for _ in range(2):
        focus = press(driver, Keys.TAB)
        assert focus["inSearch"] and focus["shown"] and focus["search"], focus
        names.append((focus["tag"], focus["type"], focus["name"]))
    assert ("button", "submit", label(lang, "search_submit")) in names, names
    back = press(driver, Keys.ESCAPE)
    assert not back["search"], back
    if opener == "button":
        assert back["site"] == "search" and back["expanded"] == "false", back
    else:
        assert back["tag"] == "input" and back["inSearch"], back


@pytest.mark.parametrize("key", ["/", "s", "f"])
def test_the_search_shortcuts_open_search_at_every_width(keyboard, site_url, key):
    from selenium.webdriver.common.keys import Keys
    driver, _ = keyboard
    driver.get(f"{site_url}en/{PAGE}")
    press(driver, Keys.TAB)  # the skip link
    field = press(driver, key)
    assert field["tag"] == "input" and field["search"] and field["shown"], field
    assert driver.execute_script("return document.activeElement.value") == ""
    back = press(driver, Keys.ESCAPE)
    assert not back["search"] and "md-skip" in driver.execute_script("return document.activeElement.className")


def test_the_search_form_submits_to_its_results(keyboard, site_url):
    """The submit button (Enter in the field goes to the best result) moves
    the focus to the first result."""
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
    driver, _ = keyboard
    driver.get(f"{site_url}fr/{PAGE}")
    press(driver, "/")
    press(driver, *"information")
    WebDriverWait(driver, 20).until(lambda d: d.find_elements("css selector", ".md-search-result__link"))
    submit = driver.find_element("css selector", "form[name=search] button[type=submit]")
    assert submit.is_displayed() and submit.get_attribute("aria-label") == label("fr", "search_submit")
    submit.click()
    time.sleep(0.2)
    assert "md-search-result__link" in driver.execute_script("return document.activeElement.className")
    press(driver, Keys.ESCAPE)
