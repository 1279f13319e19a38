import QtQuick
import QtQuick.Controls

// A menu entry of desktop height: the Basic style's entries are 40 px, sized for touch.
MenuItem {
    implicitHeight: 30
}
