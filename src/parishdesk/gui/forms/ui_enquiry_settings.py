# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enquiry_settings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_EnquirySettings(object):
    def setupUi(self, EnquirySettings):
        if not EnquirySettings.objectName():
            EnquirySettings.setObjectName(u"EnquirySettings")
        EnquirySettings.resize(520, 330)
        self.mainLayout = QVBoxLayout(EnquirySettings)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(EnquirySettings)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.ackLabel = QLabel(EnquirySettings)
        self.ackLabel.setObjectName(u"ackLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ackLabel)

        self.ackSpin = QSpinBox(EnquirySettings)
        self.ackSpin.setObjectName(u"ackSpin")
        self.ackSpin.setMinimum(0)
        self.ackSpin.setMaximum(99)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ackSpin)

        self.ackError = QLabel(EnquirySettings)
        self.ackError.setObjectName(u"ackError")
        self.ackError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ackError)

        self.answerLabel = QLabel(EnquirySettings)
        self.answerLabel.setObjectName(u"answerLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.answerLabel)

        self.answerSpin = QSpinBox(EnquirySettings)
        self.answerSpin.setObjectName(u"answerSpin")
        self.answerSpin.setMinimum(0)
        self.answerSpin.setMaximum(99)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.answerSpin)

        self.answerError = QLabel(EnquirySettings)
        self.answerError.setObjectName(u"answerError")
        self.answerError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.answerError)

        self.noticeLabel = QLabel(EnquirySettings)
        self.noticeLabel.setObjectName(u"noticeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noticeLabel)

        self.noticeSpin = QSpinBox(EnquirySettings)
        self.noticeSpin.setObjectName(u"noticeSpin")
        self.noticeSpin.setMinimum(0)
        self.noticeSpin.setMaximum(99)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noticeSpin)

        self.noticeError = QLabel(EnquirySettings)
        self.noticeError.setObjectName(u"noticeError")
        self.noticeError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noticeError)

        self.noticeHelp = QLabel(EnquirySettings)
        self.noticeHelp.setObjectName(u"noticeHelp")
        self.noticeHelp.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noticeHelp)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(EnquirySettings)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.RestoreDefaults|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.ackLabel.setBuddy(self.ackSpin)
        self.answerLabel.setBuddy(self.answerSpin)
        self.noticeLabel.setBuddy(self.noticeSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ackSpin, self.answerSpin)
        QWidget.setTabOrder(self.answerSpin, self.noticeSpin)

        self.retranslateUi(EnquirySettings)
    # setupUi

    def retranslateUi(self, EnquirySettings):
        EnquirySettings.setWindowTitle(QCoreApplication.translate("EnquirySettings", u"Inbox settings", None))
        self.introLabel.setText(QCoreApplication.translate("EnquirySettings", u"The council's standard times, counted in working days (weekends and bank holidays do not count). New enquiries are given these deadlines; enquiries already logged keep theirs.", None))
        self.ackLabel.setText(QCoreApplication.translate("EnquirySettings", u"&Acknowledge within:", None))
        self.ackSpin.setSuffix(QCoreApplication.translate("EnquirySettings", u" working days", None))
#if QT_CONFIG(accessibility)
        self.ackSpin.setAccessibleName(QCoreApplication.translate("EnquirySettings", u"Acknowledge within this many working days", None))
#endif // QT_CONFIG(accessibility)
        self.ackError.setText("")
        self.answerLabel.setText(QCoreApplication.translate("EnquirySettings", u"A&nswer within:", None))
        self.answerSpin.setSuffix(QCoreApplication.translate("EnquirySettings", u" working days", None))
#if QT_CONFIG(accessibility)
        self.answerSpin.setAccessibleName(QCoreApplication.translate("EnquirySettings", u"Answer within this many working days", None))
#endif // QT_CONFIG(accessibility)
        self.answerError.setText("")
        self.noticeLabel.setText(QCoreApplication.translate("EnquirySettings", u"&Reasonable minimum notice:", None))
        self.noticeSpin.setSuffix(QCoreApplication.translate("EnquirySettings", u" working days", None))
#if QT_CONFIG(accessibility)
        self.noticeSpin.setAccessibleName(QCoreApplication.translate("EnquirySettings", u"Reasonable minimum notice for an answer, in working days", None))
#endif // QT_CONFIG(accessibility)
        self.noticeError.setText("")
        self.noticeHelp.setText(QCoreApplication.translate("EnquirySettings", u"A councillor who asks for an answer sooner than this gets a warning (a reasonable time to answer).", None))
    # retranslateUi
