"""The erase dialog shows its whole warning in every language, Arabic lines being taller."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from sim_facilitator.ui.checkin.erase_participant_dialog import EraseParticipantDialog
from sim_facilitator.ui.shell.application import set_language


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_the_whole_warning_fits(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_language(app, lang)
    try:
        dialog = EraseParticipantDialog("فاطمة الزهراء بنعلي (Amal)")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        label = dialog.explanation
        # A word-wrapped label shorter than its height for width cuts lines off.
        assert label.height() >= label.heightForWidth(label.width()), lang
        assert dialog.buttons.geometry().top() >= label.geometry().bottom(), lang
        assert dialog.isRightToLeft() == (lang == "ar")
        # Narrowed or shortened by hand, it still cannot cut the text.
        dialog.resize(200, 100)
        qtbot.wait(10)
        assert label.height() >= label.heightForWidth(label.width()), lang
    finally:
        set_language(app, "en")
