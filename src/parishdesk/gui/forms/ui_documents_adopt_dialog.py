# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_adopt_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from parishdesk.gui.common.date_field import DateField

class Ui_AdoptDialog(object):
    def setupUi(self, AdoptDialog):
        if not AdoptDialog.objectName():
            AdoptDialog.setObjectName(u"AdoptDialog")
        AdoptDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(AdoptDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(AdoptDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.dateLabel = QLabel(AdoptDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(AdoptDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.meetingLabel = QLabel(AdoptDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingEdit = QLineEdit(AdoptDialog)
        self.meetingEdit.setObjectName(u"meetingEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meetingEdit)

        self.meetingError = QLabel(AdoptDialog)
        self.meetingError.setObjectName(u"meetingError")
        self.meetingError.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.meetingError)

        self.minuteLabel = QLabel(AdoptDialog)
        self.minuteLabel.setObjectName(u"minuteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minuteLabel)

        self.minuteEdit = QLineEdit(AdoptDialog)
        self.minuteEdit.setObjectName(u"minuteEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minuteEdit)


        self.mainLayout.addLayout(self.form)

        self.warningLabel = QLabel(AdoptDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(AdoptDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.meetingLabel.setBuddy(self.meetingEdit)
        self.minuteLabel.setBuddy(self.minuteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.meetingEdit)
        QWidget.setTabOrder(self.meetingEdit, self.minuteEdit)

        self.retranslateUi(AdoptDialog)
    # setupUi

    def retranslateUi(self, AdoptDialog):
        AdoptDialog.setWindowTitle(QCoreApplication.translate("AdoptDialog", u"Adopt this version", None))
        self.introLabel.setText(QCoreApplication.translate("AdoptDialog", u"Record when and where the council adopted this version of the protocol.", None))
        self.dateLabel.setText(QCoreApplication.translate("AdoptDialog", u"Adopted &on:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("AdoptDialog", u"Date adopted", None))
#endif // QT_CONFIG(accessibility)
        self.meetingLabel.setText(QCoreApplication.translate("AdoptDialog", u"&Meeting:", None))
        self.meetingEdit.setPlaceholderText(QCoreApplication.translate("AdoptDialog", u"e.g. Full Council, 12/05/2026", None))
#if QT_CONFIG(accessibility)
        self.meetingEdit.setAccessibleName(QCoreApplication.translate("AdoptDialog", u"Meeting that adopted it", None))
#endif // QT_CONFIG(accessibility)
        self.meetingError.setText("")
        self.minuteLabel.setText(QCoreApplication.translate("AdoptDialog", u"Minute &reference:", None))
        self.minuteEdit.setPlaceholderText(QCoreApplication.translate("AdoptDialog", u"e.g. 26/041", None))
#if QT_CONFIG(accessibility)
        self.minuteEdit.setAccessibleName(QCoreApplication.translate("AdoptDialog", u"Minute reference", None))
#endif // QT_CONFIG(accessibility)
        self.warningLabel.setText("")
#if QT_CONFIG(accessibility)
        self.warningLabel.setAccessibleName(QCoreApplication.translate("AdoptDialog", u"What adopting means", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
