# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'access_area.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget

class Ui_AccessArea(object):
    def setupUi(self, AccessArea):
        if not AccessArea.objectName():
            AccessArea.setObjectName(u"AccessArea")
        AccessArea.resize(1100, 640)
        self.mainLayout = QVBoxLayout(AccessArea)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchLabel = QLabel(AccessArea)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(AccessArea)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.showLabel = QLabel(AccessArea)
        self.showLabel.setObjectName(u"showLabel")

        self.filterRow.addWidget(self.showLabel)

        self.showCombo = QComboBox(AccessArea)
        self.showCombo.setObjectName(u"showCombo")

        self.filterRow.addWidget(self.showCombo)

        self.councillorFilterLabel = QLabel(AccessArea)
        self.councillorFilterLabel.setObjectName(u"councillorFilterLabel")

        self.filterRow.addWidget(self.councillorFilterLabel)

        self.councillorCombo = QComboBox(AccessArea)
        self.councillorCombo.setObjectName(u"councillorCombo")

        self.filterRow.addWidget(self.councillorCombo)

        self.outcomeLabel = QLabel(AccessArea)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.filterRow.addWidget(self.outcomeLabel)

        self.outcomeCombo = QComboBox(AccessArea)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.filterRow.addWidget(self.outcomeCombo)


        self.mainLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(AccessArea)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.tableSide = QWidget(self.splitter)
        self.tableSide.setObjectName(u"tableSide")
        self.tableLayout = QVBoxLayout(self.tableSide)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.tableSide)
        self.table.setObjectName(u"table")
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.tableLayout.addWidget(self.table)

        self.emptyLabel = QLabel(self.tableSide)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.tableLayout.addWidget(self.emptyLabel)

        self.exportRow = QHBoxLayout()
        self.exportRow.setObjectName(u"exportRow")
        self.newButton = QPushButton(self.tableSide)
        self.newButton.setObjectName(u"newButton")

        self.exportRow.addWidget(self.newButton)

        self.exportCsvButton = QPushButton(self.tableSide)
        self.exportCsvButton.setObjectName(u"exportCsvButton")

        self.exportRow.addWidget(self.exportCsvButton)

        self.exportPdfButton = QPushButton(self.tableSide)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.exportRow.addWidget(self.exportPdfButton)

        self.settingsButton = QPushButton(self.tableSide)
        self.settingsButton.setObjectName(u"settingsButton")

        self.exportRow.addWidget(self.settingsButton)

        self.exportRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportRow.addItem(self.exportRowSpacer)


        self.tableLayout.addLayout(self.exportRow)

        self.splitter.addWidget(self.tableSide)
        self.detailSide = QWidget(self.splitter)
        self.detailSide.setObjectName(u"detailSide")
        self.detailLayout = QVBoxLayout(self.detailSide)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.details = QTextBrowser(self.detailSide)
        self.details.setObjectName(u"details")
        self.details.setOpenLinks(False)

        self.detailLayout.addWidget(self.details)

        self.actionGrid = QGridLayout()
        self.actionGrid.setObjectName(u"actionGrid")
        self.editButton = QPushButton(self.detailSide)
        self.editButton.setObjectName(u"editButton")

        self.actionGrid.addWidget(self.editButton, 0, 0, 1, 1)

        self.assessButton = QPushButton(self.detailSide)
        self.assessButton.setObjectName(u"assessButton")

        self.actionGrid.addWidget(self.assessButton, 0, 1, 1, 1)

        self.decideButton = QPushButton(self.detailSide)
        self.decideButton.setObjectName(u"decideButton")

        self.actionGrid.addWidget(self.decideButton, 1, 0, 1, 1)

        self.reasonButton = QPushButton(self.detailSide)
        self.reasonButton.setObjectName(u"reasonButton")

        self.actionGrid.addWidget(self.reasonButton, 1, 1, 1, 1)

        self.letterButton = QPushButton(self.detailSide)
        self.letterButton.setObjectName(u"letterButton")

        self.actionGrid.addWidget(self.letterButton, 2, 0, 1, 1)

        self.writtenReasonsButton = QPushButton(self.detailSide)
        self.writtenReasonsButton.setObjectName(u"writtenReasonsButton")

        self.actionGrid.addWidget(self.writtenReasonsButton, 2, 1, 1, 1)

        self.referButton = QPushButton(self.detailSide)
        self.referButton.setObjectName(u"referButton")

        self.actionGrid.addWidget(self.referButton, 3, 0, 1, 1)

        self.outcomeButton = QPushButton(self.detailSide)
        self.outcomeButton.setObjectName(u"outcomeButton")

        self.actionGrid.addWidget(self.outcomeButton, 3, 1, 1, 1)

        self.closeButton = QPushButton(self.detailSide)
        self.closeButton.setObjectName(u"closeButton")

        self.actionGrid.addWidget(self.closeButton, 4, 0, 1, 1)

        self.historyButton = QPushButton(self.detailSide)
        self.historyButton.setObjectName(u"historyButton")

        self.actionGrid.addWidget(self.historyButton, 4, 1, 1, 1)


        self.detailLayout.addLayout(self.actionGrid)

        self.splitter.addWidget(self.detailSide)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.showLabel.setBuddy(self.showCombo)
        self.councillorFilterLabel.setBuddy(self.councillorCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccessArea)
    # setupUi

    def retranslateUi(self, AccessArea):
        AccessArea.setWindowTitle(QCoreApplication.translate("AccessArea", u"Information requests", None))
        self.searchLabel.setText(QCoreApplication.translate("AccessArea", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("AccessArea", u"Search requests", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AccessArea", u"Reference, councillor, documents\u2026", None))
        self.showLabel.setText(QCoreApplication.translate("AccessArea", u"Sh&ow:", None))
#if QT_CONFIG(accessibility)
        self.showCombo.setAccessibleName(QCoreApplication.translate("AccessArea", u"Show which requests", None))
#endif // QT_CONFIG(accessibility)
        self.councillorFilterLabel.setText(QCoreApplication.translate("AccessArea", u"Coun&cillor:", None))
#if QT_CONFIG(accessibility)
        self.councillorCombo.setAccessibleName(QCoreApplication.translate("AccessArea", u"Filter by councillor", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("AccessArea", u"Decis&ion:", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("AccessArea", u"Filter by decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AccessArea", u"Information requests register", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("AccessArea", u"&New request\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("AccessArea", u"New request", None))
#endif // QT_CONFIG(accessibility)
        self.exportCsvButton.setText(QCoreApplication.translate("AccessArea", u"Export CS&V\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportCsvButton.setAccessibleName(QCoreApplication.translate("AccessArea", u"Export the register as CSV", None))
#endif // QT_CONFIG(accessibility)
        self.exportPdfButton.setText(QCoreApplication.translate("AccessArea", u"Export &PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportPdfButton.setAccessibleName(QCoreApplication.translate("AccessArea", u"Export the register as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.settingsButton.setText(QCoreApplication.translate("AccessArea", u"Se&ttings\u2026", None))
#if QT_CONFIG(tooltip)
        self.settingsButton.setToolTip(QCoreApplication.translate("AccessArea", u"The council's time for deciding a request (Ctrl+Alt+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.settingsButton.setAccessibleName(QCoreApplication.translate("AccessArea", u"Information request settings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("AccessArea", u"Details of the selected request", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("AccessArea", u"&Edit request\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("AccessArea", u"Edit the request", None))
#endif // QT_CONFIG(accessibility)
        self.assessButton.setText(QCoreApplication.translate("AccessArea", u"Start &assessing", None))
#if QT_CONFIG(accessibility)
        self.assessButton.setAccessibleName(QCoreApplication.translate("AccessArea", u"Mark the request as being assessed", None))
#endif // QT_CONFIG(accessibility)
        self.decideButton.setText(QCoreApplication.translate("AccessArea", u"&Decide\u2026", None))
#if QT_CONFIG(accessibility)
        self.decideButton.setAccessibleName(QCoreApplication.translate("AccessArea", u"Decide the request", None))
#endif // QT_CONFIG(accessibility)
        self.reasonButton.setText(QCoreApplication.translate("AccessArea", u"Reason &received\u2026", None))
#if QT_CONFIG(accessibility)
        self.reasonButton.setAccessibleName(QCoreApplication.translate("AccessArea", u"Record the councillor's reason", None))
#endif // QT_CONFIG(accessibility)
        self.letterButton.setText(QCoreApplication.translate("AccessArea", u"Issue decision &letter", None))
#if QT_CONFIG(accessibility)
        self.letterButton.setAccessibleName(QCoreApplication.translate("AccessArea", u"Issue the decision letter", None))
#endif // QT_CONFIG(accessibility)
        self.writtenReasonsButton.setText(QCoreApplication.translate("AccessArea", u"&Written reasons", None))
#if QT_CONFIG(accessibility)
        self.writtenReasonsButton.setAccessibleName(QCoreApplication.translate("AccessArea", u"Issue written reasons", None))
#endif // QT_CONFIG(accessibility)
        self.referButton.setText(QCoreApplication.translate("AccessArea", u"Refer to co&mmittee\u2026", None))
#if QT_CONFIG(accessibility)
        self.referButton.setAccessibleName(QCoreApplication.translate("AccessArea", u"Refer the decision to committee", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeButton.setText(QCoreApplication.translate("AccessArea", u"Committee o&utcome\u2026", None))
#if QT_CONFIG(accessibility)
        self.outcomeButton.setAccessibleName(QCoreApplication.translate("AccessArea", u"Record the committee's outcome", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("AccessArea", u"Close re&quest", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("AccessArea", u"Close the request", None))
#endif // QT_CONFIG(accessibility)
        self.historyButton.setText(QCoreApplication.translate("AccessArea", u"Councillor's histor&y\u2026", None))
#if QT_CONFIG(accessibility)
        self.historyButton.setAccessibleName(QCoreApplication.translate("AccessArea", u"Show the councillor's requests", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
