# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_new_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout, QWidget

from parishdesk.gui.common.date_field import DateField

class Ui_MeetingsNewDialog(object):
    def setupUi(self, MeetingsNewDialog):
        if not MeetingsNewDialog.objectName():
            MeetingsNewDialog.setObjectName(u"MeetingsNewDialog")
        MeetingsNewDialog.resize(520, 330)
        self.mainLayout = QVBoxLayout(MeetingsNewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(MeetingsNewDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.bodyLabel = QLabel(MeetingsNewDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyCombo = QComboBox(MeetingsNewDialog)
        self.bodyCombo.setObjectName(u"bodyCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bodyCombo)

        self.kindLabel = QLabel(MeetingsNewDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(MeetingsNewDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dateLabel = QLabel(MeetingsNewDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(MeetingsNewDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.timeLabel = QLabel(MeetingsNewDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QTimeEdit(MeetingsNewDialog)
        self.timeEdit.setObjectName(u"timeEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.placeLabel = QLabel(MeetingsNewDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(MeetingsNewDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.placeError = QLabel(MeetingsNewDialog)
        self.placeError.setObjectName(u"placeError")
        self.placeError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.placeError)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(MeetingsNewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.bodyLabel.setBuddy(self.bodyCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.placeLabel.setBuddy(self.placeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.bodyCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.placeEdit)

        self.retranslateUi(MeetingsNewDialog)
    # setupUi

    def retranslateUi(self, MeetingsNewDialog):
        MeetingsNewDialog.setWindowTitle(QCoreApplication.translate("MeetingsNewDialog", u"New meeting", None))
        self.introLabel.setText(QCoreApplication.translate("MeetingsNewDialog", u"The agenda starts with apologies, declarations of interest, the minutes of the last meeting and public participation; add the business after them.", None))
        self.bodyLabel.setText(QCoreApplication.translate("MeetingsNewDialog", u"&Meeting of:", None))
#if QT_CONFIG(accessibility)
        self.bodyCombo.setAccessibleName(QCoreApplication.translate("MeetingsNewDialog", u"Meeting of the council or a committee", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("MeetingsNewDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("MeetingsNewDialog", u"Kind of meeting", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("MeetingsNewDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("MeetingsNewDialog", u"Date of the meeting", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("MeetingsNewDialog", u"&Time:", None))
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("MeetingsNewDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("MeetingsNewDialog", u"Time the meeting starts", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("MeetingsNewDialog", u"&Place:", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("MeetingsNewDialog", u"Where the meeting is held", None))
#endif // QT_CONFIG(accessibility)
        self.placeError.setText("")
    # retranslateUi
