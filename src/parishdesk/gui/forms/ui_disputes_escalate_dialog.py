# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disputes_escalate_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_DisputesEscalateDialog(object):
    def setupUi(self, DisputesEscalateDialog):
        if not DisputesEscalateDialog.objectName():
            DisputesEscalateDialog.setObjectName(u"DisputesEscalateDialog")
        DisputesEscalateDialog.resize(480, 240)
        self.mainLayout = QVBoxLayout(DisputesEscalateDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(DisputesEscalateDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #9c1c1c;")
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.trackLabel = QLabel(DisputesEscalateDialog)
        self.trackLabel.setObjectName(u"trackLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.trackLabel)

        self.trackCombo = QComboBox(DisputesEscalateDialog)
        self.trackCombo.setObjectName(u"trackCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.trackCombo)

        self.reasonLabel = QLabel(DisputesEscalateDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(DisputesEscalateDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(DisputesEscalateDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.trackLabel.setBuddy(self.trackCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.trackCombo, self.reasonEdit)

        self.retranslateUi(DisputesEscalateDialog)
    # setupUi

    def retranslateUi(self, DisputesEscalateDialog):
        DisputesEscalateDialog.setWindowTitle(QCoreApplication.translate("DisputesEscalateDialog", u"Move the case to a formal route", None))
        self.errorLabel.setText("")
        self.trackLabel.setText(QCoreApplication.translate("DisputesEscalateDialog", u"&Track:", None))
#if QT_CONFIG(accessibility)
        self.trackCombo.setAccessibleName(QCoreApplication.translate("DisputesEscalateDialog", u"Formal track", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("DisputesEscalateDialog", u"&Why:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("DisputesEscalateDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
