# Replaces PyInstaller's hook for PySide6.QtGui (packaging/gemeinsam-desktop.spec names this
# folder in ``hookspath``, which takes precedence over the built-in hooks).
#
# The stock hook collects every platform-theme and input-context plugin. Two of them drag in
# ~90 MB the app never uses: the GTK3 platform theme (GTK, GDK, Pango, Cairo, ...) and Qt's
# virtual keyboard (QtQuick, QML). Without them Qt draws its own dialogs and the app its own
# theme (ui/theme.py); typing works as before (compose and IBus input contexts stay).

import os

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

DROPPED = ("qgtk3", "qtvirtualkeyboardplugin")

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (src, dest) for src, dest in binaries if not any(n in os.path.basename(src) for n in DROPPED)
]
