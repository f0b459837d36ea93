# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enquiry_form.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from parishdesk.gui.common.date_field import DateField

class Ui_EnquiryForm(object):
    def setupUi(self, EnquiryForm):
        if not EnquiryForm.objectName():
            EnquiryForm.setObjectName(u"EnquiryForm")
        EnquiryForm.resize(1000, 660)
        self.mainLayout = QVBoxLayout(EnquiryForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.councillorLabel = QLabel(EnquiryForm)
        self.councillorLabel.setObjectName(u"councillorLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.councillorLabel)

        self.councillorCombo = QComboBox(EnquiryForm)
        self.councillorCombo.setObjectName(u"councillorCombo")
        self.councillorCombo.setEditable(True)
        self.councillorCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.councillorCombo)

        self.councillorError = QLabel(EnquiryForm)
        self.councillorError.setObjectName(u"councillorError")
        self.councillorError.setWordWrap(True)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.councillorError)

        self.receivedLabel = QLabel(EnquiryForm)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEdit = QDateTimeEdit(EnquiryForm)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.receivedError = QLabel(EnquiryForm)
        self.receivedError.setObjectName(u"receivedError")
        self.receivedError.setWordWrap(True)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receivedError)

        self.channelLabel = QLabel(EnquiryForm)
        self.channelLabel.setObjectName(u"channelLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(EnquiryForm)
        self.channelCombo.setObjectName(u"channelCombo")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.kindLabel = QLabel(EnquiryForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(EnquiryForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.subjectLabel = QLabel(EnquiryForm)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(EnquiryForm)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.subjectError = QLabel(EnquiryForm)
        self.subjectError.setObjectName(u"subjectError")
        self.subjectError.setWordWrap(True)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.subjectError)

        self.textLabel = QLabel(EnquiryForm)
        self.textLabel.setObjectName(u"textLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(EnquiryForm)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.requestedCheck = QCheckBox(EnquiryForm)
        self.requestedCheck.setObjectName(u"requestedCheck")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.requestedCheck)

        self.requestedDate = DateField(EnquiryForm)
        self.requestedDate.setObjectName(u"requestedDate")
        self.requestedDate.setEnabled(False)

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.requestedDate)

        self.requestedError = QLabel(EnquiryForm)
        self.requestedError.setObjectName(u"requestedError")
        self.requestedError.setWordWrap(True)

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.requestedError)

        self.addressedLabel = QLabel(EnquiryForm)
        self.addressedLabel.setObjectName(u"addressedLabel")

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.addressedLabel)

        self.addressedCombo = QComboBox(EnquiryForm)
        self.addressedCombo.setObjectName(u"addressedCombo")

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.addressedCombo)

        self.notBusinessCheck = QCheckBox(EnquiryForm)
        self.notBusinessCheck.setObjectName(u"notBusinessCheck")

        self.detailsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.notBusinessCheck)

        self.priorityDemandedCheck = QCheckBox(EnquiryForm)
        self.priorityDemandedCheck.setObjectName(u"priorityDemandedCheck")

        self.detailsForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.priorityDemandedCheck)


        self.columnsLayout.addLayout(self.detailsForm)

        self.sideLayout = QVBoxLayout()
        self.sideLayout.setObjectName(u"sideLayout")
        self.clerkBox = QGroupBox(EnquiryForm)
        self.clerkBox.setObjectName(u"clerkBox")
        self.clerkForm = QFormLayout(self.clerkBox)
        self.clerkForm.setObjectName(u"clerkForm")
        self.actingLabel = QLabel(self.clerkBox)
        self.actingLabel.setObjectName(u"actingLabel")

        self.clerkForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actingLabel)

        self.actingCombo = QComboBox(self.clerkBox)
        self.actingCombo.setObjectName(u"actingCombo")

        self.clerkForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actingCombo)

        self.assignedLabel = QLabel(self.clerkBox)
        self.assignedLabel.setObjectName(u"assignedLabel")

        self.clerkForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.assignedLabel)

        self.assignedCombo = QComboBox(self.clerkBox)
        self.assignedCombo.setObjectName(u"assignedCombo")

        self.clerkForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.assignedCombo)

        self.priorityLabel = QLabel(self.clerkBox)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.clerkForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priorityCombo = QComboBox(self.clerkBox)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.clerkForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.clerkNote = QLabel(self.clerkBox)
        self.clerkNote.setObjectName(u"clerkNote")
        self.clerkNote.setWordWrap(True)

        self.clerkForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.clerkNote)


        self.sideLayout.addWidget(self.clerkBox)

        self.copiesBox = QGroupBox(EnquiryForm)
        self.copiesBox.setObjectName(u"copiesBox")
        self.copiesLayout = QVBoxLayout(self.copiesBox)
        self.copiesLayout.setObjectName(u"copiesLayout")
        self.copiesTable = QTableWidget(self.copiesBox)
        self.copiesTable.setObjectName(u"copiesTable")
        self.copiesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.copiesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.copiesTable.setMinimumSize(QSize(0, 90))

        self.copiesLayout.addWidget(self.copiesTable)

        self.copyButtons = QHBoxLayout()
        self.copyButtons.setObjectName(u"copyButtons")
        self.copyCombo = QComboBox(self.copiesBox)
        self.copyCombo.setObjectName(u"copyCombo")

        self.copyButtons.addWidget(self.copyCombo)

        self.addCopyButton = QPushButton(self.copiesBox)
        self.addCopyButton.setObjectName(u"addCopyButton")

        self.copyButtons.addWidget(self.addCopyButton)

        self.removeCopyButton = QPushButton(self.copiesBox)
        self.removeCopyButton.setObjectName(u"removeCopyButton")

        self.copyButtons.addWidget(self.removeCopyButton)


        self.copiesLayout.addLayout(self.copyButtons)


        self.sideLayout.addWidget(self.copiesBox)

        self.residentBox = QGroupBox(EnquiryForm)
        self.residentBox.setObjectName(u"residentBox")
        self.residentForm = QFormLayout(self.residentBox)
        self.residentForm.setObjectName(u"residentForm")
        self.residentNote = QLabel(self.residentBox)
        self.residentNote.setObjectName(u"residentNote")
        self.residentNote.setWordWrap(True)

        self.residentForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.residentNote)

        self.residentNameLabel = QLabel(self.residentBox)
        self.residentNameLabel.setObjectName(u"residentNameLabel")

        self.residentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.residentNameLabel)

        self.residentNameEdit = QLineEdit(self.residentBox)
        self.residentNameEdit.setObjectName(u"residentNameEdit")

        self.residentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.residentNameEdit)

        self.residentContactLabel = QLabel(self.residentBox)
        self.residentContactLabel.setObjectName(u"residentContactLabel")

        self.residentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.residentContactLabel)

        self.residentContactEdit = QLineEdit(self.residentBox)
        self.residentContactEdit.setObjectName(u"residentContactEdit")

        self.residentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.residentContactEdit)


        self.sideLayout.addWidget(self.residentBox)

        self.filesBox = QGroupBox(EnquiryForm)
        self.filesBox.setObjectName(u"filesBox")
        self.filesLayout = QVBoxLayout(self.filesBox)
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesList = QListWidget(self.filesBox)
        self.filesList.setObjectName(u"filesList")
        self.filesList.setMinimumSize(QSize(0, 60))

        self.filesLayout.addWidget(self.filesList)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.addFileButton = QPushButton(self.filesBox)
        self.addFileButton.setObjectName(u"addFileButton")

        self.fileButtons.addWidget(self.addFileButton)

        self.openFileButton = QPushButton(self.filesBox)
        self.openFileButton.setObjectName(u"openFileButton")

        self.fileButtons.addWidget(self.openFileButton)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileSpacer)


        self.filesLayout.addLayout(self.fileButtons)


        self.sideLayout.addWidget(self.filesBox)


        self.columnsLayout.addLayout(self.sideLayout)


        self.mainLayout.addLayout(self.columnsLayout)

        self.formError = QLabel(EnquiryForm)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.buttons = QDialogButtonBox(EnquiryForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.councillorLabel.setBuddy(self.councillorCombo)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.textLabel.setBuddy(self.textEdit)
        self.addressedLabel.setBuddy(self.addressedCombo)
        self.actingLabel.setBuddy(self.actingCombo)
        self.assignedLabel.setBuddy(self.assignedCombo)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.residentNameLabel.setBuddy(self.residentNameEdit)
        self.residentContactLabel.setBuddy(self.residentContactEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.councillorCombo, self.receivedEdit)
        QWidget.setTabOrder(self.receivedEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.requestedCheck)
        QWidget.setTabOrder(self.requestedCheck, self.requestedDate)
        QWidget.setTabOrder(self.requestedDate, self.addressedCombo)
        QWidget.setTabOrder(self.addressedCombo, self.notBusinessCheck)
        QWidget.setTabOrder(self.notBusinessCheck, self.priorityDemandedCheck)
        QWidget.setTabOrder(self.priorityDemandedCheck, self.actingCombo)
        QWidget.setTabOrder(self.actingCombo, self.assignedCombo)
        QWidget.setTabOrder(self.assignedCombo, self.priorityCombo)
        QWidget.setTabOrder(self.priorityCombo, self.copiesTable)
        QWidget.setTabOrder(self.copiesTable, self.copyCombo)
        QWidget.setTabOrder(self.copyCombo, self.addCopyButton)
        QWidget.setTabOrder(self.addCopyButton, self.removeCopyButton)
        QWidget.setTabOrder(self.removeCopyButton, self.residentNameEdit)
        QWidget.setTabOrder(self.residentNameEdit, self.residentContactEdit)
        QWidget.setTabOrder(self.residentContactEdit, self.filesList)
        QWidget.setTabOrder(self.filesList, self.addFileButton)
        QWidget.setTabOrder(self.addFileButton, self.openFileButton)

        self.retranslateUi(EnquiryForm)
    # setupUi

    def retranslateUi(self, EnquiryForm):
        EnquiryForm.setWindowTitle(QCoreApplication.translate("EnquiryForm", u"Enquiry", None))
        self.councillorLabel.setText(QCoreApplication.translate("EnquiryForm", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.councillorCombo.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Councillor the enquiry is from", None))
#endif // QT_CONFIG(accessibility)
        self.councillorError.setText("")
        self.receivedLabel.setText(QCoreApplication.translate("EnquiryForm", u"&Received:", None))
        self.receivedEdit.setDisplayFormat(QCoreApplication.translate("EnquiryForm", u"dd/MM/yyyy HH:mm", None))
#if QT_CONFIG(accessibility)
        self.receivedEdit.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Date and time the enquiry was received", None))
#endif // QT_CONFIG(accessibility)
        self.receivedError.setText("")
        self.channelLabel.setText(QCoreApplication.translate("EnquiryForm", u"C&hannel:", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"How the enquiry arrived", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("EnquiryForm", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Kind of enquiry", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("EnquiryForm", u"&Subject:", None))
#if QT_CONFIG(accessibility)
        self.subjectEdit.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Subject", None))
#endif // QT_CONFIG(accessibility)
        self.subjectError.setText("")
        self.textLabel.setText(QCoreApplication.translate("EnquiryForm", u"&Text:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"What the councillor asked, in full", None))
#endif // QT_CONFIG(accessibility)
        self.requestedCheck.setText(QCoreApplication.translate("EnquiryForm", u"&Wanted by:", None))
#if QT_CONFIG(tooltip)
        self.requestedCheck.setToolTip(QCoreApplication.translate("EnquiryForm", u"The date the councillor asked for an answer by; too short a time is flagged", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.requestedCheck.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"The councillor asked for an answer by a date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.requestedDate.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Date the councillor wants an answer by", None))
#endif // QT_CONFIG(accessibility)
        self.requestedError.setText("")
        self.addressedLabel.setText(QCoreApplication.translate("EnquiryForm", u"A&ddressed to:", None))
#if QT_CONFIG(accessibility)
        self.addressedCombo.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Officer the councillor wrote to", None))
#endif // QT_CONFIG(accessibility)
        self.notBusinessCheck.setText(QCoreApplication.translate("EnquiryForm", u"&Not council business (party-political, campaigning, private, another body)", None))
#if QT_CONFIG(tooltip)
        self.notBusinessCheck.setToolTip(QCoreApplication.translate("EnquiryForm", u"Tick when what is asked may not be council business: council resources are for council business only", None))
#endif // QT_CONFIG(tooltip)
        self.priorityDemandedCheck.setText(QCoreApplication.translate("EnquiryForm", u"The councillor d&emanded a priority", None))
#if QT_CONFIG(tooltip)
        self.priorityDemandedCheck.setToolTip(QCoreApplication.translate("EnquiryForm", u"Recorded so that it can be checked; the priority itself is the Clerk's to set", None))
#endif // QT_CONFIG(tooltip)
        self.clerkBox.setTitle(QCoreApplication.translate("EnquiryForm", u"Set by the Clerk only", None))
        self.actingLabel.setText(QCoreApplication.translate("EnquiryForm", u"&Entered by:", None))
#if QT_CONFIG(accessibility)
        self.actingCombo.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Officer filling in this form", None))
#endif // QT_CONFIG(accessibility)
        self.assignedLabel.setText(QCoreApplication.translate("EnquiryForm", u"&Assigned to:", None))
#if QT_CONFIG(accessibility)
        self.assignedCombo.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Officer the enquiry is assigned to (the Clerk's setting)", None))
#endif // QT_CONFIG(accessibility)
        self.priorityLabel.setText(QCoreApplication.translate("EnquiryForm", u"&Priority:", None))
#if QT_CONFIG(accessibility)
        self.priorityCombo.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Priority (the Clerk's setting)", None))
#endif // QT_CONFIG(accessibility)
        self.clerkNote.setText("")
        self.copiesBox.setTitle(QCoreApplication.translate("EnquiryForm", u"Councillors copied in (no silent copies)", None))
#if QT_CONFIG(accessibility)
        self.copiesTable.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Councillors copied in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.copyCombo.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Councillor to copy in", None))
#endif // QT_CONFIG(accessibility)
        self.addCopyButton.setText(QCoreApplication.translate("EnquiryForm", u"Add &copy", None))
        self.removeCopyButton.setText(QCoreApplication.translate("EnquiryForm", u"Remo&ve", None))
#if QT_CONFIG(accessibility)
        self.removeCopyButton.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Remove the selected copy", None))
#endif // QT_CONFIG(accessibility)
        self.residentBox.setTitle(QCoreApplication.translate("EnquiryForm", u"Resident (personal data)", None))
        self.residentNote.setText(QCoreApplication.translate("EnquiryForm", u"Only when the enquiry is a resident's case. Record what is needed to answer and no more.", None))
        self.residentNameLabel.setText(QCoreApplication.translate("EnquiryForm", u"Na&me:", None))
#if QT_CONFIG(accessibility)
        self.residentNameEdit.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Resident's name (personal data)", None))
#endif // QT_CONFIG(accessibility)
        self.residentContactLabel.setText(QCoreApplication.translate("EnquiryForm", u"C&ontact:", None))
#if QT_CONFIG(accessibility)
        self.residentContactEdit.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Resident's address, telephone or e-mail (personal data)", None))
#endif // QT_CONFIG(accessibility)
        self.filesBox.setTitle(QCoreApplication.translate("EnquiryForm", u"Attached files", None))
#if QT_CONFIG(accessibility)
        self.filesList.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Attached files", None))
#endif // QT_CONFIG(accessibility)
        self.addFileButton.setText(QCoreApplication.translate("EnquiryForm", u"Add &file\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFileButton.setToolTip(QCoreApplication.translate("EnquiryForm", u"A copy is kept in the data folder when you save", None))
#endif // QT_CONFIG(tooltip)
        self.openFileButton.setText(QCoreApplication.translate("EnquiryForm", u"O&pen", None))
#if QT_CONFIG(accessibility)
        self.openFileButton.setAccessibleName(QCoreApplication.translate("EnquiryForm", u"Open the selected file", None))
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
    # retranslateUi
