# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_councillor_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit

from parishdesk.gui.common.date_field import DateField

class Ui_MembersCouncillorDialog(object):
    def setupUi(self, MembersCouncillorDialog):
        if not MembersCouncillorDialog.objectName():
            MembersCouncillorDialog.setObjectName(u"MembersCouncillorDialog")
        MembersCouncillorDialog.resize(720, 560)
        self.grid = QGridLayout(MembersCouncillorDialog)
        self.grid.setObjectName(u"grid")
        self.titleLabel = QLabel(MembersCouncillorDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.grid.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.title = QLineEdit(MembersCouncillorDialog)
        self.title.setObjectName(u"title")

        self.grid.addWidget(self.title, 0, 1, 1, 1)

        self.titleError = QLabel(MembersCouncillorDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)
        self.titleError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.titleError, 0, 2, 1, 1)

        self.first_nameLabel = QLabel(MembersCouncillorDialog)
        self.first_nameLabel.setObjectName(u"first_nameLabel")

        self.grid.addWidget(self.first_nameLabel, 1, 0, 1, 1)

        self.first_name = QLineEdit(MembersCouncillorDialog)
        self.first_name.setObjectName(u"first_name")

        self.grid.addWidget(self.first_name, 1, 1, 1, 1)

        self.first_nameError = QLabel(MembersCouncillorDialog)
        self.first_nameError.setObjectName(u"first_nameError")
        self.first_nameError.setWordWrap(True)
        self.first_nameError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.first_nameError, 1, 2, 1, 1)

        self.surnameLabel = QLabel(MembersCouncillorDialog)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.grid.addWidget(self.surnameLabel, 2, 0, 1, 1)

        self.surname = QLineEdit(MembersCouncillorDialog)
        self.surname.setObjectName(u"surname")

        self.grid.addWidget(self.surname, 2, 1, 1, 1)

        self.surnameError = QLabel(MembersCouncillorDialog)
        self.surnameError.setObjectName(u"surnameError")
        self.surnameError.setWordWrap(True)
        self.surnameError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.surnameError, 2, 2, 1, 1)

        self.preferred_nameLabel = QLabel(MembersCouncillorDialog)
        self.preferred_nameLabel.setObjectName(u"preferred_nameLabel")

        self.grid.addWidget(self.preferred_nameLabel, 3, 0, 1, 1)

        self.preferred_name = QLineEdit(MembersCouncillorDialog)
        self.preferred_name.setObjectName(u"preferred_name")

        self.grid.addWidget(self.preferred_name, 3, 1, 1, 1)

        self.preferred_nameError = QLabel(MembersCouncillorDialog)
        self.preferred_nameError.setObjectName(u"preferred_nameError")
        self.preferred_nameError.setWordWrap(True)
        self.preferred_nameError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.preferred_nameError, 3, 2, 1, 1)

        self.wardLabel = QLabel(MembersCouncillorDialog)
        self.wardLabel.setObjectName(u"wardLabel")

        self.grid.addWidget(self.wardLabel, 4, 0, 1, 1)

        self.ward = QLineEdit(MembersCouncillorDialog)
        self.ward.setObjectName(u"ward")

        self.grid.addWidget(self.ward, 4, 1, 1, 1)

        self.wardError = QLabel(MembersCouncillorDialog)
        self.wardError.setObjectName(u"wardError")
        self.wardError.setWordWrap(True)
        self.wardError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.wardError, 4, 2, 1, 1)

        self.addressLabel = QLabel(MembersCouncillorDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.grid.addWidget(self.addressLabel, 5, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.address = QPlainTextEdit(MembersCouncillorDialog)
        self.address.setObjectName(u"address")
        self.address.setMaximumSize(QSize(16777215, 70))

        self.grid.addWidget(self.address, 5, 1, 1, 1)

        self.addressError = QLabel(MembersCouncillorDialog)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)
        self.addressError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.addressError, 5, 2, 1, 1)

        self.phoneLabel = QLabel(MembersCouncillorDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.grid.addWidget(self.phoneLabel, 6, 0, 1, 1)

        self.phone = QLineEdit(MembersCouncillorDialog)
        self.phone.setObjectName(u"phone")

        self.grid.addWidget(self.phone, 6, 1, 1, 1)

        self.phoneError = QLabel(MembersCouncillorDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.phoneError, 6, 2, 1, 1)

        self.emailLabel = QLabel(MembersCouncillorDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.grid.addWidget(self.emailLabel, 7, 0, 1, 1)

        self.email = QLineEdit(MembersCouncillorDialog)
        self.email.setObjectName(u"email")

        self.grid.addWidget(self.email, 7, 1, 1, 1)

        self.emailError = QLabel(MembersCouncillorDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.emailError, 7, 2, 1, 1)

        self.joined_howLabel = QLabel(MembersCouncillorDialog)
        self.joined_howLabel.setObjectName(u"joined_howLabel")

        self.grid.addWidget(self.joined_howLabel, 8, 0, 1, 1)

        self.joined_how = QComboBox(MembersCouncillorDialog)
        self.joined_how.setObjectName(u"joined_how")

        self.grid.addWidget(self.joined_how, 8, 1, 1, 1)

        self.joined_howError = QLabel(MembersCouncillorDialog)
        self.joined_howError.setObjectName(u"joined_howError")
        self.joined_howError.setWordWrap(True)
        self.joined_howError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.joined_howError, 8, 2, 1, 1)

        self.joined_onLabel = QLabel(MembersCouncillorDialog)
        self.joined_onLabel.setObjectName(u"joined_onLabel")

        self.grid.addWidget(self.joined_onLabel, 9, 0, 1, 1)

        self.joined_on = DateField(MembersCouncillorDialog)
        self.joined_on.setObjectName(u"joined_on")

        self.grid.addWidget(self.joined_on, 9, 1, 1, 1)

        self.joined_onError = QLabel(MembersCouncillorDialog)
        self.joined_onError.setObjectName(u"joined_onError")
        self.joined_onError.setWordWrap(True)
        self.joined_onError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.joined_onError, 9, 2, 1, 1)

        self.accepted_office_onLabel = QLabel(MembersCouncillorDialog)
        self.accepted_office_onLabel.setObjectName(u"accepted_office_onLabel")

        self.grid.addWidget(self.accepted_office_onLabel, 10, 0, 1, 1)

        self.accepted_office_on = DateField(MembersCouncillorDialog)
        self.accepted_office_on.setObjectName(u"accepted_office_on")

        self.grid.addWidget(self.accepted_office_on, 10, 1, 1, 1)

        self.accepted_office_onError = QLabel(MembersCouncillorDialog)
        self.accepted_office_onError.setObjectName(u"accepted_office_onError")
        self.accepted_office_onError.setWordWrap(True)
        self.accepted_office_onError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.accepted_office_onError, 10, 2, 1, 1)

        self.term_ends_onLabel = QLabel(MembersCouncillorDialog)
        self.term_ends_onLabel.setObjectName(u"term_ends_onLabel")

        self.grid.addWidget(self.term_ends_onLabel, 11, 0, 1, 1)

        self.term_ends_on = DateField(MembersCouncillorDialog)
        self.term_ends_on.setObjectName(u"term_ends_on")

        self.grid.addWidget(self.term_ends_on, 11, 1, 1, 1)

        self.term_ends_onError = QLabel(MembersCouncillorDialog)
        self.term_ends_onError.setObjectName(u"term_ends_onError")
        self.term_ends_onError.setWordWrap(True)
        self.term_ends_onError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.term_ends_onError, 11, 2, 1, 1)

        self.groupLabel = QLabel(MembersCouncillorDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.grid.addWidget(self.groupLabel, 12, 0, 1, 1)

        self.group = QComboBox(MembersCouncillorDialog)
        self.group.setObjectName(u"group")

        self.grid.addWidget(self.group, 12, 1, 1, 1)

        self.groupError = QLabel(MembersCouncillorDialog)
        self.groupError.setObjectName(u"groupError")
        self.groupError.setWordWrap(True)
        self.groupError.setMinimumSize(QSize(200, 0))

        self.grid.addWidget(self.groupError, 12, 2, 1, 1)

        self.buttonBox = QDialogButtonBox(MembersCouncillorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.grid.addWidget(self.buttonBox, 13, 0, 1, 3)

        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.first_nameLabel.setBuddy(self.first_name)
        self.surnameLabel.setBuddy(self.surname)
        self.preferred_nameLabel.setBuddy(self.preferred_name)
        self.wardLabel.setBuddy(self.ward)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.joined_howLabel.setBuddy(self.joined_how)
        self.joined_onLabel.setBuddy(self.joined_on)
        self.accepted_office_onLabel.setBuddy(self.accepted_office_on)
        self.term_ends_onLabel.setBuddy(self.term_ends_on)
        self.groupLabel.setBuddy(self.group)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MembersCouncillorDialog)
    # setupUi

    def retranslateUi(self, MembersCouncillorDialog):
        MembersCouncillorDialog.setWindowTitle(QCoreApplication.translate("MembersCouncillorDialog", u"Councillor", None))
        self.titleLabel.setText(QCoreApplication.translate("MembersCouncillorDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.title.setPlaceholderText(QCoreApplication.translate("MembersCouncillorDialog", u"Mrs, Mr, Ms, Dr \u2026", None))
        self.titleError.setText("")
#if QT_CONFIG(accessibility)
        self.titleError.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Title problem", None))
#endif // QT_CONFIG(accessibility)
        self.first_nameLabel.setText(QCoreApplication.translate("MembersCouncillorDialog", u"&First name:", None))
#if QT_CONFIG(accessibility)
        self.first_name.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.first_nameError.setText("")
#if QT_CONFIG(accessibility)
        self.first_nameError.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"First name problem", None))
#endif // QT_CONFIG(accessibility)
        self.surnameLabel.setText(QCoreApplication.translate("MembersCouncillorDialog", u"&Surname:", None))
#if QT_CONFIG(accessibility)
        self.surname.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Surname", None))
#endif // QT_CONFIG(accessibility)
        self.surnameError.setText("")
#if QT_CONFIG(accessibility)
        self.surnameError.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Surname problem", None))
#endif // QT_CONFIG(accessibility)
        self.preferred_nameLabel.setText(QCoreApplication.translate("MembersCouncillorDialog", u"&Preferred name:", None))
#if QT_CONFIG(accessibility)
        self.preferred_name.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Preferred name", None))
#endif // QT_CONFIG(accessibility)
        self.preferred_name.setPlaceholderText(QCoreApplication.translate("MembersCouncillorDialog", u"If they go by another first name", None))
        self.preferred_nameError.setText("")
#if QT_CONFIG(accessibility)
        self.preferred_nameError.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Preferred name problem", None))
#endif // QT_CONFIG(accessibility)
        self.wardLabel.setText(QCoreApplication.translate("MembersCouncillorDialog", u"&Ward:", None))
#if QT_CONFIG(accessibility)
        self.ward.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Ward", None))
#endif // QT_CONFIG(accessibility)
        self.ward.setPlaceholderText(QCoreApplication.translate("MembersCouncillorDialog", u"Optional", None))
        self.wardError.setText("")
#if QT_CONFIG(accessibility)
        self.wardError.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Ward problem", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("MembersCouncillorDialog", u"Postal a&ddress:", None))
#if QT_CONFIG(accessibility)
        self.address.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Postal address", None))
#endif // QT_CONFIG(accessibility)
        self.addressError.setText("")
#if QT_CONFIG(accessibility)
        self.addressError.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Postal address problem", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("MembersCouncillorDialog", u"Tele&phone:", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Telephone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneError.setText("")
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Telephone problem", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("MembersCouncillorDialog", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.emailError.setText("")
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"E-mail problem", None))
#endif // QT_CONFIG(accessibility)
        self.joined_howLabel.setText(QCoreApplication.translate("MembersCouncillorDialog", u"&How they joined:", None))
#if QT_CONFIG(accessibility)
        self.joined_how.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"How they joined", None))
#endif // QT_CONFIG(accessibility)
        self.joined_howError.setText("")
#if QT_CONFIG(accessibility)
        self.joined_howError.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"How they joined problem", None))
#endif // QT_CONFIG(accessibility)
        self.joined_onLabel.setText(QCoreApplication.translate("MembersCouncillorDialog", u"&Joined on:", None))
#if QT_CONFIG(accessibility)
        self.joined_on.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Joined on", None))
#endif // QT_CONFIG(accessibility)
        self.joined_onError.setText("")
#if QT_CONFIG(accessibility)
        self.joined_onError.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Joined on problem", None))
#endif // QT_CONFIG(accessibility)
        self.accepted_office_onLabel.setText(QCoreApplication.translate("MembersCouncillorDialog", u"&Accepted office on:", None))
#if QT_CONFIG(accessibility)
        self.accepted_office_on.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Accepted office on", None))
#endif // QT_CONFIG(accessibility)
        self.accepted_office_onError.setText("")
#if QT_CONFIG(accessibility)
        self.accepted_office_onError.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Accepted office on problem", None))
#endif // QT_CONFIG(accessibility)
        self.term_ends_onLabel.setText(QCoreApplication.translate("MembersCouncillorDialog", u"Term e&nds on:", None))
#if QT_CONFIG(accessibility)
        self.term_ends_on.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Term ends on", None))
#endif // QT_CONFIG(accessibility)
        self.term_ends_onError.setText("")
#if QT_CONFIG(accessibility)
        self.term_ends_onError.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Term ends on problem", None))
#endif // QT_CONFIG(accessibility)
        self.groupLabel.setText(QCoreApplication.translate("MembersCouncillorDialog", u"Party &group:", None))
#if QT_CONFIG(accessibility)
        self.group.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Party group", None))
#endif // QT_CONFIG(accessibility)
        self.groupError.setText("")
#if QT_CONFIG(accessibility)
        self.groupError.setAccessibleName(QCoreApplication.translate("MembersCouncillorDialog", u"Party group problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
