# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enquiry_leave.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from parishdesk.gui.common.date_field import DateField

class Ui_LeaveEdit(object):
    def setupUi(self, LeaveEdit):
        if not LeaveEdit.objectName():
            LeaveEdit.setObjectName(u"LeaveEdit")
        LeaveEdit.resize(460, 220)
        self.mainLayout = QVBoxLayout(LeaveEdit)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.officerLabel = QLabel(LeaveEdit)
        self.officerLabel.setObjectName(u"officerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerCombo = QComboBox(LeaveEdit)
        self.officerCombo.setObjectName(u"officerCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officerCombo)

        self.officerError = QLabel(LeaveEdit)
        self.officerError.setObjectName(u"officerError")
        self.officerError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officerError)

        self.kindLabel = QLabel(LeaveEdit)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(LeaveEdit)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(LeaveEdit)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.fromLabel = QLabel(LeaveEdit)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = DateField(LeaveEdit)
        self.fromEdit.setObjectName(u"fromEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(LeaveEdit)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = DateField(LeaveEdit)
        self.toEdit.setObjectName(u"toEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.endsError = QLabel(LeaveEdit)
        self.endsError.setObjectName(u"endsError")
        self.endsError.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.endsError)

        self.noteLabel = QLabel(LeaveEdit)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(LeaveEdit)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.form)

        self.periodError = QLabel(LeaveEdit)
        self.periodError.setObjectName(u"periodError")
        self.periodError.setWordWrap(True)

        self.mainLayout.addWidget(self.periodError)

        self.buttons = QDialogButtonBox(LeaveEdit)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.officerLabel.setBuddy(self.officerCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officerCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.noteEdit)

        self.retranslateUi(LeaveEdit)
    # setupUi

    def retranslateUi(self, LeaveEdit):
        LeaveEdit.setWindowTitle(QCoreApplication.translate("LeaveEdit", u"Add leave", None))
        self.officerLabel.setText(QCoreApplication.translate("LeaveEdit", u"&Officer:", None))
#if QT_CONFIG(accessibility)
        self.officerCombo.setAccessibleName(QCoreApplication.translate("LeaveEdit", u"Officer on leave", None))
#endif // QT_CONFIG(accessibility)
        self.officerError.setText("")
#if QT_CONFIG(accessibility)
        self.officerError.setAccessibleName(QCoreApplication.translate("LeaveEdit", u"Problem with the officer", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("LeaveEdit", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("LeaveEdit", u"Kind of leave", None))
#endif // QT_CONFIG(accessibility)
        self.kindError.setText("")
#if QT_CONFIG(accessibility)
        self.kindError.setAccessibleName(QCoreApplication.translate("LeaveEdit", u"Problem with the kind of leave", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("LeaveEdit", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("LeaveEdit", u"First day of leave", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("LeaveEdit", u"&To (included):", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("LeaveEdit", u"Last day of leave", None))
#endif // QT_CONFIG(accessibility)
        self.endsError.setText("")
#if QT_CONFIG(accessibility)
        self.endsError.setAccessibleName(QCoreApplication.translate("LeaveEdit", u"Problem with the dates", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("LeaveEdit", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("LeaveEdit", u"Note about the leave", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("LeaveEdit", u"Optional, e.g. who covers meanwhile", None))
        self.periodError.setText("")
#if QT_CONFIG(accessibility)
        self.periodError.setAccessibleName(QCoreApplication.translate("LeaveEdit", u"Problem with the leave period", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
