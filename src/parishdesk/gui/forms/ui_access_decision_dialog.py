# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'access_decision_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from parishdesk.gui.common.date_field import DateField

class Ui_AccessDecisionDialog(object):
    def setupUi(self, AccessDecisionDialog):
        if not AccessDecisionDialog.objectName():
            AccessDecisionDialog.setObjectName(u"AccessDecisionDialog")
        AccessDecisionDialog.resize(720, 640)
        self.mainLayout = QVBoxLayout(AccessDecisionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.decisionForm = QFormLayout()
        self.decisionForm.setObjectName(u"decisionForm")
        self.decisionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.requestLabel = QLabel(AccessDecisionDialog)
        self.requestLabel.setObjectName(u"requestLabel")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requestLabel)

        self.requestValue = QLabel(AccessDecisionDialog)
        self.requestValue.setObjectName(u"requestValue")
        self.requestValue.setWordWrap(True)

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requestValue)

        self.recommendedLabel = QLabel(AccessDecisionDialog)
        self.recommendedLabel.setObjectName(u"recommendedLabel")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recommendedLabel)

        self.recommendedValue = QLabel(AccessDecisionDialog)
        self.recommendedValue.setObjectName(u"recommendedValue")
        self.recommendedValue.setWordWrap(True)

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recommendedValue)

        self.decisionLabel = QLabel(AccessDecisionDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionCombo = QComboBox(AccessDecisionDialog)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decisionCombo)

        self.reasonsLabel = QLabel(AccessDecisionDialog)
        self.reasonsLabel.setObjectName(u"reasonsLabel")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonsLabel)

        self.reasonsEdit = QPlainTextEdit(AccessDecisionDialog)
        self.reasonsEdit.setObjectName(u"reasonsEdit")
        self.reasonsEdit.setMaximumSize(QSize(16777215, 130))
        self.reasonsEdit.setTabChangesFocus(True)

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonsEdit)

        self.reasonsError = QLabel(AccessDecisionDialog)
        self.reasonsError.setObjectName(u"reasonsError")
        self.reasonsError.setWordWrap(True)
        self.reasonsError.setVisible(False)

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonsError)

        self.purposeLabel = QLabel(AccessDecisionDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QLineEdit(AccessDecisionDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.purposeError = QLabel(AccessDecisionDialog)
        self.purposeError.setObjectName(u"purposeError")
        self.purposeError.setWordWrap(True)
        self.purposeError.setVisible(False)

        self.decisionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.purposeError)

        self.conditionsLabel = QLabel(AccessDecisionDialog)
        self.conditionsLabel.setObjectName(u"conditionsLabel")

        self.decisionForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.conditionsLabel)

        self.conditionsEdit = QPlainTextEdit(AccessDecisionDialog)
        self.conditionsEdit.setObjectName(u"conditionsEdit")
        self.conditionsEdit.setMaximumSize(QSize(16777215, 60))
        self.conditionsEdit.setTabChangesFocus(True)

        self.decisionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.conditionsEdit)

        self.redactionsLabel = QLabel(AccessDecisionDialog)
        self.redactionsLabel.setObjectName(u"redactionsLabel")

        self.decisionForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.redactionsLabel)

        self.redactionsEdit = QPlainTextEdit(AccessDecisionDialog)
        self.redactionsEdit.setObjectName(u"redactionsEdit")
        self.redactionsEdit.setMaximumSize(QSize(16777215, 60))
        self.redactionsEdit.setTabChangesFocus(True)

        self.decisionForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.redactionsEdit)

        self.redactionsError = QLabel(AccessDecisionDialog)
        self.redactionsError.setObjectName(u"redactionsError")
        self.redactionsError.setWordWrap(True)
        self.redactionsError.setVisible(False)

        self.decisionForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.redactionsError)

        self.overrideLabel = QLabel(AccessDecisionDialog)
        self.overrideLabel.setObjectName(u"overrideLabel")

        self.decisionForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.overrideLabel)

        self.overrideEdit = QPlainTextEdit(AccessDecisionDialog)
        self.overrideEdit.setObjectName(u"overrideEdit")
        self.overrideEdit.setMaximumSize(QSize(16777215, 60))
        self.overrideEdit.setTabChangesFocus(True)

        self.decisionForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.overrideEdit)

        self.overrideError = QLabel(AccessDecisionDialog)
        self.overrideError.setObjectName(u"overrideError")
        self.overrideError.setWordWrap(True)
        self.overrideError.setVisible(False)

        self.decisionForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.overrideError)

        self.dateLabel = QLabel(AccessDecisionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.decisionForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.decidedDate = DateField(AccessDecisionDialog)
        self.decidedDate.setObjectName(u"decidedDate")

        self.decisionForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.decidedDate)


        self.mainLayout.addLayout(self.decisionForm)

        self.errorLabel = QLabel(AccessDecisionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AccessDecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.requestLabel.setBuddy(self.requestValue)
        self.recommendedLabel.setBuddy(self.recommendedValue)
        self.decisionLabel.setBuddy(self.decisionCombo)
        self.reasonsLabel.setBuddy(self.reasonsEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.conditionsLabel.setBuddy(self.conditionsEdit)
        self.redactionsLabel.setBuddy(self.redactionsEdit)
        self.overrideLabel.setBuddy(self.overrideEdit)
        self.dateLabel.setBuddy(self.decidedDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccessDecisionDialog)
    # setupUi

    def retranslateUi(self, AccessDecisionDialog):
        AccessDecisionDialog.setWindowTitle(QCoreApplication.translate("AccessDecisionDialog", u"Decide an information request", None))
        self.requestLabel.setText(QCoreApplication.translate("AccessDecisionDialog", u"Request:", None))
        self.requestValue.setText("")
#if QT_CONFIG(accessibility)
        self.requestValue.setAccessibleName(QCoreApplication.translate("AccessDecisionDialog", u"The request being decided", None))
#endif // QT_CONFIG(accessibility)
        self.recommendedLabel.setText(QCoreApplication.translate("AccessDecisionDialog", u"Recommended:", None))
        self.recommendedValue.setText("")
#if QT_CONFIG(accessibility)
        self.recommendedValue.setAccessibleName(QCoreApplication.translate("AccessDecisionDialog", u"ParishDesk recommendation", None))
#endif // QT_CONFIG(accessibility)
        self.decisionLabel.setText(QCoreApplication.translate("AccessDecisionDialog", u"&Decision:", None))
#if QT_CONFIG(accessibility)
        self.decisionCombo.setAccessibleName(QCoreApplication.translate("AccessDecisionDialog", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.reasonsLabel.setText(QCoreApplication.translate("AccessDecisionDialog", u"&Reasons:", None))
#if QT_CONFIG(accessibility)
        self.reasonsEdit.setAccessibleName(QCoreApplication.translate("AccessDecisionDialog", u"Reasons for the decision", None))
#endif // QT_CONFIG(accessibility)
        self.reasonsEdit.setPlaceholderText(QCoreApplication.translate("AccessDecisionDialog", u"One reason a paragraph; they go into the letter", None))
        self.reasonsError.setText("")
        self.purposeLabel.setText(QCoreApplication.translate("AccessDecisionDialog", u"&Purpose it is given for:", None))
#if QT_CONFIG(accessibility)
        self.purposeEdit.setAccessibleName(QCoreApplication.translate("AccessDecisionDialog", u"Purpose the information is given for", None))
#endif // QT_CONFIG(accessibility)
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("AccessDecisionDialog", u"Required for any disclosure", None))
#if QT_CONFIG(tooltip)
        self.purposeEdit.setToolTip(QCoreApplication.translate("AccessDecisionDialog", u"The information may be used only for this purpose, and the letter says so", None))
#endif // QT_CONFIG(tooltip)
        self.purposeError.setText("")
        self.conditionsLabel.setText(QCoreApplication.translate("AccessDecisionDialog", u"C&onditions:", None))
#if QT_CONFIG(accessibility)
        self.conditionsEdit.setAccessibleName(QCoreApplication.translate("AccessDecisionDialog", u"Conditions of disclosure", None))
#endif // QT_CONFIG(accessibility)
        self.conditionsEdit.setPlaceholderText(QCoreApplication.translate("AccessDecisionDialog", u"One per line, e.g. Inspect at the office; no copies", None))
        self.redactionsLabel.setText(QCoreApplication.translate("AccessDecisionDialog", u"Re&dactions:", None))
#if QT_CONFIG(accessibility)
        self.redactionsEdit.setAccessibleName(QCoreApplication.translate("AccessDecisionDialog", u"What has been removed", None))
#endif // QT_CONFIG(accessibility)
        self.redactionsEdit.setPlaceholderText(QCoreApplication.translate("AccessDecisionDialog", u"What has been removed, for a part disclosure", None))
        self.redactionsError.setText("")
        self.overrideLabel.setText(QCoreApplication.translate("AccessDecisionDialog", u"Why decide &otherwise:", None))
#if QT_CONFIG(accessibility)
        self.overrideEdit.setAccessibleName(QCoreApplication.translate("AccessDecisionDialog", u"Reason for deciding otherwise than recommended", None))
#endif // QT_CONFIG(accessibility)
        self.overrideEdit.setPlaceholderText(QCoreApplication.translate("AccessDecisionDialog", u"Required because this differs from the recommendation; it is kept in the audit log", None))
        self.overrideError.setText("")
        self.dateLabel.setText(QCoreApplication.translate("AccessDecisionDialog", u"Decided o&n:", None))
#if QT_CONFIG(accessibility)
        self.decidedDate.setAccessibleName(QCoreApplication.translate("AccessDecisionDialog", u"Date of the decision", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi
