# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_pack_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_PackDialog(object):
    def setupUi(self, PackDialog):
        if not PackDialog.objectName():
            PackDialog.setObjectName(u"PackDialog")
        PackDialog.resize(560, 440)
        self.mainLayout = QVBoxLayout(PackDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PackDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.whoBox = QGroupBox(PackDialog)
        self.whoBox.setObjectName(u"whoBox")
        self.whoLayout = QGridLayout(self.whoBox)
        self.whoLayout.setObjectName(u"whoLayout")
        self.everyoneRadio = QRadioButton(self.whoBox)
        self.everyoneRadio.setObjectName(u"everyoneRadio")
        self.everyoneRadio.setChecked(True)

        self.whoLayout.addWidget(self.everyoneRadio, 0, 0, 1, 2)

        self.everyoneLabel = QLabel(self.whoBox)
        self.everyoneLabel.setObjectName(u"everyoneLabel")
        self.everyoneLabel.setWordWrap(True)
        self.everyoneLabel.setIndent(24)

        self.whoLayout.addWidget(self.everyoneLabel, 1, 0, 1, 2)

        self.oneRadio = QRadioButton(self.whoBox)
        self.oneRadio.setObjectName(u"oneRadio")

        self.whoLayout.addWidget(self.oneRadio, 2, 0, 1, 1)

        self.councillorCombo = QComboBox(self.whoBox)
        self.councillorCombo.setObjectName(u"councillorCombo")

        self.whoLayout.addWidget(self.councillorCombo, 2, 1, 1, 1)

        self.whoLayout.setColumnStretch(1, 1)

        self.mainLayout.addWidget(self.whoBox)

        self.howBox = QGroupBox(PackDialog)
        self.howBox.setObjectName(u"howBox")
        self.howLayout = QVBoxLayout(self.howBox)
        self.howLayout.setObjectName(u"howLayout")
        self.eachRadio = QRadioButton(self.howBox)
        self.eachRadio.setObjectName(u"eachRadio")
        self.eachRadio.setChecked(True)

        self.howLayout.addWidget(self.eachRadio)

        self.combinedRadio = QRadioButton(self.howBox)
        self.combinedRadio.setObjectName(u"combinedRadio")

        self.howLayout.addWidget(self.combinedRadio)


        self.mainLayout.addWidget(self.howBox)

        self.whereLayout = QHBoxLayout()
        self.whereLayout.setObjectName(u"whereLayout")
        self.whereLabel = QLabel(PackDialog)
        self.whereLabel.setObjectName(u"whereLabel")

        self.whereLayout.addWidget(self.whereLabel)

        self.whereEdit = QLineEdit(PackDialog)
        self.whereEdit.setObjectName(u"whereEdit")

        self.whereLayout.addWidget(self.whereEdit)

        self.browseButton = QPushButton(PackDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.whereLayout.addWidget(self.browseButton)


        self.mainLayout.addLayout(self.whereLayout)

        self.errorLabel = QLabel(PackDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(PackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.whereLabel.setBuddy(self.whereEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PackDialog)
    # setupUi

    def retranslateUi(self, PackDialog):
        PackDialog.setWindowTitle(QCoreApplication.translate("PackDialog", u"Make protocol packs", None))
        self.introLabel.setText("")
        self.whoBox.setTitle(QCoreApplication.translate("PackDialog", u"Who for", None))
        self.everyoneRadio.setText(QCoreApplication.translate("PackDialog", u"&Everyone who has not acknowledged the current version", None))
        self.everyoneLabel.setText("")
        self.oneRadio.setText(QCoreApplication.translate("PackDialog", u"&One councillor:", None))
#if QT_CONFIG(accessibility)
        self.councillorCombo.setAccessibleName(QCoreApplication.translate("PackDialog", u"Councillor", None))
#endif // QT_CONFIG(accessibility)
        self.howBox.setTitle(QCoreApplication.translate("PackDialog", u"As", None))
        self.eachRadio.setText(QCoreApplication.translate("PackDialog", u"One &PDF for each councillor", None))
        self.combinedRadio.setText(QCoreApplication.translate("PackDialog", u"One &combined PDF, ready to print", None))
        self.whereLabel.setText(QCoreApplication.translate("PackDialog", u"Save &to:", None))
#if QT_CONFIG(accessibility)
        self.whereEdit.setAccessibleName(QCoreApplication.translate("PackDialog", u"Where to save the packs", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("PackDialog", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("PackDialog", u"Choose where to save the packs", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi
