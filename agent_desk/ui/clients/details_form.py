"""The form for a client's details: the fields of ClientDetails, each with a
place for its error message, Save and Revert, and the "Referred by" link.

The form does no I/O: the page loads it, asks it for the details to save and
shows the problems the service reports."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agent_desk.domain.clients import (
    ClientDetails,
    LifecycleStage,
    Sex,
    Tier,
    age_on,
    parse_income,
    validate_client,
)
from agent_desk.errors import ValidationError
from agent_desk.ui.clients.formatting import income_text, parse_iso_date
from agent_desk.ui.clients.labels import stage_names
from agent_desk.ui.clients.page_labels import problem_text, sex_names, tier_text
from agent_desk.ui.clients.referrer_field import ReferrerField
from agent_desk.ui.icons import icon
from agent_desk.ui.theme import heading_font

FORM_MAX_WIDTH = 680


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    return combo


class DetailsForm(QWidget):
    dirty_changed = Signal(bool)
    save_requested = Signal()
    choose_referrer_requested = Signal()
    clear_referrer_requested = Signal()
    referrer_activated = Signal(object)  # UUID of the referrer

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self._dirty = False
        self._busy = False
        self._snapshot: tuple = ()
        self.errors: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}

        self._build_fields()
        self._build_layout()
        self._connect_edits()
        self.set_details(ClientDetails(name=""))

    # -- construction ---------------------------------------------------------
    def _build_fields(self) -> None:
        self.name_edit = QLineEdit(placeholderText=self.tr("e.g. Wang Xiaoming"))
        self.name_local_edit = QLineEdit(placeholderText=self.tr("e.g. 王小明"))
        self.sex_combo = _combo([(self.tr("Not given"), None)] + [(t, sex.value) for sex, t in sex_names().items()])
        self.birth_date_edit = QLineEdit(placeholderText=self.tr("YYYY-MM-DD"))
        self.birth_date_edit.setMaxLength(10)
        self.birth_date_edit.setToolTip(self.tr("The birth date as year-month-day, e.g. 1985-03-27; "
                                                "leave empty when not given."))
        self.age_hint = QLabel(objectName="subtle")
        self.phone_edit = QLineEdit(placeholderText=self.tr("e.g. 0912-345-678"))
        self.email_edit = QLineEdit(placeholderText=self.tr("name@example.com"))
        self.address_edit = QLineEdit()
        self.occupation_edit = QLineEdit()
        self.occupation_class_combo = _combo([(self.tr("Not set"), None)] + [
            (self.tr("Class %1").replace("%1", str(value)), value) for value in range(1, 7)])
        self.income_edit = QLineEdit(placeholderText=self.tr("e.g. 1,200,000"))
        self.income_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.smoker_check = QCheckBox(self.tr("Smokes"))
        self.stage_combo = _combo([(text, code) for code, text in stage_names().items()])
        self.tier_combo = _combo([(tier_text(None), None)] + [(tier_text(tier), tier.value) for tier in Tier])
        # Tiers are computed (services/segments.py), so the combo shows the tier and cannot change it.
        self.tier_combo.setEnabled(False)
        self.tier_why = QLabel(objectName="subtle")
        self.tier_why.setWordWrap(True)
        self.tier_why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tier_why.hide()
        self.set_tier_explanation("")
        self.consent_check = QCheckBox(self.tr("Agrees to be contacted about offers"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 16)

        self.referrer = ReferrerField()
        self.referrer.choose_requested.connect(self.choose_referrer_requested)
        self.referrer.clear_requested.connect(self.clear_referrer_requested)
        self.referrer.activated.connect(self.referrer_activated)

        self.save_button = QPushButton(icon("save"), self.tr("Save"))
        self.save_button.setDefault(True)
        shortcut_text = QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(self.tr("Save the changes (%1)").replace("%1", shortcut_text))
        self.revert_button = QPushButton(icon("revert"), self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Go back to the details as last saved"))
        self.save_button.clicked.connect(self._request_save)
        self.revert_button.clicked.connect(self.revert)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self._request_save,
                                       context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _field(self, key: str, *widgets: QWidget, stretch_last: bool = True) -> QWidget:
        """The field's widgets on one line, its error message (hidden) below."""
        error = QLabel(objectName="fieldError")
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        self._inputs[key] = widgets[0]
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        for i, widget in enumerate(widgets):
            line.addWidget(widget, 1 if (stretch_last and i == len(widgets) - 1) or len(widgets) == 1 else 0)
        if not stretch_last:
            line.addStretch(1)
        box = QWidget()
        box.setFocusProxy(widgets[0])  # the label's mnemonic (Alt+N…) lands in the field
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(line)
        column.addWidget(error)
        return box

    def _section(self, form: QFormLayout, title: str) -> None:
        label = QLabel(title)
        label.setFont(heading_font(11.5))
        if form.rowCount():
            label.setContentsMargins(0, 10, 0, 0)
        form.addRow(label)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)

        self.birth_date_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 40)
        self.income_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("000,000,000,000") + 40)

        self._section(form, self.tr("Person"))
        form.addRow(self.tr("&Name:"), self._field("name", self.name_edit))
        form.addRow(self.tr("&Local name:"), self._field("name_local", self.name_local_edit))
        form.addRow(self.tr("Se&x:"), self._field("sex", self.sex_combo, stretch_last=False))
        form.addRow(self.tr("&Birth date:"), self._field("birth_date", self.birth_date_edit, self.age_hint))
        form.addRow("", self.smoker_check)

        self._section(form, self.tr("Contact"))
        form.addRow(self.tr("&Phone:"), self._field("phone", self.phone_edit))
        form.addRow(self.tr("&E-mail:"), self._field("email", self.email_edit))
        form.addRow(self.tr("&Address:"), self._field("address", self.address_edit))
        form.addRow("", self._field("consent_marketing", self.consent_check))

        self._section(form, self.tr("Work and income"))
        form.addRow(self.tr("&Occupation:"), self._field("occupation", self.occupation_edit))
        form.addRow(self.tr("Occupation &class:"),
                    self._field("occupation_class", self.occupation_class_combo, stretch_last=False))
        form.addRow(self.tr("Annual &income:"), self._field("annual_income", self.income_edit, stretch_last=False))

        self._section(form, self.tr("With you"))
        form.addRow(self.tr("S&tage:"), self._field("stage", self.stage_combo, stretch_last=False))
        tier_box = self._field("tier", self.tier_combo, stretch_last=False)
        tier_box.layout().insertWidget(1, self.tier_why)  # why, right under the tier
        form.addRow(self.tr("Tier:"), tier_box)
        form.addRow(self.tr("Referred by:"), self._field("referred_by", self.referrer))
        form.addRow(self.tr("Note&s:"), self._field("notes", self.notes_edit))
        self.general_error = QLabel(objectName="fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        form.addRow(self.general_error)

        inner = QWidget()
        inner.setMaximumWidth(FORM_MAX_WIDTH)
        inner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(12, 8, 12, 12)
        inner_layout.addLayout(form)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(inner, 0, Qt.AlignmentFlag.AlignTop)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 6, 12, 6)
        self.dirty_label = QLabel(self.tr("Unsaved changes"), objectName="subtle")
        self.dirty_label.hide()
        buttons.addWidget(self.dirty_label)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll, 1)
        layout.addWidget(line)
        layout.addLayout(buttons)

    def _connect_edits(self) -> None:
        edits = {
            "name": self.name_edit.textEdited, "name_local": self.name_local_edit.textEdited,
            "sex": self.sex_combo.currentIndexChanged, "birth_date": self.birth_date_edit.textChanged,
            "phone": self.phone_edit.textEdited, "email": self.email_edit.textEdited,
            "address": self.address_edit.textEdited, "occupation": self.occupation_edit.textEdited,
            "occupation_class": self.occupation_class_combo.currentIndexChanged,
            "annual_income": self.income_edit.textChanged, "smoker": self.smoker_check.toggled,
            "stage": self.stage_combo.currentIndexChanged, "tier": self.tier_combo.currentIndexChanged,
            "consent_marketing": self.consent_check.toggled, "notes": self.notes_edit.textChanged,
        }
        for key, signal in edits.items():
            signal.connect(lambda *_args, key=key: self._edited(key))
        self.birth_date_edit.textChanged.connect(self._update_age_hint)
        self.income_edit.editingFinished.connect(self._tidy_income)

    # -- loading --------------------------------------------------------------
    def set_details(self, details: ClientDetails) -> None:
        """Show these details as the saved state: no unsaved changes, no errors."""
        self._loading = True
        try:
            self.name_edit.setText(details.name)
            self.name_local_edit.setText(details.name_local)
            self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(details.sex.value if details.sex else None)))
            self.birth_date_edit.setText(details.birth_date.isoformat() if details.birth_date else "")
            self.phone_edit.setText(details.phone)
            self.email_edit.setText(details.email)
            self.address_edit.setText(details.address)
            self.occupation_edit.setText(details.occupation)
            self.occupation_class_combo.setCurrentIndex(max(0, self.occupation_class_combo.findData(
                details.occupation_class)))
            self.income_edit.setText(income_text(details.annual_income))
            self.smoker_check.setChecked(details.smoker)
            self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(details.stage.value)))
            self.tier_combo.setCurrentIndex(max(0, self.tier_combo.findData(
                details.tier.value if details.tier else None)))
            self.consent_check.setChecked(details.consent_marketing)
            self.notes_edit.setPlainText(details.notes)
        finally:
            self._loading = False
        self.clear_problems()
        self.mark_clean()

    def set_tier_explanation(self, text: str) -> None:
        """Why the client has their tier (page_labels.tier_explanation), under
        the tier and in its tooltip; empty hides it."""
        general = self.tr("Tiers are computed from premiums, policies, tenure and referrals; "
                          "they cannot be set by hand.")
        self.tier_combo.setToolTip(f"{general}\n\n{text}" if text else general)
        self.tier_why.setText(text)
        self.tier_why.setVisible(bool(text))

    def set_referrer(self, client_id: uuid.UUID | None, name: str = "") -> None:
        self.referrer.set_referrer(client_id, name)
        self.errors["referred_by"].hide()

    def referrer_id(self) -> uuid.UUID | None:
        return self.referrer.referrer_id()

    # -- state ----------------------------------------------------------------
    def _bindings(self) -> list[tuple[Callable[[], object], Callable[[object], None]]]:
        """How to read and restore each input, in a fixed order."""
        texts = [self.name_edit, self.name_local_edit, self.birth_date_edit, self.phone_edit, self.email_edit,
                 self.address_edit, self.occupation_edit, self.income_edit]
        combos = [self.sex_combo, self.occupation_class_combo, self.stage_combo, self.tier_combo]
        checks = [self.smoker_check, self.consent_check]
        return ([(w.text, w.setText) for w in texts] + [(w.currentIndex, w.setCurrentIndex) for w in combos]
                + [(w.isChecked, w.setChecked) for w in checks]
                + [(self.notes_edit.toPlainText, self.notes_edit.setPlainText)])

    def _raw(self) -> tuple:
        """What is on screen, exactly, to tell whether anything was changed."""
        return tuple(read() for read, _ in self._bindings())

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        """What is on screen is now what is saved."""
        self._snapshot = self._raw()
        self._update_dirty()

    def current_state(self) -> tuple:
        """An opaque copy of what is on screen, for mark_saved once a save lands."""
        return self._raw()

    def mark_saved(self, state: tuple) -> None:
        """`state` (from current_state) is now saved; edits made since stay unsaved."""
        self._snapshot = state
        self._update_dirty()

    def revert(self) -> None:
        self._loading = True
        try:
            for (_, restore), value in zip(self._bindings(), self._snapshot, strict=True):
                restore(value)
        finally:
            self._loading = False
        self.clear_problems()
        self._update_dirty()

    def set_busy(self, busy: bool) -> None:
        """While a save runs, Save and Revert wait."""
        self._busy = busy
        self._update_buttons()

    def focus_name(self) -> None:
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self, key: str) -> None:
        if self._loading:
            return
        if key in self.errors:
            self.errors[key].hide()
        self._update_dirty()

    def _update_dirty(self) -> None:
        dirty = self._raw() != self._snapshot
        changed = dirty != self._dirty
        self._dirty = dirty
        self.dirty_label.setVisible(dirty)
        self._update_buttons()
        if changed:
            self.dirty_changed.emit(dirty)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty and not self._busy)
        self.revert_button.setEnabled(self._dirty and not self._busy)

    # -- reading and checking -------------------------------------------------
    def collect(self, today: date) -> ClientDetails:
        """The details on screen, checked; raises ValidationError naming every bad field."""
        problems: dict[str, str] = {}
        try:
            birth_date = parse_iso_date(self.birth_date_edit.text())
        except ValueError:
            birth_date = None
            problems["birth_date"] = self.tr("Type the date as year-month-day, e.g. 1985-03-27.")
        try:
            income = parse_income(self.income_edit.text())
        except ValidationError as exc:
            income = None
            problems.update(exc.problems)
        sex, occ_class, tier = (self.sex_combo.currentData(), self.occupation_class_combo.currentData(),
                                self.tier_combo.currentData())
        details = ClientDetails(
            name=self.name_edit.text(), name_local=self.name_local_edit.text(),
            sex=Sex(sex) if sex else None, birth_date=birth_date,
            phone=self.phone_edit.text(), email=self.email_edit.text(), address=self.address_edit.text(),
            occupation=self.occupation_edit.text(), occupation_class=occ_class, annual_income=income,
            smoker=self.smoker_check.isChecked(), stage=LifecycleStage(self.stage_combo.currentData()),
            tier=Tier(tier) if tier else None, consent_marketing=self.consent_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )
        try:
            details = validate_client(details, today)
        except ValidationError as exc:
            problems = {**exc.problems, **problems}
        if problems:
            raise ValidationError(problems)
        return details

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each message under its field; the user's input stays as typed."""
        self.clear_problems()
        first: str | None = None
        leftovers = []
        for key, message in problems.items():
            label = self.errors.get(key)
            if label is None:
                leftovers.append(problem_text(message))
                continue
            label.setText(problem_text(message))
            label.show()
            first = first or key
        if leftovers:
            self.general_error.setText("\n".join(leftovers))
            self.general_error.show()
        if first is not None:
            first = next(key for key in self.errors if key in problems)  # the topmost on screen
            self._inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()

    def visible_problems(self) -> dict[str, str]:
        return {key: label.text() for key, label in self.errors.items() if not label.isHidden()}

    # -- helpers --------------------------------------------------------------
    def _update_age_hint(self, text: str) -> None:
        try:
            born = parse_iso_date(text)
        except ValueError:
            born = None
        today = date.today()
        if born is None or born > today:
            self.age_hint.clear()
        else:
            self.age_hint.setText(self.tr("age %1").replace("%1", str(age_on(born, today))))

    def _tidy_income(self) -> None:
        try:
            value = parse_income(self.income_edit.text())
        except ValidationError:
            return
        tidy = income_text(value)
        if tidy != self.income_edit.text():
            self.income_edit.setText(tidy)

    def _request_save(self) -> None:
        if self._dirty and not self._busy:
            self.save_requested.emit()
