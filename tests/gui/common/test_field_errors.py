"""FieldErrors: a problem beside its field, focus on it, gone once the field is changed."""

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QSpinBox

from parishdesk.errors import ValidationError
from parishdesk.gui.common.field_errors import FieldErrors, error_label


def _dialog(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    name, days, kind = QLineEdit(), QSpinBox(), QComboBox()
    kind.addItems(["One", "Two"])
    labels = {key: error_label(f"Problem with {key}") for key in ("name", "days", "kind")}
    general = QLabel()
    for key, widget in (("name", name), ("days", days), ("kind", kind)):
        form.addRow(key, widget)
        form.addRow("", labels[key])
    form.addRow(general)
    errors = FieldErrors(dialog, labels, {"name": name, "days": days, "kind": kind},
                         general=general)
    dialog.show()
    return dialog, errors, name, days, kind, general


def test_each_problem_shows_beside_its_field_with_a_sign_and_focus_goes_to_the_first(qtbot):
    dialog, errors, name, days, _kind, general = _dialog(qtbot)
    assert errors.show_error(ValidationError({"days": "Between 1 and 60.",
                                              "name": "Give a name."})) is None
    assert errors.labels["days"].text() == "\u26a0 Between 1 and 60."
    assert errors.message("name") == "Give a name."
    assert errors.message("kind") == ""
    assert not general.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: days.hasFocus())


def test_changing_a_field_clears_only_its_own_message(qtbot):
    dialog, errors, name, days, kind, _general = _dialog(qtbot)
    errors.show({"name": "Give a name.", "kind": "Choose one."})
    qtbot.keyClicks(name, "Ann")
    assert errors.message("name") == ""
    assert errors.message("kind") == "Choose one."
    kind.setCurrentIndex(1)
    assert errors.message("kind") == ""


def test_a_problem_about_no_field_goes_to_the_general_line(qtbot):
    dialog, errors, *_rest, general = _dialog(qtbot)
    assert errors.show({"": "The file could not be written."})
    assert general.isVisibleTo(dialog) and "could not be written" in general.text()
    assert not errors.show({})
    assert not general.isVisibleTo(dialog)


def test_a_message_left_there_by_the_dialog_is_not_cleared_by_an_edit(qtbot):
    dialog, errors, name, *_rest = _dialog(qtbot)
    errors.labels["name"].setText("A hint the dialog shows")
    errors.labels["name"].show()
    qtbot.keyClicks(name, "x")
    assert errors.labels["name"].text() == "A hint the dialog shows"
