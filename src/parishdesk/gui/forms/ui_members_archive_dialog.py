# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_archive_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QLineEdit

from parishdesk.gui.common.date_field import DateField

class Ui_MembersArchiveDialog(object):
    def setupUi(self, MembersArchiveDialog):
        if not MembersArchiveDialog.objectName():
            MembersArchiveDialog.setObjectName(u"MembersArchiveDialog")
        MembersArchiveDialog.resize(560, 200)
        self.grid = QGridLayout(MembersArchiveDialog)
        self.grid.setObjectName(u"grid")
        self.introLabel = QLabel(MembersArchiveDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.grid.addWidget(self.introLabel, 0, 0, 1, 3)

        self.left_onLabel = QLabel(MembersArchiveDialog)
        self.left_onLabel.setObjectName(u"left_onLabel")

        self.grid.addWidget(self.left_onLabel, 1, 0, 1, 1)

        self.left_on = DateField(MembersArchiveDialog)
        self.left_on.setObjectName(u"left_on")

        self.grid.addWidget(self.left_on, 1, 1, 1, 1)

        self.left_onError = QLabel(MembersArchiveDialog)
        self.left_onError.setObjectName(u"left_onError")
        self.left_onError.setWordWrap(True)
        self.left_onError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.left_onError, 1, 2, 1, 1)

        self.left_reasonLabel = QLabel(MembersArchiveDialog)
        self.left_reasonLabel.setObjectName(u"left_reasonLabel")

        self.grid.addWidget(self.left_reasonLabel, 2, 0, 1, 1)

        self.left_reason = QLineEdit(MembersArchiveDialog)
        self.left_reason.setObjectName(u"left_reason")

        self.grid.addWidget(self.left_reason, 2, 1, 1, 1)

        self.left_reasonError = QLabel(MembersArchiveDialog)
        self.left_reasonError.setObjectName(u"left_reasonError")
        self.left_reasonError.setWordWrap(True)
        self.left_reasonError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.left_reasonError, 2, 2, 1, 1)

        self.buttonBox = QDialogButtonBox(MembersArchiveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.grid.addWidget(self.buttonBox, 3, 0, 1, 3)

        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.left_onLabel.setBuddy(self.left_on)
        self.left_reasonLabel.setBuddy(self.left_reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MembersArchiveDialog)
    # setupUi

    def retranslateUi(self, MembersArchiveDialog):
        MembersArchiveDialog.setWindowTitle(QCoreApplication.translate("MembersArchiveDialog", u"Archive", None))
        self.introLabel.setText(QCoreApplication.translate("MembersArchiveDialog", u"They will be archived, not deleted: their roles end on the leaving date and everything they did stays in the history.", None))
        self.left_onLabel.setText(QCoreApplication.translate("MembersArchiveDialog", u"&Leaving date:", None))
#if QT_CONFIG(accessibility)
        self.left_on.setAccessibleName(QCoreApplication.translate("MembersArchiveDialog", u"Leaving date", None))
#endif // QT_CONFIG(accessibility)
        self.left_onError.setText("")
#if QT_CONFIG(accessibility)
        self.left_onError.setAccessibleName(QCoreApplication.translate("MembersArchiveDialog", u"Leaving date problem", None))
#endif // QT_CONFIG(accessibility)
        self.left_reasonLabel.setText(QCoreApplication.translate("MembersArchiveDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.left_reason.setAccessibleName(QCoreApplication.translate("MembersArchiveDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.left_reason.setPlaceholderText(QCoreApplication.translate("MembersArchiveDialog", u"For example: resigned, not re-elected", None))
        self.left_reasonError.setText("")
#if QT_CONFIG(accessibility)
        self.left_reasonError.setAccessibleName(QCoreApplication.translate("MembersArchiveDialog", u"Reason problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
