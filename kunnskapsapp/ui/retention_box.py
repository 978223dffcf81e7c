"""How many automatic backups to keep, in Fil → Sikkerhetskopier … (storage.backup_policy).

Three numbers, saved as the user changes them and used by the next backup's rotation. When
IT's preset file locks the policy, the numbers are IT's, shown but not editable, and the box
says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.storage import backup_policy
from kunnskapsapp.storage.backup_files import Retention


class RetentionBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionBox")
        self.setTitle(self.tr("Hvor mange automatiske kopier som beholdes"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Den nyeste kopien fra hver av de siste")))
        self.daily = self._spin(row, "retentionDaily", self.tr("dagene,"))
        self.weekly = self._spin(row, "retentionWeekly", self.tr("ukene og"))
        self.monthly = self._spin(row, "retentionMonthly", self.tr("månedene."))
        row.addStretch(1)
        layout.addLayout(row)
        self.note = QLabel(self)
        self.note.setObjectName("retentionNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.policy = backup_policy.in_force()
        self._show(self.policy)
        for spin in (self.daily, self.weekly, self.monthly):
            spin.valueChanged.connect(self._changed)

    def _spin(self, row: QHBoxLayout, name: str, after: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(0, backup_policy.LIMIT)
        spin.setAccessibleName(after.rstrip(",.").removesuffix(" og"))
        row.addWidget(spin)
        row.addWidget(QLabel(after))
        return spin

    def _show(self, policy: backup_policy.Policy) -> None:
        for spin, value in (
            (self.daily, policy.retention.daily),
            (self.weekly, policy.retention.weekly),
            (self.monthly, policy.retention.monthly),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
            spin.setEnabled(not policy.locked)
        if policy.locked:
            text = self.tr("Satt av IT-avdelingen (i %1) og kan ikke endres her.").replace(
                "%1", str(policy.source)
            )
            self.setToolTip(text)
            self.note.setText(text)
        else:
            self.setToolTip("")
            self.note.setText(
                self.tr(
                    "Endringen gjelder fra neste sikkerhetskopi. Kopier som er under et døgn "
                    "gamle, beholdes alltid."
                )
            )

    def retention(self) -> Retention:
        return Retention(self.daily.value(), self.weekly.value(), self.monthly.value())

    def _changed(self, _value: int) -> None:
        try:
            backup_policy.save_own(self.retention())
        except (DomainError, OSError) as exc:  # locked meanwhile, or the folder is not ours
            self.note.setText(exc.message if isinstance(exc, DomainError) else str(exc))
            return
        self.policy = backup_policy.in_force()
