# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enquiry_report.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget

from parishdesk.gui.common.date_field import DateField

class Ui_EnquiryReport(object):
    def setupUi(self, EnquiryReport):
        if not EnquiryReport.objectName():
            EnquiryReport.setObjectName(u"EnquiryReport")
        EnquiryReport.resize(760, 620)
        self.mainLayout = QVBoxLayout(EnquiryReport)
        self.mainLayout.setObjectName(u"mainLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromLabel = QLabel(EnquiryReport)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodLayout.addWidget(self.fromLabel)

        self.fromDate = DateField(EnquiryReport)
        self.fromDate.setObjectName(u"fromDate")

        self.periodLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(EnquiryReport)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDate = DateField(EnquiryReport)
        self.toDate.setObjectName(u"toDate")

        self.periodLayout.addWidget(self.toDate)

        self.refreshButton = QPushButton(EnquiryReport)
        self.refreshButton.setObjectName(u"refreshButton")

        self.periodLayout.addWidget(self.refreshButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.mainLayout.addLayout(self.periodLayout)

        self.summaryLabel = QLabel(EnquiryReport)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.chartHolder = QWidget(EnquiryReport)
        self.chartHolder.setObjectName(u"chartHolder")
        self.chartLayout = QVBoxLayout(self.chartHolder)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.chartHolder)

        self.figures = QTableWidget(EnquiryReport)
        self.figures.setObjectName(u"figures")
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.figures)

        self.buttons = QDialogButtonBox(EnquiryReport)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EnquiryReport)
    # setupUi

    def retranslateUi(self, EnquiryReport):
        EnquiryReport.setWindowTitle(QCoreApplication.translate("EnquiryReport", u"Enquiry response times", None))
        self.fromLabel.setText(QCoreApplication.translate("EnquiryReport", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("EnquiryReport", u"Start of period", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("EnquiryReport", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("EnquiryReport", u"End of period", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("EnquiryReport", u"&Show", None))
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.figures.setAccessibleName(QCoreApplication.translate("EnquiryReport", u"Response-time figures", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
