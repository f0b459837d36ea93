# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QSplitter, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.actionBackUp = QAction(MainWindow)
        self.actionBackUp.setObjectName(u"actionBackUp")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionOpenDataFolder = QAction(MainWindow)
        self.actionOpenDataFolder.setObjectName(u"actionOpenDataFolder")
        self.actionCouncilDetails = QAction(MainWindow)
        self.actionCouncilDetails.setObjectName(u"actionCouncilDetails")
        self.actionLeaveDemo = QAction(MainWindow)
        self.actionLeaveDemo.setObjectName(u"actionLeaveDemo")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionShowLog = QAction(MainWindow)
        self.actionShowLog.setObjectName(u"actionShowLog")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.alertBanner = QLabel(self.centralWidget)
        self.alertBanner.setObjectName(u"alertBanner")
        self.alertBanner.setWordWrap(True)
        self.alertBanner.setTextFormat(Qt.TextFormat.RichText)
        self.alertBanner.setMargin(6)

        self.centralLayout.addWidget(self.alertBanner)

        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navList = QListWidget(self.splitter)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(170, 0))
        self.navList.setMaximumSize(QSize(300, 16777215))
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.navList.setIconSize(QSize(20, 20))
        self.navList.setSpacing(2)
        self.splitter.addWidget(self.navList)
        self.areaStack = QStackedWidget(self.splitter)
        self.areaStack.setObjectName(u"areaStack")
        self.splitter.addWidget(self.areaStack)

        self.centralLayout.addWidget(self.splitter)

        self.centralLayout.setStretch(1, 1)
        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuGo = QMenu(self.menuBar)
        self.menuGo.setObjectName(u"menuGo")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuGo.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionCouncilDetails)
        self.menuFile.addAction(self.actionLeaveDemo)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackUp)
        self.menuFile.addAction(self.actionRestore)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionOpenDataFolder)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionShowLog)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"ParishDesk", None))
        self.actionBackUp.setText(QCoreApplication.translate("MainWindow", u"&Back up now\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionBackUp.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+B", None))
#endif // QT_CONFIG(shortcut)
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"&Restore from backup\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionRestore.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+B", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenDataFolder.setText(QCoreApplication.translate("MainWindow", u"Open &data folder", None))
#if QT_CONFIG(shortcut)
        self.actionOpenDataFolder.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Alt+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionCouncilDetails.setText(QCoreApplication.translate("MainWindow", u"&Council details\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionCouncilDetails.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionLeaveDemo.setText(QCoreApplication.translate("MainWindow", u"&Leave the demo and set up my council\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionLeaveDemo.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Alt+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowLog.setText(QCoreApplication.translate("MainWindow", u"Show &log", None))
#if QT_CONFIG(shortcut)
        self.actionShowLog.setShortcut(QCoreApplication.translate("MainWindow", u"F12", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About ParishDesk", None))
#if QT_CONFIG(shortcut)
        self.actionAbout.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.alertBanner.setText("")
#if QT_CONFIG(accessibility)
        self.alertBanner.setAccessibleName(QCoreApplication.translate("MainWindow", u"Reminders", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Areas", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.areaStack.setAccessibleName(QCoreApplication.translate("MainWindow", u"Current area", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuGo.setTitle(QCoreApplication.translate("MainWindow", u"&Go", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi
