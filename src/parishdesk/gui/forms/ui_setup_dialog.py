# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(620, 640)
        self.mainLayout = QVBoxLayout(SetupDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.councilBox = QGroupBox(SetupDialog)
        self.councilBox.setObjectName(u"councilBox")
        self.councilForm = QFormLayout(self.councilBox)
        self.councilForm.setObjectName(u"councilForm")
        self.councilForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.councilBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.councilForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.councilBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.councilForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.councilBox)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.councilForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.kindLabel = QLabel(self.councilBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.councilForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.councilBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.councilForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.nationLabel = QLabel(self.councilBox)
        self.nationLabel.setObjectName(u"nationLabel")

        self.councilForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nationLabel)

        self.nationCombo = QComboBox(self.councilBox)
        self.nationCombo.setObjectName(u"nationCombo")

        self.councilForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nationCombo)

        self.addressLabel = QLabel(self.councilBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.councilForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.councilBox)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaximumSize(QSize(16777215, 80))
        self.addressEdit.setTabChangesFocus(True)

        self.councilForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.telephoneLabel = QLabel(self.councilBox)
        self.telephoneLabel.setObjectName(u"telephoneLabel")

        self.councilForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.telephoneLabel)

        self.telephoneEdit = QLineEdit(self.councilBox)
        self.telephoneEdit.setObjectName(u"telephoneEdit")

        self.councilForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.telephoneEdit)

        self.telephoneError = QLabel(self.councilBox)
        self.telephoneError.setObjectName(u"telephoneError")
        self.telephoneError.setWordWrap(True)

        self.councilForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.telephoneError)

        self.emailLabel = QLabel(self.councilBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.councilForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.councilBox)
        self.emailEdit.setObjectName(u"emailEdit")

        self.councilForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(self.councilBox)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.councilForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emailError)


        self.mainLayout.addWidget(self.councilBox)

        self.principalBox = QGroupBox(SetupDialog)
        self.principalBox.setObjectName(u"principalBox")
        self.principalForm = QFormLayout(self.principalBox)
        self.principalForm.setObjectName(u"principalForm")
        self.principalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.principalLabel = QLabel(self.principalBox)
        self.principalLabel.setObjectName(u"principalLabel")

        self.principalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.principalLabel)

        self.principalEdit = QLineEdit(self.principalBox)
        self.principalEdit.setObjectName(u"principalEdit")

        self.principalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.principalEdit)

        self.moNameLabel = QLabel(self.principalBox)
        self.moNameLabel.setObjectName(u"moNameLabel")

        self.principalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.moNameLabel)

        self.moNameEdit = QLineEdit(self.principalBox)
        self.moNameEdit.setObjectName(u"moNameEdit")

        self.principalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.moNameEdit)

        self.moAddressLabel = QLabel(self.principalBox)
        self.moAddressLabel.setObjectName(u"moAddressLabel")

        self.principalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.moAddressLabel)

        self.moAddressEdit = QPlainTextEdit(self.principalBox)
        self.moAddressEdit.setObjectName(u"moAddressEdit")
        self.moAddressEdit.setMaximumSize(QSize(16777215, 70))
        self.moAddressEdit.setTabChangesFocus(True)

        self.principalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.moAddressEdit)


        self.mainLayout.addWidget(self.principalBox)

        self.clerkBox = QGroupBox(SetupDialog)
        self.clerkBox.setObjectName(u"clerkBox")
        self.clerkForm = QFormLayout(self.clerkBox)
        self.clerkForm.setObjectName(u"clerkForm")
        self.clerkForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.clerkLabel = QLabel(self.clerkBox)
        self.clerkLabel.setObjectName(u"clerkLabel")

        self.clerkForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clerkLabel)

        self.clerkEdit = QLineEdit(self.clerkBox)
        self.clerkEdit.setObjectName(u"clerkEdit")

        self.clerkForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clerkEdit)

        self.clerkError = QLabel(self.clerkBox)
        self.clerkError.setObjectName(u"clerkError")
        self.clerkError.setWordWrap(True)

        self.clerkForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clerkError)


        self.mainLayout.addWidget(self.clerkBox)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.demoButton = QPushButton(SetupDialog)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.demoButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(SetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.nationLabel.setBuddy(self.nationCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.telephoneLabel.setBuddy(self.telephoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.principalLabel.setBuddy(self.principalEdit)
        self.moNameLabel.setBuddy(self.moNameEdit)
        self.moAddressLabel.setBuddy(self.moAddressEdit)
        self.clerkLabel.setBuddy(self.clerkEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.nationCombo)
        QWidget.setTabOrder(self.nationCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.telephoneEdit)
        QWidget.setTabOrder(self.telephoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.principalEdit)
        QWidget.setTabOrder(self.principalEdit, self.moNameEdit)
        QWidget.setTabOrder(self.moNameEdit, self.moAddressEdit)
        QWidget.setTabOrder(self.moAddressEdit, self.clerkEdit)
        QWidget.setTabOrder(self.clerkEdit, self.demoButton)

        self.retranslateUi(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Welcome to ParishDesk", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"<h2>Set up your council</h2><p>Enter your council's details once. They appear on every letter and pack, and you can change them later. Everything stays on this computer.</p>", None))
        self.councilBox.setTitle(QCoreApplication.translate("SetupDialog", u"The council", None))
        self.nameLabel.setText(QCoreApplication.translate("SetupDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"e.g. Ashcombe Parish Council", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Council name", None))
#endif // QT_CONFIG(accessibility)
        self.nameError.setText("")
        self.kindLabel.setText(QCoreApplication.translate("SetupDialog", u"&Type:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Type of council", None))
#endif // QT_CONFIG(accessibility)
        self.nationLabel.setText(QCoreApplication.translate("SetupDialog", u"&Bank holidays:", None))
#if QT_CONFIG(accessibility)
        self.nationCombo.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Nation for bank holidays", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("SetupDialog", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Council address", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"One line per row of the address", None))
        self.telephoneLabel.setText(QCoreApplication.translate("SetupDialog", u"&Telephone:", None))
#if QT_CONFIG(accessibility)
        self.telephoneEdit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Council telephone", None))
#endif // QT_CONFIG(accessibility)
        self.telephoneError.setText("")
        self.emailLabel.setText(QCoreApplication.translate("SetupDialog", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Council e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.emailError.setText("")
        self.principalBox.setTitle(QCoreApplication.translate("SetupDialog", u"Principal council and Monitoring Officer", None))
        self.principalLabel.setText(QCoreApplication.translate("SetupDialog", u"&Principal council:", None))
        self.principalEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"The district or unitary council", None))
#if QT_CONFIG(accessibility)
        self.principalEdit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Principal council", None))
#endif // QT_CONFIG(accessibility)
        self.moNameLabel.setText(QCoreApplication.translate("SetupDialog", u"&Monitoring Officer:", None))
#if QT_CONFIG(accessibility)
        self.moNameEdit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Monitoring Officer's name", None))
#endif // QT_CONFIG(accessibility)
        self.moAddressLabel.setText(QCoreApplication.translate("SetupDialog", u"Their a&ddress:", None))
#if QT_CONFIG(accessibility)
        self.moAddressEdit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Monitoring Officer's address", None))
#endif // QT_CONFIG(accessibility)
        self.clerkBox.setTitle(QCoreApplication.translate("SetupDialog", u"The Clerk", None))
        self.clerkLabel.setText(QCoreApplication.translate("SetupDialog", u"C&lerk's name:", None))
        self.clerkEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"First name and surname", None))
#if QT_CONFIG(accessibility)
        self.clerkEdit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Clerk's name", None))
#endif // QT_CONFIG(accessibility)
        self.clerkError.setText("")
        self.demoButton.setText(QCoreApplication.translate("SetupDialog", u"E&xplore with a demo council", None))
#if QT_CONFIG(tooltip)
        self.demoButton.setToolTip(QCoreApplication.translate("SetupDialog", u"Fill ParishDesk with a fictional council to try it out", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
