# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enquiry_capture.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from parishdesk.gui.common.date_field import DateField

class Ui_EnquiryCapture(object):
    def setupUi(self, EnquiryCapture):
        if not EnquiryCapture.objectName():
            EnquiryCapture.setObjectName(u"EnquiryCapture")
        EnquiryCapture.resize(520, 460)
        self.mainLayout = QVBoxLayout(EnquiryCapture)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(EnquiryCapture)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.councillorLabel = QLabel(EnquiryCapture)
        self.councillorLabel.setObjectName(u"councillorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.councillorLabel)

        self.councillorCombo = QComboBox(EnquiryCapture)
        self.councillorCombo.setObjectName(u"councillorCombo")
        self.councillorCombo.setEditable(True)
        self.councillorCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.councillorCombo)

        self.councillorError = QLabel(EnquiryCapture)
        self.councillorError.setObjectName(u"councillorError")
        self.councillorError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.councillorError)

        self.channelLabel = QLabel(EnquiryCapture)
        self.channelLabel.setObjectName(u"channelLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(EnquiryCapture)
        self.channelCombo.setObjectName(u"channelCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.kindLabel = QLabel(EnquiryCapture)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(EnquiryCapture)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.subjectLabel = QLabel(EnquiryCapture)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(EnquiryCapture)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.subjectError = QLabel(EnquiryCapture)
        self.subjectError.setObjectName(u"subjectError")
        self.subjectError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.subjectError)

        self.textLabel = QLabel(EnquiryCapture)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(EnquiryCapture)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.requestedCheck = QCheckBox(EnquiryCapture)
        self.requestedCheck.setObjectName(u"requestedCheck")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.requestedCheck)

        self.requestedDate = DateField(EnquiryCapture)
        self.requestedDate.setObjectName(u"requestedDate")
        self.requestedDate.setEnabled(False)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.requestedDate)

        self.notBusinessCheck = QCheckBox(EnquiryCapture)
        self.notBusinessCheck.setObjectName(u"notBusinessCheck")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notBusinessCheck)

        self.priorityCheck = QCheckBox(EnquiryCapture)
        self.priorityCheck.setObjectName(u"priorityCheck")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.priorityCheck)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(EnquiryCapture)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.councillorLabel.setBuddy(self.councillorCombo)
        self.channelLabel.setBuddy(self.channelCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.councillorCombo, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.requestedCheck)
        QWidget.setTabOrder(self.requestedCheck, self.requestedDate)
        QWidget.setTabOrder(self.requestedDate, self.notBusinessCheck)
        QWidget.setTabOrder(self.notBusinessCheck, self.priorityCheck)

        self.retranslateUi(EnquiryCapture)
    # setupUi

    def retranslateUi(self, EnquiryCapture):
        EnquiryCapture.setWindowTitle(QCoreApplication.translate("EnquiryCapture", u"New enquiry", None))
        self.introLabel.setText(QCoreApplication.translate("EnquiryCapture", u"Type as you listen. Enter saves; Ctrl+Enter saves from the text box. Deadlines and protocol checks are worked out for you.", None))
        self.councillorLabel.setText(QCoreApplication.translate("EnquiryCapture", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.councillorCombo.setAccessibleName(QCoreApplication.translate("EnquiryCapture", u"Councillor the enquiry is from", None))
#endif // QT_CONFIG(accessibility)
        self.councillorError.setText("")
        self.channelLabel.setText(QCoreApplication.translate("EnquiryCapture", u"&Channel:", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("EnquiryCapture", u"How the enquiry arrived", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("EnquiryCapture", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("EnquiryCapture", u"Kind of enquiry", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("EnquiryCapture", u"&Subject:", None))
#if QT_CONFIG(accessibility)
        self.subjectEdit.setAccessibleName(QCoreApplication.translate("EnquiryCapture", u"Subject", None))
#endif // QT_CONFIG(accessibility)
        self.subjectError.setText("")
        self.textLabel.setText(QCoreApplication.translate("EnquiryCapture", u"&Text:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("EnquiryCapture", u"What the councillor asked", None))
#endif // QT_CONFIG(accessibility)
        self.requestedCheck.setText(QCoreApplication.translate("EnquiryCapture", u"&Wanted by:", None))
#if QT_CONFIG(accessibility)
        self.requestedCheck.setAccessibleName(QCoreApplication.translate("EnquiryCapture", u"The councillor asked for an answer by a date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.requestedDate.setAccessibleName(QCoreApplication.translate("EnquiryCapture", u"Date the councillor wants an answer by", None))
#endif // QT_CONFIG(accessibility)
        self.notBusinessCheck.setText(QCoreApplication.translate("EnquiryCapture", u"May not be council &business (party, campaign, private, another body)", None))
        self.priorityCheck.setText(QCoreApplication.translate("EnquiryCapture", u"Councillor &demanded priority", None))
    # retranslateUi
