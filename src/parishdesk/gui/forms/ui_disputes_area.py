# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disputes_area.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_DisputesArea(object):
    def setupUi(self, DisputesArea):
        if not DisputesArea.objectName():
            DisputesArea.setObjectName(u"DisputesArea")
        DisputesArea.resize(1140, 700)
        self.mainLayout = QVBoxLayout(DisputesArea)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.barLayout = QHBoxLayout()
        self.barLayout.setObjectName(u"barLayout")
        self.newButton = QPushButton(DisputesArea)
        self.newButton.setObjectName(u"newButton")

        self.barLayout.addWidget(self.newButton)

        self.barGap = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barGap)

        self.showLabel = QLabel(DisputesArea)
        self.showLabel.setObjectName(u"showLabel")

        self.barLayout.addWidget(self.showLabel)

        self.showCombo = QComboBox(DisputesArea)
        self.showCombo.setObjectName(u"showCombo")

        self.barLayout.addWidget(self.showCombo)

        self.trackLabel = QLabel(DisputesArea)
        self.trackLabel.setObjectName(u"trackLabel")

        self.barLayout.addWidget(self.trackLabel)

        self.trackCombo = QComboBox(DisputesArea)
        self.trackCombo.setObjectName(u"trackCombo")

        self.barLayout.addWidget(self.trackCombo)

        self.personLabel = QLabel(DisputesArea)
        self.personLabel.setObjectName(u"personLabel")

        self.barLayout.addWidget(self.personLabel)

        self.personEdit = QLineEdit(DisputesArea)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setClearButtonEnabled(True)

        self.barLayout.addWidget(self.personEdit)

        self.countLabel = QLabel(DisputesArea)
        self.countLabel.setObjectName(u"countLabel")

        self.barLayout.addWidget(self.countLabel)

        self.barStretch = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barStretch)

        self.settingsButton = QPushButton(DisputesArea)
        self.settingsButton.setObjectName(u"settingsButton")

        self.barLayout.addWidget(self.settingsButton)


        self.mainLayout.addLayout(self.barLayout)

        self.splitter = QSplitter(DisputesArea)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.table.verticalHeader().setVisible(False)
        self.caseFileHolder = QWidget(self.splitter)
        self.caseFileHolder.setObjectName(u"caseFileHolder")
        self.caseFileLayout = QVBoxLayout(self.caseFileHolder)
        self.caseFileLayout.setObjectName(u"caseFileLayout")
        self.caseFileLayout.setContentsMargins(0, 4, 0, 0)
        self.splitter.addWidget(self.caseFileHolder)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.showCombo)
        self.trackLabel.setBuddy(self.trackCombo)
        self.personLabel.setBuddy(self.personEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newButton, self.showCombo)
        QWidget.setTabOrder(self.showCombo, self.trackCombo)
        QWidget.setTabOrder(self.trackCombo, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.settingsButton)
        QWidget.setTabOrder(self.settingsButton, self.table)

        self.retranslateUi(DisputesArea)
    # setupUi

    def retranslateUi(self, DisputesArea):
#if QT_CONFIG(accessibility)
        DisputesArea.setAccessibleName(QCoreApplication.translate("DisputesArea", u"Disputes", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("DisputesArea", u"&New concern\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("DisputesArea", u"Open the guide for a new concern (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.showLabel.setText(QCoreApplication.translate("DisputesArea", u"Sho&w:", None))
#if QT_CONFIG(accessibility)
        self.showCombo.setAccessibleName(QCoreApplication.translate("DisputesArea", u"Show", None))
#endif // QT_CONFIG(accessibility)
        self.trackLabel.setText(QCoreApplication.translate("DisputesArea", u"Trac&k:", None))
#if QT_CONFIG(accessibility)
        self.trackCombo.setAccessibleName(QCoreApplication.translate("DisputesArea", u"Track", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("DisputesArea", u"Pe&rson:", None))
        self.personEdit.setPlaceholderText(QCoreApplication.translate("DisputesArea", u"Person\u2026", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("DisputesArea", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.settingsButton.setText(QCoreApplication.translate("DisputesArea", u"&Settings\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("DisputesArea", u"Cases", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
