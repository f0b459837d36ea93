# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enquiries_area.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableView, QToolButton, QVBoxLayout, QWidget

class Ui_EnquiriesArea(object):
    def setupUi(self, EnquiriesArea):
        if not EnquiriesArea.objectName():
            EnquiriesArea.setObjectName(u"EnquiriesArea")
        EnquiriesArea.resize(1180, 720)
        self.mainLayout = QVBoxLayout(EnquiriesArea)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.newButton = QPushButton(EnquiriesArea)
        self.newButton.setObjectName(u"newButton")

        self.toolbarLayout.addWidget(self.newButton)

        self.fullFormButton = QPushButton(EnquiriesArea)
        self.fullFormButton.setObjectName(u"fullFormButton")

        self.toolbarLayout.addWidget(self.fullFormButton)

        self.editButton = QPushButton(EnquiriesArea)
        self.editButton.setObjectName(u"editButton")

        self.toolbarLayout.addWidget(self.editButton)

        self.searchLabel = QLabel(EnquiriesArea)
        self.searchLabel.setObjectName(u"searchLabel")

        self.toolbarLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(EnquiriesArea)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.searchEdit)

        self.reportButton = QPushButton(EnquiriesArea)
        self.reportButton.setObjectName(u"reportButton")

        self.toolbarLayout.addWidget(self.reportButton)

        self.exportButton = QPushButton(EnquiriesArea)
        self.exportButton.setObjectName(u"exportButton")

        self.toolbarLayout.addWidget(self.exportButton)

        self.settingsButton = QPushButton(EnquiriesArea)
        self.settingsButton.setObjectName(u"settingsButton")

        self.toolbarLayout.addWidget(self.settingsButton)

        self.leaveButton = QPushButton(EnquiriesArea)
        self.leaveButton.setObjectName(u"leaveButton")

        self.toolbarLayout.addWidget(self.leaveButton)


        self.mainLayout.addLayout(self.toolbarLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(EnquiriesArea)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.allButton = QToolButton(EnquiriesArea)
        self.allButton.setObjectName(u"allButton")
        self.allButton.setCheckable(True)
        self.allButton.setChecked(True)

        self.filterLayout.addWidget(self.allButton)

        self.mineButton = QToolButton(EnquiriesArea)
        self.mineButton.setObjectName(u"mineButton")
        self.mineButton.setCheckable(True)

        self.filterLayout.addWidget(self.mineButton)

        self.overdueButton = QToolButton(EnquiriesArea)
        self.overdueButton.setObjectName(u"overdueButton")
        self.overdueButton.setCheckable(True)

        self.filterLayout.addWidget(self.overdueButton)

        self.dueSoonButton = QToolButton(EnquiriesArea)
        self.dueSoonButton.setObjectName(u"dueSoonButton")
        self.dueSoonButton.setCheckable(True)

        self.filterLayout.addWidget(self.dueSoonButton)

        self.waitingButton = QToolButton(EnquiriesArea)
        self.waitingButton.setObjectName(u"waitingButton")
        self.waitingButton.setCheckable(True)

        self.filterLayout.addWidget(self.waitingButton)

        self.closedButton = QToolButton(EnquiriesArea)
        self.closedButton.setObjectName(u"closedButton")
        self.closedButton.setCheckable(True)

        self.filterLayout.addWidget(self.closedButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(EnquiriesArea)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(EnquiriesArea)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.listPane)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.listLayout.addWidget(self.table)

        self.emptyLabel = QLabel(self.listPane)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.listLayout.addWidget(self.emptyLabel)

        self.splitter.addWidget(self.listPane)
        self.detailScroll = QScrollArea(self.splitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setWidgetResizable(True)
        self.detailHolder = QWidget()
        self.detailHolder.setObjectName(u"detailHolder")
        self.detailLayout = QVBoxLayout(self.detailHolder)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailScroll.setWidget(self.detailHolder)
        self.splitter.addWidget(self.detailScroll)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newButton, self.fullFormButton)
        QWidget.setTabOrder(self.fullFormButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.reportButton)
        QWidget.setTabOrder(self.reportButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.settingsButton)
        QWidget.setTabOrder(self.settingsButton, self.leaveButton)
        QWidget.setTabOrder(self.leaveButton, self.allButton)
        QWidget.setTabOrder(self.allButton, self.mineButton)
        QWidget.setTabOrder(self.mineButton, self.overdueButton)
        QWidget.setTabOrder(self.overdueButton, self.dueSoonButton)
        QWidget.setTabOrder(self.dueSoonButton, self.waitingButton)
        QWidget.setTabOrder(self.waitingButton, self.closedButton)
        QWidget.setTabOrder(self.closedButton, self.table)

        self.retranslateUi(EnquiriesArea)
    # setupUi

    def retranslateUi(self, EnquiriesArea):
        self.newButton.setText(QCoreApplication.translate("EnquiriesArea", u"&New enquiry\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("EnquiriesArea", u"Quick capture (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"New enquiry", None))
#endif // QT_CONFIG(accessibility)
        self.fullFormButton.setText(QCoreApplication.translate("EnquiriesArea", u"F&ull form\u2026", None))
#if QT_CONFIG(tooltip)
        self.fullFormButton.setToolTip(QCoreApplication.translate("EnquiriesArea", u"New enquiry with every field (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.fullFormButton.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"New enquiry, full form", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("EnquiriesArea", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("EnquiriesArea", u"Edit the selected enquiry (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"Edit enquiry", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("EnquiriesArea", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EnquiriesArea", u"Subject, text, replies, reference or councillor", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"Search enquiries", None))
#endif // QT_CONFIG(accessibility)
        self.reportButton.setText(QCoreApplication.translate("EnquiriesArea", u"&Response times\u2026", None))
#if QT_CONFIG(accessibility)
        self.reportButton.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"Response times report", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("EnquiriesArea", u"Ex&port\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("EnquiriesArea", u"Save the enquiries listed as an Excel or CSV file (Ctrl+Alt+X)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"Export enquiries", None))
#endif // QT_CONFIG(accessibility)
        self.settingsButton.setText(QCoreApplication.translate("EnquiriesArea", u"Inbo&x settings\u2026", None))
#if QT_CONFIG(tooltip)
        self.settingsButton.setToolTip(QCoreApplication.translate("EnquiriesArea", u"Standard times to acknowledge and answer, and the minimum notice (Ctrl+Alt+I)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.settingsButton.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"Inbox settings", None))
#endif // QT_CONFIG(accessibility)
        self.leaveButton.setText(QCoreApplication.translate("EnquiriesArea", u"Sta&ff leave\u2026", None))
#if QT_CONFIG(tooltip)
        self.leaveButton.setToolTip(QCoreApplication.translate("EnquiriesArea", u"Days officers are away, so that work sent to them meanwhile is flagged (Ctrl+Alt+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.leaveButton.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"Staff leave", None))
#endif // QT_CONFIG(accessibility)
        self.filterLabel.setText(QCoreApplication.translate("EnquiriesArea", u"Show:", None))
        self.allButton.setText(QCoreApplication.translate("EnquiriesArea", u"&All", None))
#if QT_CONFIG(accessibility)
        self.allButton.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"Show all enquiries", None))
#endif // QT_CONFIG(accessibility)
        self.mineButton.setText(QCoreApplication.translate("EnquiriesArea", u"&Mine", None))
#if QT_CONFIG(accessibility)
        self.mineButton.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"Show enquiries assigned to me", None))
#endif // QT_CONFIG(accessibility)
        self.overdueButton.setText(QCoreApplication.translate("EnquiriesArea", u"&Overdue", None))
#if QT_CONFIG(accessibility)
        self.overdueButton.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"Show overdue enquiries", None))
#endif // QT_CONFIG(accessibility)
        self.dueSoonButton.setText(QCoreApplication.translate("EnquiriesArea", u"Due s&oon", None))
#if QT_CONFIG(accessibility)
        self.dueSoonButton.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"Show enquiries due soon", None))
#endif // QT_CONFIG(accessibility)
        self.waitingButton.setText(QCoreApplication.translate("EnquiriesArea", u"&Waiting", None))
#if QT_CONFIG(accessibility)
        self.waitingButton.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"Show enquiries waiting for the councillor", None))
#endif // QT_CONFIG(accessibility)
        self.closedButton.setText(QCoreApplication.translate("EnquiriesArea", u"&Closed", None))
#if QT_CONFIG(tooltip)
        self.closedButton.setToolTip(QCoreApplication.translate("EnquiriesArea", u"Answered or closed", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.closedButton.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"Show answered and closed enquiries", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"Enquiries", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText("")
#if QT_CONFIG(accessibility)
        self.detailScroll.setAccessibleName(QCoreApplication.translate("EnquiriesArea", u"Enquiry details", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
