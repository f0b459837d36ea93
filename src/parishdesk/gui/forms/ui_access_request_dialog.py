# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'access_request_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

from parishdesk.gui.common.date_field import DateField

class Ui_AccessRequestDialog(object):
    def setupUi(self, AccessRequestDialog):
        if not AccessRequestDialog.objectName():
            AccessRequestDialog.setObjectName(u"AccessRequestDialog")
        AccessRequestDialog.resize(1020, 700)
        self.mainLayout = QVBoxLayout(AccessRequestDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.requestBox = QGroupBox(AccessRequestDialog)
        self.requestBox.setObjectName(u"requestBox")
        self.requestForm = QFormLayout(self.requestBox)
        self.requestForm.setObjectName(u"requestForm")
        self.requestForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.councillorLabel = QLabel(self.requestBox)
        self.councillorLabel.setObjectName(u"councillorLabel")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.councillorLabel)

        self.councillorCombo = QComboBox(self.requestBox)
        self.councillorCombo.setObjectName(u"councillorCombo")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.councillorCombo)

        self.councillorError = QLabel(self.requestBox)
        self.councillorError.setObjectName(u"councillorError")
        self.councillorError.setWordWrap(True)
        self.councillorError.setVisible(False)

        self.requestForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.councillorError)

        self.receivedLabel = QLabel(self.requestBox)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedDate = DateField(self.requestBox)
        self.receivedDate.setObjectName(u"receivedDate")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receivedDate)

        self.documentsLabel = QLabel(self.requestBox)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.requestForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.documentsLabel)

        self.documentsEdit = QPlainTextEdit(self.requestBox)
        self.documentsEdit.setObjectName(u"documentsEdit")
        self.documentsEdit.setMaximumSize(QSize(16777215, 60))
        self.documentsEdit.setTabChangesFocus(True)

        self.requestForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.documentsEdit)

        self.documentsError = QLabel(self.requestBox)
        self.documentsError.setObjectName(u"documentsError")
        self.documentsError.setWordWrap(True)
        self.documentsError.setVisible(False)

        self.requestForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.documentsError)

        self.holderLabel = QLabel(self.requestBox)
        self.holderLabel.setObjectName(u"holderLabel")

        self.requestForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.holderLabel)

        self.holderEdit = QLineEdit(self.requestBox)
        self.holderEdit.setObjectName(u"holderEdit")

        self.requestForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.holderEdit)

        self.committeeLabel = QLabel(self.requestBox)
        self.committeeLabel.setObjectName(u"committeeLabel")

        self.requestForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.committeeLabel)

        self.committeeCombo = QComboBox(self.requestBox)
        self.committeeCombo.setObjectName(u"committeeCombo")

        self.requestForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.committeeCombo)

        self.meetingCheck = QCheckBox(self.requestBox)
        self.meetingCheck.setObjectName(u"meetingCheck")

        self.requestForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.meetingCheck)

        self.meetingLabel = QLabel(self.requestBox)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.requestForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingEdit = QLineEdit(self.requestBox)
        self.meetingEdit.setObjectName(u"meetingEdit")

        self.requestForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.meetingEdit)

        self.meetingError = QLabel(self.requestBox)
        self.meetingError.setObjectName(u"meetingError")
        self.meetingError.setWordWrap(True)
        self.meetingError.setVisible(False)

        self.requestForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.meetingError)

        self.contentsLabel = QLabel(self.requestBox)
        self.contentsLabel.setObjectName(u"contentsLabel")

        self.requestForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.contentsLabel)

        self.contentsBox = QWidget(self.requestBox)
        self.contentsBox.setObjectName(u"contentsBox")
        self.contentsLayout = QVBoxLayout(self.contentsBox)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.contentsLayout.setContentsMargins(0, 0, 0, 0)

        self.requestForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contentsBox)

        self.groupLabel = QLabel(self.requestBox)
        self.groupLabel.setObjectName(u"groupLabel")

        self.requestForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(self.requestBox)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setEditable(True)

        self.requestForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.groupError = QLabel(self.requestBox)
        self.groupError.setObjectName(u"groupError")
        self.groupError.setWordWrap(True)
        self.groupError.setVisible(False)

        self.requestForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.groupError)

        self.reasonLabel = QLabel(self.requestBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.requestForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(self.requestBox)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 70))
        self.reasonEdit.setTabChangesFocus(True)

        self.requestForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.specificCheck = QCheckBox(self.requestBox)
        self.specificCheck.setObjectName(u"specificCheck")

        self.requestForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.specificCheck)

        self.foiCheck = QCheckBox(self.requestBox)
        self.foiCheck.setObjectName(u"foiCheck")

        self.requestForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.foiCheck)

        self.deciderLabel = QLabel(self.requestBox)
        self.deciderLabel.setObjectName(u"deciderLabel")

        self.requestForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.deciderLabel)

        self.deciderCombo = QComboBox(self.requestBox)
        self.deciderCombo.setObjectName(u"deciderCombo")

        self.requestForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.deciderCombo)

        self.dueLabel = QLabel(self.requestBox)
        self.dueLabel.setObjectName(u"dueLabel")

        self.requestForm.setWidget(17, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueValue = QLabel(self.requestBox)
        self.dueValue.setObjectName(u"dueValue")

        self.requestForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.dueValue)


        self.columns.addWidget(self.requestBox)

        self.recommendationBox = QGroupBox(AccessRequestDialog)
        self.recommendationBox.setObjectName(u"recommendationBox")
        self.recommendationLayout = QVBoxLayout(self.recommendationBox)
        self.recommendationLayout.setObjectName(u"recommendationLayout")
        self.recommendationView = QTextBrowser(self.recommendationBox)
        self.recommendationView.setObjectName(u"recommendationView")
        self.recommendationView.setOpenLinks(False)

        self.recommendationLayout.addWidget(self.recommendationView)

        self.recommendationNote = QLabel(self.recommendationBox)
        self.recommendationNote.setObjectName(u"recommendationNote")
        self.recommendationNote.setWordWrap(True)

        self.recommendationLayout.addWidget(self.recommendationNote)


        self.columns.addWidget(self.recommendationBox)


        self.mainLayout.addLayout(self.columns)

        self.buttonBox = QDialogButtonBox(AccessRequestDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.councillorLabel.setBuddy(self.councillorCombo)
        self.receivedLabel.setBuddy(self.receivedDate)
        self.documentsLabel.setBuddy(self.documentsEdit)
        self.holderLabel.setBuddy(self.holderEdit)
        self.committeeLabel.setBuddy(self.committeeCombo)
        self.meetingLabel.setBuddy(self.meetingEdit)
        self.contentsLabel.setBuddy(self.contentsBox)
        self.groupLabel.setBuddy(self.groupCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.deciderLabel.setBuddy(self.deciderCombo)
        self.dueLabel.setBuddy(self.dueValue)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccessRequestDialog)
    # setupUi

    def retranslateUi(self, AccessRequestDialog):
        AccessRequestDialog.setWindowTitle(QCoreApplication.translate("AccessRequestDialog", u"Information request", None))
        self.requestBox.setTitle(QCoreApplication.translate("AccessRequestDialog", u"The request", None))
        self.councillorLabel.setText(QCoreApplication.translate("AccessRequestDialog", u"&Councillor:", None))
#if QT_CONFIG(accessibility)
        self.councillorCombo.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"Councillor who asked", None))
#endif // QT_CONFIG(accessibility)
        self.councillorError.setText("")
        self.receivedLabel.setText(QCoreApplication.translate("AccessRequestDialog", u"&Received on:", None))
#if QT_CONFIG(accessibility)
        self.receivedDate.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"Date the request was received", None))
#endif // QT_CONFIG(accessibility)
        self.documentsLabel.setText(QCoreApplication.translate("AccessRequestDialog", u"&Documents asked for:", None))
#if QT_CONFIG(accessibility)
        self.documentsEdit.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"Documents asked for", None))
#endif // QT_CONFIG(accessibility)
        self.documentsEdit.setPlaceholderText(QCoreApplication.translate("AccessRequestDialog", u"Describe the documents, e.g. the tree survey of the recreation ground", None))
        self.documentsError.setText("")
        self.holderLabel.setText(QCoreApplication.translate("AccessRequestDialog", u"&Held by:", None))
#if QT_CONFIG(accessibility)
        self.holderEdit.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"Who holds the documents", None))
#endif // QT_CONFIG(accessibility)
        self.holderEdit.setPlaceholderText(QCoreApplication.translate("AccessRequestDialog", u"e.g. Clerk's office", None))
        self.committeeLabel.setText(QCoreApplication.translate("AccessRequestDialog", u"Co&mmittee concerned:", None))
#if QT_CONFIG(accessibility)
        self.committeeCombo.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"Committee whose functions the documents concern", None))
#endif // QT_CONFIG(accessibility)
        self.meetingCheck.setText(QCoreApplication.translate("AccessRequestDialog", u"Relates to &business on a meeting's agenda", None))
#if QT_CONFIG(accessibility)
        self.meetingCheck.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"Relates to business on a meeting's agenda", None))
#endif // QT_CONFIG(accessibility)
        self.meetingLabel.setText(QCoreApplication.translate("AccessRequestDialog", u"Which mee&ting:", None))
#if QT_CONFIG(accessibility)
        self.meetingEdit.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"Which meeting", None))
#endif // QT_CONFIG(accessibility)
        self.meetingEdit.setPlaceholderText(QCoreApplication.translate("AccessRequestDialog", u"e.g. Full Council, 3 December", None))
        self.meetingError.setText("")
        self.contentsLabel.setText(QCoreApplication.translate("AccessRequestDialog", u"The documents contain:", None))
#if QT_CONFIG(accessibility)
        self.contentsBox.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"What the documents contain", None))
#endif // QT_CONFIG(accessibility)
        self.groupLabel.setText(QCoreApplication.translate("AccessRequestDialog", u"Whose &group paper:", None))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"Party group whose internal paper it is", None))
#endif // QT_CONFIG(accessibility)
        self.groupError.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("AccessRequestDialog", u"Councillor's &reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"Councillor's stated reason", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("AccessRequestDialog", u"In the councillor's words; leave empty if they gave none", None))
        self.specificCheck.setText(QCoreApplication.translate("AccessRequestDialog", u"The reason is &specific and tied to their duties as a councillor", None))
#if QT_CONFIG(accessibility)
        self.specificCheck.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"Reason is specific and tied to their duties", None))
#endif // QT_CONFIG(accessibility)
        self.foiCheck.setText(QCoreApplication.translate("AccessRequestDialog", u"Asked under the &Freedom of Information Act instead (20 working days)", None))
#if QT_CONFIG(accessibility)
        self.foiCheck.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"Asked under the Freedom of Information Act", None))
#endif // QT_CONFIG(accessibility)
        self.deciderLabel.setText(QCoreApplication.translate("AccessRequestDialog", u"&Who decides:", None))
#if QT_CONFIG(accessibility)
        self.deciderCombo.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"Officer who decides", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText(QCoreApplication.translate("AccessRequestDialog", u"Decision due:", None))
        self.dueValue.setText("")
#if QT_CONFIG(accessibility)
        self.dueValue.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"Decision due", None))
#endif // QT_CONFIG(accessibility)
        self.recommendationBox.setTitle(QCoreApplication.translate("AccessRequestDialog", u"ParishDesk recommends", None))
#if QT_CONFIG(accessibility)
        self.recommendationView.setAccessibleName(QCoreApplication.translate("AccessRequestDialog", u"Recommendation", None))
#endif // QT_CONFIG(accessibility)
        self.recommendationNote.setText(QCoreApplication.translate("AccessRequestDialog", u"The recommendation changes as you fill in the form. The officer decides, and may decide otherwise with a written reason.", None))
    # retranslateUi
