# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disputes_party_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_DisputesPartyDialog(object):
    def setupUi(self, DisputesPartyDialog):
        if not DisputesPartyDialog.objectName():
            DisputesPartyDialog.setObjectName(u"DisputesPartyDialog")
        DisputesPartyDialog.resize(520, 260)
        self.mainLayout = QVBoxLayout(DisputesPartyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(DisputesPartyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #9c1c1c;")
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.roleLabel = QLabel(DisputesPartyDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(DisputesPartyDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.personLabel = QLabel(DisputesPartyDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(DisputesPartyDialog)
        self.personCombo.setObjectName(u"personCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.nameLabel = QLabel(DisputesPartyDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(DisputesPartyDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.mainLayout.addLayout(self.form)

        self.noteLabel = QLabel(DisputesPartyDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.buttons = QDialogButtonBox(DisputesPartyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.personLabel.setBuddy(self.personCombo)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roleCombo, self.personCombo)
        QWidget.setTabOrder(self.personCombo, self.nameEdit)

        self.retranslateUi(DisputesPartyDialog)
    # setupUi

    def retranslateUi(self, DisputesPartyDialog):
        DisputesPartyDialog.setWindowTitle(QCoreApplication.translate("DisputesPartyDialog", u"Add a person to the case", None))
        self.errorLabel.setText("")
        self.roleLabel.setText(QCoreApplication.translate("DisputesPartyDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("DisputesPartyDialog", u"Role in the case", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("DisputesPartyDialog", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("DisputesPartyDialog", u"Person from the register", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("DisputesPartyDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("DisputesPartyDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("DisputesPartyDialog", u"Investigators, decision-makers and appeal panels are checked: no party, witness or member with a declared special relationship to a party, and no one from the first panel on the appeal.", None))
    # retranslateUi
