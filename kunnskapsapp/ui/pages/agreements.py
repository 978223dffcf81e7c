"""Avtaler: framework agreements with their project agreements beneath, partnerships and
memberships; contact groups, evaluations and termination."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.enums import AgreementKind, AgreementStatus
from kunnskapsapp.domain.errors import DomainError, ValidationError
from kunnskapsapp.domain.rules import (
    EVALUATION_FROM_LAST,
    EVALUATION_FROM_SIGNED,
    EVALUATION_FROM_START,
    add_months,
    evaluation_basis,
    next_evaluation,
)
from kunnskapsapp.services import agreements, clock
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import palette as colours
from kunnskapsapp.ui.form import ChildSpec, FormSpec, choices_of
from kunnskapsapp.ui.formatting import domain_message, format_date
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.icons import set_icon
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.table import Column
from kunnskapsapp.ui.widgets import DateEdit, TextEdit, accept_cancel_buttons, error_label


def _group_key(record: Record) -> tuple[tuple[str, str, str], ...]:
    """Project agreements sort right under their framework agreement, in Norwegian order."""
    if record.get("parent_id"):
        return (norwegian_key(record.get("parent_name", "")), norwegian_key(record["title"]))
    return (norwegian_key(record["title"]),)


class AgreementsPage(ListPage):
    title = QT_TRANSLATE_NOOP("AgreementsPage", "Avtaler")
    page_id = "agreements"
    single_row_refresh = True
    calendar_record = "agreement_id"  # an agreement's deadlines and meetings to a calendar

    def columns(self) -> list[Column]:
        return [
            Column(
                "title",
                self.tr("Avtale"),
                value=lambda r: ("    ↳ " + r.title) if r.get("parent_id") else r.title,
                sort=_group_key,
            ),
            Column("kind", self.tr("Type")),
            Column("status", self.tr("Status"), priority=1, chip=True, widest=130),
            # two framework agreements with the same title differ by their partner
            Column("partner_names", self.tr("Parter"), widest=150, priority=1),
            Column("start_date", self.tr("Start"), priority=3),
            Column("end_date", self.tr("Slutt")),
            Column("next_evaluation", self.tr("Neste evaluering")),
            Column("archive_case_number", self.tr("Saksnr."), priority=3),
        ]

    def row_style(self, record: Record) -> str | None:
        if record.status is AgreementStatus.TERMINATED:
            return "done"
        if record.get("evaluation_due"):
            nxt = record.get("next_evaluation")
            return "overdue" if nxt and nxt < clock.today() else "soon"
        return None

    def form_spec(self) -> FormSpec:
        person_choices = choices_of(m.Person)
        return FormSpec(
            m.Agreement,
            [
                (
                    self.tr("Avtale"),
                    [
                        "title",
                        "kind",
                        "parent_id",
                        "status",
                        "initiator",
                        "purpose",
                        "responsible_id",
                    ],
                ),
                (
                    self.tr("Varighet og oppfølging"),
                    [
                        "signed_date",
                        "start_date",
                        "end_date",
                        "notice_period_months",
                        "evaluation_interval_months",
                        "fulfil_after_parent_terminated",
                    ],
                ),
                (
                    self.tr("Forankring og arkiv"),
                    [
                        "political_anchoring",
                        "political_case_ref",
                        "administrative_anchoring",
                        "administrative_case_ref",
                        "archive_case_number",
                    ],
                ),
                (
                    self.tr("Oppsigelse"),
                    ["termination_requested", "termination_effective", "termination_reason"],
                ),
                (self.tr("Merknader"), ["notes"]),
            ],
            choices={
                "parent_id": choices_of(m.Agreement, where={"kind": AgreementKind.FRAMEWORK}),
                "responsible_id": person_choices,
            },
            children=[
                ChildSpec(
                    self.tr("Parter"),
                    m.AgreementParty,
                    "agreement_id",
                    [
                        Column("organisation_name", self.tr("Organisasjon")),
                        Column("role", self.tr("Rolle")),
                    ],
                    FormSpec(
                        m.AgreementParty,
                        [(self.tr("Avtalepart"), ["agreement_id", "organisation_id", "role"])],
                    ),
                    "agreementParties",
                ),
                ChildSpec(
                    self.tr("Kontaktgruppe"),
                    m.ContactGroupMember,
                    "agreement_id",
                    [
                        Column("person_name", self.tr("Person")),
                        Column("side", self.tr("Side")),
                        Column("role", self.tr("Rolle")),
                    ],
                    FormSpec(
                        m.ContactGroupMember,
                        [(self.tr("Medlem"), ["agreement_id", "person_id", "side", "role"])],
                    ),
                    "contactGroup",
                ),
                ChildSpec(
                    self.tr("Evalueringer"),
                    m.AgreementEvaluation,
                    "agreement_id",
                    [
                        Column("evaluated_on", self.tr("Dato")),
                        Column("summary", self.tr("Oppsummering")),
                    ],
                    FormSpec(
                        m.AgreementEvaluation,
                        [
                            (
                                self.tr("Evaluering"),
                                ["agreement_id", "evaluated_on", "summary", "follow_up"],
                            )
                        ],
                    ),
                    "evaluations",
                    order_by=("-evaluated_on",),
                ),
                ChildSpec(
                    self.tr("Prosjektavtaler"),
                    m.Agreement,
                    "parent_id",
                    [
                        Column("title", self.tr("Prosjektavtale")),
                        Column("status", self.tr("Status"), chip=True),
                        Column("end_date", self.tr("Slutt")),
                    ],
                    FormSpec(
                        m.Agreement,
                        [
                            (
                                self.tr("Prosjektavtale"),
                                [
                                    "title",
                                    "kind",
                                    "parent_id",
                                    "status",
                                    "start_date",
                                    "end_date",
                                    "fulfil_after_parent_terminated",
                                    "archive_case_number",
                                ],
                            )
                        ],
                        choices={
                            "parent_id": choices_of(
                                m.Agreement, where={"kind": AgreementKind.FRAMEWORK}
                            )
                        },
                        defaults={"kind": AgreementKind.PROJECT},
                    ),
                    "projectAgreements",
                    order_by=("title",),
                    empty_text=self.tr("Ingen prosjektavtaler under denne avtalen ennå."),
                    empty_button=self.tr("Legg til prosjektavtale …"),
                ),
            ],
            defaults={"kind": AgreementKind.FRAMEWORK, "status": AgreementStatus.ACTIVE},
        )

    def fetch(self) -> list[Record]:
        return agreements.agreements_overview(self.db)

    def setup_filters(self) -> None:
        self.add_filter(
            "kind",
            self.tr("Type"),
            domain_i18n.enum_choices(AgreementKind),
            lambda r, v: r.kind.value == v,
        )
        self.add_filter(
            "status",
            self.tr("Status"),
            domain_i18n.enum_choices(AgreementStatus),
            lambda r, v: r.status.value == v,
        )
        self.add_filter(
            "evaluation",
            self.tr("Evaluering"),
            [("due", self.tr("Forfaller innen 90 dager"))],
            lambda r, v: bool(r.get("evaluation_due")),
        )
        self.evaluate_button = QPushButton(self.tr("Registrer evaluering …"))
        set_icon(self.evaluate_button, "clipboard-check")
        self.evaluate_button.setObjectName("registerEvaluation")
        self.evaluate_button.clicked.connect(self.register_evaluation)
        self.terminate_button = QPushButton(self.tr("Si opp avtale …"))
        set_icon(self.terminate_button, "file-x")
        self.terminate_button.setObjectName("terminateAgreement")
        self.terminate_button.clicked.connect(self.terminate)
        self.extra_buttons.addWidget(self.evaluate_button)
        self.extra_buttons.addWidget(self.terminate_button)
        self._update_extra()

    def setup_form(self) -> None:
        self.form.saved.connect(lambda _r: self._update_extra())
        self._install_evaluation_note()
        self._update_extra()

    def _install_evaluation_note(self) -> None:
        """Under the evaluation interval: the next evaluation and what it counts from (the last
        evaluation, else the start date, else the signing date), updated while typing."""
        self.evaluation_note = QLabel(self.form)
        self.evaluation_note.setObjectName("evaluationNote")
        self.evaluation_note.setWordWrap(True)
        colours.set_colour_style(self.evaluation_note, "color: {};", colours.MUTED)
        interval = self.form.rows["evaluation_interval_months"].widget
        container = interval.parentWidget()
        layout = container.layout() if container is not None else None
        if layout is not None:
            layout.addWidget(self.evaluation_note)
        for name in ("signed_date", "start_date", "evaluation_interval_months"):
            self.form.rows[name].widget.edited.connect(self._update_evaluation_note)  # type: ignore[attr-defined]

    def _update_evaluation_note(self) -> None:
        rows = self.form.rows

        def day(name: str) -> date | None:  # half-typed dates count as not given
            value = rows[name].value()
            return value if isinstance(value, date) else None

        signed, start = day("signed_date"), day("start_date")
        interval = rows["evaluation_interval_months"].value()
        interval = interval if isinstance(interval, int) else None
        last = self.form.record.get("last_evaluation") if self.form.record else None
        base, basis = evaluation_basis(start, last, signed)
        nxt = next_evaluation(start, last, interval, signed)
        text = ""
        if interval and nxt is not None and base is not None:
            source = {
                EVALUATION_FROM_LAST: self.tr("regnet fra siste evaluering %s"),
                EVALUATION_FROM_START: self.tr("regnet fra startdatoen %s"),
                EVALUATION_FROM_SIGNED: self.tr(
                    "regnet fra signeringsdatoen %s, fordi startdato mangler"
                ),
            }[basis] % format_date(base)
            text = self.tr("Neste evaluering: %s, %s.") % (format_date(nxt), source)
        elif interval:
            text = self.tr(
                "Neste evaluering kan ikke beregnes: fyll inn startdato eller signeringsdato."
            )
        self.evaluation_note.setText(text)
        self.evaluation_note.setVisible(bool(text))

    def open_record(self, record_id: str) -> None:
        super().open_record(record_id)
        self._update_extra()

    def new_record(self, defaults: dict[str, Any] | None = None) -> None:
        super().new_record(defaults)
        self._update_extra()

    def _update_extra(self) -> None:
        if self.form_built():
            self._update_evaluation_note()
        record = self.form_record()
        active = record is not None and record.status is not AgreementStatus.TERMINATED
        self.evaluate_button.setEnabled(active)
        self.terminate_button.setEnabled(active)

    def context_actions(self, record: Record | None) -> list[QAction]:
        if record is None or record.status is AgreementStatus.TERMINATED:
            return []
        evaluate = QAction(self.tr("Registrer evaluering …"), self)
        evaluate.triggered.connect(self.register_evaluation)
        terminate = QAction(self.tr("Si opp avtale …"), self)
        terminate.triggered.connect(self.terminate)
        return [evaluate, terminate]

    def register_evaluation(self) -> None:
        record = self.form.record
        if record is None or not self.form.maybe_discard():
            return
        dialog = EvaluationDialog(record, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        updated = dialog.result_record
        self.refresh()
        self.select_id(record.id)
        if updated is not None:
            QMessageBox.information(
                self,
                self.tr("Evaluering registrert"),
                self.tr("Neste evaluering av «%s» er %s.")
                % (updated.title, format_date(updated.next_evaluation) or self.tr("ikke satt")),
            )
        self.data_changed.emit()

    def terminate(self) -> None:
        record = self.form.record
        if record is None or not self.form.maybe_discard():
            return
        dialog = TerminateDialog(self.db, record, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.outcome is None:
            return
        self.refresh()
        self.select_id(record.id)
        self.data_changed.emit()
        TerminationResultDialog(dialog.outcome, self).exec()

    def print_report(self) -> None:
        from kunnskapsapp.ui.reports import open_report_dialog

        open_report_dialog(self, self.db, "agreements")


class EvaluationDialog(QDialog):
    def __init__(self, record: Record, page: AgreementsPage) -> None:
        super().__init__(page)
        self.setObjectName("evaluationDialog")
        self.page = page
        self.record = record
        self.result_record: Record | None = None
        self.setWindowTitle(self.tr("Registrer evaluering – %s") % record.title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date = DateEdit(self)
        self.date.setObjectName("evaluationDate")
        self.date.setAccessibleName(self.tr("Evaluert dato"))
        self.date.set_value(clock.today())
        self.summary = TextEdit(self)
        self.summary.setObjectName("evaluationSummary")
        self.summary.setAccessibleName(self.tr("Oppsummering"))
        self.follow_up = TextEdit(self)
        self.follow_up.setObjectName("evaluationFollowUp")
        self.follow_up.setAccessibleName(self.tr("Justeringer og oppfølging"))
        form.addRow(self.tr("Evaluert dato *"), self.date)
        form.addRow(self.tr("Oppsummering"), self.summary)
        form.addRow(self.tr("Justeringer og oppfølging"), self.follow_up)
        layout.addLayout(form)
        self.error = error_label("evaluationError", self)
        layout.addWidget(self.error)
        layout.addWidget(accept_cancel_buttons(self, self.tr("Registrer"), self._accept))

    def _accept(self) -> None:
        day = self.date.value()
        if not isinstance(day, date):
            self.error.setText(self.tr("Skriv datoen som dd.mm.åååå."))
            return
        try:
            self.result_record = agreements.record_evaluation(
                self.page.db, self.record.id, day, self.summary.value(), self.follow_up.value()
            )
        except DomainError as exc:
            self.error.setText(domain_message(exc))
            return
        self.accept()


class TerminateDialog(QDialog):
    def __init__(self, db: Any, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terminateDialog")
        self.db = db
        self.record = record
        self.outcome: agreements.Termination | None = None
        self.setWindowTitle(self.tr("Si opp avtale – %s") % record.title)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Oppsigelsen registreres med datoer og begrunnelse. Prosjektavtaler under en "
                "samarbeidsavtale skal som hovedregel oppfylles selv om samarbeidsavtalen "
                "sies opp; du får se hvilke etterpå."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.requested = DateEdit(self)
        self.requested.setObjectName("terminationRequested")
        self.requested.setAccessibleName(self.tr("Oppsigelse levert"))
        self.requested.set_value(clock.today())
        self.effective = DateEdit(self)
        self.effective.setObjectName("terminationEffective")
        self.effective.setAccessibleName(self.tr("Oppsigelsen gjelder fra"))
        self.effective.set_value(add_months(clock.today(), record.notice_period_months or 0))
        self.reason = TextEdit(self)
        self.reason.setObjectName("terminationReason")
        self.reason.setAccessibleName(self.tr("Begrunnelse"))
        form.addRow(self.tr("Oppsigelse levert *"), self.requested)
        notice = record.notice_period_months
        form.addRow(
            self.tr("Gjelder fra (oppsigelsestid %s mnd.)")
            % (notice if notice is not None else "–"),
            self.effective,
        )
        form.addRow(self.tr("Begrunnelse"), self.reason)
        layout.addLayout(form)
        self.error = error_label("terminationError", self)
        layout.addWidget(self.error)
        layout.addWidget(accept_cancel_buttons(self, self.tr("Si opp"), self._accept))

    def _accept(self) -> None:
        requested, effective = self.requested.value(), self.effective.value()
        if not isinstance(requested, date) or (effective and not isinstance(effective, date)):
            self.error.setText(self.tr("Skriv datoene som dd.mm.åååå."))
            return
        try:
            self.outcome = agreements.terminate(
                self.db,
                self.record.id,
                requested=requested,
                effective=effective or None,
                reason=self.reason.value(),
                expected_version=self.record.version,
            )
        except ValidationError as exc:
            self.error.setText(domain_message(exc))
            return
        except DomainError as exc:
            self.error.setText(domain_message(exc))
            return
        self.accept()


class TerminationResultDialog(QDialog):
    """After a termination: the project agreements that must still be fulfilled."""

    def __init__(self, outcome: agreements.Termination, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terminationResultDialog")
        self.setWindowTitle(self.tr("Avtalen er sagt opp"))
        layout = QVBoxLayout(self)
        a = outcome.agreement
        head = QLabel(
            self.tr("«%s» er sagt opp og gjelder til %s.")
            % (a.title, format_date(a.termination_effective))
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        if outcome.to_fulfil:
            layout.addWidget(QLabel(self.tr("Disse prosjektavtalene skal fortsatt oppfylles:")))
        else:
            layout.addWidget(
                QLabel(self.tr("Ingen prosjektavtaler under avtalen må oppfylles videre."))
            )
        listing = QListWidget(self)
        listing.setObjectName("toFulfilList")
        listing.setAccessibleName(self.tr("Prosjektavtaler som skal oppfylles"))
        for r in outcome.to_fulfil:
            end = format_date(r.end_date) if r.end_date else self.tr("uten sluttdato")
            listing.addItem(self.tr("%s (til %s)") % (r.title, end))
        layout.addWidget(listing)
        if outcome.ended:
            layout.addWidget(
                QLabel(
                    self.tr("Avsluttet sammen med avtalen: %s")
                    % ", ".join(r.title for r in outcome.ended)
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(520, 360)
