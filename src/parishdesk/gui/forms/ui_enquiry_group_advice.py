# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enquiry_group_advice.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from parishdesk.gui.common.date_field import DateField

class Ui_RecordAdvice(object):
    def setupUi(self, RecordAdvice):
        if not RecordAdvice.objectName():
            RecordAdvice.setObjectName(u"RecordAdvice")
        RecordAdvice.resize(480, 320)
        self.mainLayout = QVBoxLayout(RecordAdvice)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RecordAdvice)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.groupLabel = QLabel(RecordAdvice)
        self.groupLabel.setObjectName(u"groupLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(RecordAdvice)
        self.groupCombo.setObjectName(u"groupCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.groupError = QLabel(RecordAdvice)
        self.groupError.setObjectName(u"groupError")
        self.groupError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.groupError)

        self.matterLabel = QLabel(RecordAdvice)
        self.matterLabel.setObjectName(u"matterLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.matterLabel)

        self.matterEdit = QLineEdit(RecordAdvice)
        self.matterEdit.setObjectName(u"matterEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.matterEdit)

        self.matterError = QLabel(RecordAdvice)
        self.matterError.setObjectName(u"matterError")
        self.matterError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.matterError)

        self.summaryLabel = QLabel(RecordAdvice)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(RecordAdvice)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.dateLabel = QLabel(RecordAdvice)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(RecordAdvice)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(RecordAdvice)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.groupLabel.setBuddy(self.groupCombo)
        self.matterLabel.setBuddy(self.matterEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.groupCombo, self.matterEdit)
        QWidget.setTabOrder(self.matterEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.dateEdit)

        self.retranslateUi(RecordAdvice)
    # setupUi

    def retranslateUi(self, RecordAdvice):
        RecordAdvice.setWindowTitle(QCoreApplication.translate("RecordAdvice", u"Record advice to a party group", None))
        self.introLabel.setText("")
        self.groupLabel.setText(QCoreApplication.translate("RecordAdvice", u"&Group:", None))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("RecordAdvice", u"Party group advised", None))
#endif // QT_CONFIG(accessibility)
        self.groupError.setText("")
#if QT_CONFIG(accessibility)
        self.groupError.setAccessibleName(QCoreApplication.translate("RecordAdvice", u"Problem with the group", None))
#endif // QT_CONFIG(accessibility)
        self.matterLabel.setText(QCoreApplication.translate("RecordAdvice", u"&Matter:", None))
#if QT_CONFIG(accessibility)
        self.matterEdit.setAccessibleName(QCoreApplication.translate("RecordAdvice", u"What the advice was about", None))
#endif // QT_CONFIG(accessibility)
        self.matterError.setText("")
#if QT_CONFIG(accessibility)
        self.matterError.setAccessibleName(QCoreApplication.translate("RecordAdvice", u"Problem with the matter", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("RecordAdvice", u"&Summary:", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("RecordAdvice", u"Summary of the advice", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("RecordAdvice", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("RecordAdvice", u"Date the advice was given", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
