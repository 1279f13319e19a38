import QtQuick
import QtQuick.Controls
import TtcChat

// A tool button drawn from the chat theme: no background until hovered, pressed or checked, and a focus ring for
// keyboard use. It looks the same under any Qt Quick Controls style.
ToolButton {
    id: button
    property Theme theme
    property bool menuShown: false  // its menu is open: no tooltip over the menu
    implicitHeight: 32
    padding: 6
    focusPolicy: Qt.StrongFocus
    contentItem: Text {
        text: button.text
        font: button.font
        color: !button.theme ? "black" : button.enabled ? button.theme.text : button.theme.mutedText
        opacity: button.enabled ? 1 : 0.6
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: 6
        color: !button.theme ? "transparent"
             : button.down ? button.theme.pressed
             : button.checked ? Qt.rgba(button.theme.accent.r, button.theme.accent.g, button.theme.accent.b, 0.18)
             : button.hovered ? button.theme.hover : "transparent"
        border.width: button.visualFocus ? 2 : 0
        border.color: button.theme ? button.theme.accent : "transparent"
    }
}
