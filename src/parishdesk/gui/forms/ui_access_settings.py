# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'access_settings.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout

class Ui_AccessSettings(object):
    def setupUi(self, AccessSettings):
        if not AccessSettings.objectName():
            AccessSettings.setObjectName(u"AccessSettings")
        AccessSettings.resize(460, 200)
        self.mainLayout = QVBoxLayout(AccessSettings)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(AccessSettings)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.daysLabel = QLabel(AccessSettings)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysSpin = QSpinBox(AccessSettings)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(1)
        self.daysSpin.setMaximum(60)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.daysSpin)

        self.daysError = QLabel(AccessSettings)
        self.daysError.setObjectName(u"daysError")
        self.daysError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.daysError)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(AccessSettings)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.RestoreDefaults|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.daysLabel.setBuddy(self.daysSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccessSettings)
    # setupUi

    def retranslateUi(self, AccessSettings):
        AccessSettings.setWindowTitle(QCoreApplication.translate("AccessSettings", u"Information request settings", None))
        self.introLabel.setText(QCoreApplication.translate("AccessSettings", u"How long the council allows itself to decide a councillor's request to see documents, counted in working days from the day it arrives. It applies to requests logged from now on; those already logged keep their deadline. A request made under the Freedom of Information Act always has 20 working days.", None))
        self.daysLabel.setText(QCoreApplication.translate("AccessSettings", u"&Time to decide:", None))
        self.daysSpin.setSuffix(QCoreApplication.translate("AccessSettings", u" working days", None))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(QCoreApplication.translate("AccessSettings", u"Working days to decide a request", None))
#endif // QT_CONFIG(accessibility)
        self.daysError.setText("")
#if QT_CONFIG(accessibility)
        self.daysError.setAccessibleName(QCoreApplication.translate("AccessSettings", u"Problem with the setting", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
