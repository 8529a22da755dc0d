"""The Today screen's side column: renewal premiums due in the next 30 days
(with totals per currency), this week's birthdays with a greeting to copy in
the client's language, and claims that have stalled. It shows rows it is
handed; the screen does the loading."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desk.domain.greetings import GreetingLanguage, birthday_greeting
from agent_desk.services.agent_profile import AgentNames
from agent_desk.services.today import BirthdayRow, TodayView
from agent_desk.ui.clients.formatting import money_text
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon
from agent_desk.ui.today.labels import language_names
from agent_desk.ui.today.models import (
    BirthdayColumn,
    BirthdayModel,
    ClaimColumn,
    RenewalColumn,
    RenewalModel,
    RowsModel,
    StalledClaimModel,
)

QWIDGETSIZE_MAX = (1 << 24) - 1
FIT_SAMPLE_ROWS = 200  # columns fit the first rows; a big book has tens of thousands


def make_table(model) -> QTableView:  # noqa: ANN001
    """A read-only list of rows, one selected at a time."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def open_on_double_click_or_enter(table: QTableView, row_at: Callable[[int], object],
                                  open_row: Callable[[object], None]) -> None:
    """Not `activated`: that is a single click on some desktops."""
    table.doubleClicked.connect(lambda index: open_row(row_at(index.row())))
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QShortcut(QKeySequence(key), table, lambda: open_row(row_at(table.currentIndex().row())),
                  context=Qt.ShortcutContext.WidgetShortcut)


def fit_columns(table: QTableView, model: RowsModel, stretch: int) -> None:
    """Widths from the header and the first rows' text; `stretch` takes what is left."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    sample = model.rows()[:FIT_SAMPLE_ROWS]
    for column in model.columns:
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        texts = [model.header(column)] + [model.text(row, column) for row in sample]
        icon_room = 22 if any(model.decoration(row, column) for row in sample) else 0
        table.setColumnWidth(column, max(metrics.horizontalAdvance(t) for t in texts) + 20 + icon_room)


class SideSection(QWidget):
    """A heading with its count, a table or a friendly line when empty, and a footer."""

    def __init__(self, icon_name: str, table: QTableView, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setWeight(font.Weight.DemiBold)
        self.heading.setFont(font)
        glyph = QLabel()
        glyph.setPixmap(icon(icon_name).pixmap(18, 18))
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(glyph)
        top.addWidget(self.heading, 1)
        self.table = table
        self.empty_label = QLabel(empty_text, objectName="subtle")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.footer = QVBoxLayout()
        self.footer.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(self.footer)

    def show_count(self, title: str, count: int) -> None:
        self.heading.setText(f"{title} ({QLocale().toString(count)})" if count else title)
        self.table.setVisible(count > 0)
        self.empty_label.setVisible(count == 0)
        # An empty section takes only its lines; the others get the room.
        self.setMaximumHeight(QWIDGETSIZE_MAX if count else self.minimumSizeHint().height())


class SideColumn(QWidget):
    open_client_requested = Signal(object)  # UUID

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._agent = AgentNames()

        self.renewals = RenewalModel(self)
        self.renewals_section = SideSection("renewal", make_table(self.renewals),
                                            self.tr("No renewal premiums due in the next 30 days."))
        self.renewal_totals_label = QLabel(objectName="totals")
        self.renewal_totals_label.setWordWrap(True)
        self.renewal_totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.renewals_section.footer.addWidget(self.renewal_totals_label)

        self.birthdays = BirthdayModel(self)
        self.birthdays_section = SideSection("birthday", make_table(self.birthdays), self.tr("No birthdays this week."))
        self.language_label = QLabel(self.tr("Greeting in"))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Greeting language"))
        self.language_combo.addItem(self.tr("Each client's language"), "")
        for language, name in language_names().items():
            self.language_combo.addItem(name, language.value)
        self.copy_button = QPushButton(icon("copy"), self.tr("Copy greeting"))
        self.copy_button.setToolTip(self.tr("Put a birthday greeting for the selected client on the clipboard "
                                            "(Ctrl+C)"))
        self.copy_button.setEnabled(False)
        greeting_row = QHBoxLayout()
        greeting_row.addWidget(self.language_label)
        greeting_row.addWidget(self.language_combo, 1)
        greeting_row.addWidget(self.copy_button)
        self.greeting_preview = QLabel(objectName="subtle")
        self.greeting_preview.setWordWrap(True)
        self.greeting_preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.birthdays_section.footer.addLayout(greeting_row)
        self.birthdays_section.footer.addWidget(self.greeting_preview)

        self.claims = StalledClaimModel(self)
        self.claims_section = SideSection("stalled", make_table(self.claims),
                                          self.tr("No claim has stalled. Claims that wait too long in a stage "
                                                  "show here."))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        for section in (self.renewals_section, self.birthdays_section, self.claims_section):
            self.splitter.addWidget(section)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 280, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addStretch(0)  # the room empty sections leave stays below them

        for section, model in ((self.renewals_section, self.renewals), (self.birthdays_section, self.birthdays),
                               (self.claims_section, self.claims)):
            open_on_double_click_or_enter(section.table, model.row_at, self._open_client_of)
        self.birthdays_section.table.selectionModel().selectionChanged.connect(self._birthday_selection_changed)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.copy_button.clicked.connect(self.copy_greeting)
        QShortcut(QKeySequence.StandardKey.Copy, self.birthdays_section.table, self.copy_greeting,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.show_view(TodayView(self.renewals.today), AgentNames())

    def show_view(self, view: TodayView, agent: AgentNames) -> None:
        self._agent = agent
        self.renewals.today = self.birthdays.today = view.today
        self.renewals.set_rows(view.renewals)
        self.renewals_section.show_count(self.tr("Renewals due in 30 days"), view.renewal_count)
        totals = view.renewal_totals()
        self.renewal_totals_label.setText(self.tr("Total: %1").replace(
            "%1", "  ·  ".join(money_text(amount, currency) for currency, amount in totals.items())) if totals else "")
        self.renewal_totals_label.setVisible(bool(totals))

        self.birthdays.set_rows(view.birthdays)
        self.birthdays_section.show_count(self.tr("Birthdays this week"), len(view.birthdays))
        for widget in (self.language_label, self.language_combo, self.copy_button, self.greeting_preview):
            widget.setVisible(bool(view.birthdays))
        if view.birthdays:  # the greeting shows at once, ready to copy
            self.birthdays_section.table.selectRow(0)
        self._birthday_selection_changed()

        self.claims.set_rows(view.stalled_claims)
        self.claims_section.show_count(self.tr("Stalled claims"), len(view.stalled_claims))
        fit_columns(self.renewals_section.table, self.renewals, RenewalColumn.CLIENT)
        fit_columns(self.birthdays_section.table, self.birthdays, BirthdayColumn.NAME)
        fit_columns(self.claims_section.table, self.claims, ClaimColumn.CLIENT)

    def _open_client_of(self, row: object) -> None:
        client_id = getattr(row, "client_id", None)
        if client_id is not None:
            self.open_client_requested.emit(client_id)

    # -- birthdays ------------------------------------------------------------------------
    def selected_birthday(self) -> BirthdayRow | None:
        rows = self.birthdays_section.table.selectionModel().selectedRows()
        return self.birthdays.row_at(rows[0].row()) if rows else None

    def greeting_for(self, row: BirthdayRow) -> str:
        language = self.birthdays.language_of(row)
        agent = self._agent.signature(chinese=language is not GreetingLanguage.EN)
        return birthday_greeting(language, row.name, row.name_local, agent)

    def set_greeting_language(self, language: GreetingLanguage | None) -> None:
        """One language for every greeting, or None for each client's own."""
        self.language_combo.setCurrentIndex(self.language_combo.findData(language.value if language else ""))

    def _language_changed(self) -> None:
        data = self.language_combo.currentData()
        self.birthdays.set_language(GreetingLanguage(data) if data else None)
        self._birthday_selection_changed()

    def _birthday_selection_changed(self) -> None:
        row = self.selected_birthday()
        self.copy_button.setEnabled(row is not None)
        self.greeting_preview.setText(self.greeting_for(row) if row else self.tr(
            "Select a client to see the greeting."))

    def copy_greeting(self) -> None:
        row = self.selected_birthday()
        if row is None:
            return
        QGuiApplication.clipboard().setText(self.greeting_for(row))
        self._ctx.bus.status_message.emit(
            self.tr("Greeting for %1 copied — paste it into your message.").replace("%1", row.display_name))
