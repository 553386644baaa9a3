"""A phone-sized headless Chromium for the room page's tests (Selenium, no driver download).

Debian's ``chromium`` and ``chromium-driver`` packages are used as they are:
``Service("/usr/bin/chromedriver")``. The browser gets a fresh profile, a
390 x 844 window (a common phone), the language asked for (so
``navigator.language`` picks the page's language), and no way out of the
machine: every host name but 127.0.0.1 resolves to nothing and no proxy is
used, so a test can only ever talk to the room server on loopback.
"""

from __future__ import annotations

import base64
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("SIM_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("SIM_CHROMEDRIVER", "/usr/bin/chromedriver")
PHONE = (390, 844)
WAIT_SECONDS = 15  # a step (an element, a text) must appear within this time


def missing() -> str:
    """Why the browser tests cannot run here ("" when they can)."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not (Path(path).exists() or shutil.which(path)):
            return f"{path} is missing (apt-get install {package})"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (uv sync --group dev)"
    return ""


@contextmanager
def phone_browser(profile: Path, lang: str) -> Iterator[Any]:
    """A headless Chromium at phone size, speaking ``lang``, closed on exit."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--no-first-run",
        "--no-default-browser-check",
        "--metrics-recording-only",
        "--password-store=basic",
        f"--user-data-dir={profile}",
        f"--window-size={PHONE[0]},{PHONE[1]}",
        f"--lang={lang}",
        # Loopback only: nothing else resolves, and no proxy is looked for.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--proxy-server=direct://",
        "--proxy-bypass-list=*",
    ):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": lang})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        driver.set_page_load_timeout(30)
        driver.set_script_timeout(10)
        # The layout viewport of a phone, whatever the window decorations take.
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 2, "mobile": True},
        )
        driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True})
        yield driver
    finally:
        driver.quit()


def wait_for(driver: Any, condition: Any, seconds: float = WAIT_SECONDS) -> Any:
    """``condition(driver)`` once it is truthy; a TimeoutException names what was waited for."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds, poll_frequency=0.1).until(condition)


def visible_text(driver: Any, element_id: str) -> str:
    """The text of an element if it is shown, else ""."""
    from selenium.webdriver.common.by import By

    found = driver.find_elements(By.ID, element_id)
    return found[0].text if found and found[0].is_displayed() else ""


def screenshot(driver: Any, path: Path) -> Path:
    """The whole page (beyond the phone's screen height) as a PNG."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}
    )
    path.write_bytes(base64.b64decode(shot["data"]))
    return path
