import QtQuick
import QtQuick.Controls
import TtcChat

// A push button drawn from the chat theme: the accent colour when highlighted (the default action), no background
// when flat until hovered, a focus ring for keyboard use. It looks the same under any Qt Quick Controls style.
Button {
    id: button
    property Theme theme
    implicitHeight: 32
    leftPadding: 12
    rightPadding: 12
    topPadding: 4
    bottomPadding: 4
    contentItem: Text {
        text: button.text
        font: button.font
        color: !button.theme ? "black"
             : button.highlighted ? button.theme.accentText
             : button.flat ? button.theme.link : button.theme.text
        opacity: button.enabled || button.highlighted ? 1 : 0.5
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitWidth: 64
        radius: 6
        opacity: button.enabled ? 1 : 0.45
        color: !button.theme ? "lightgray"
             : button.highlighted ? (button.down ? Qt.darker(button.theme.accent, 1.2)
                                    : button.hovered ? Qt.darker(button.theme.accent, 1.08) : button.theme.accent)
             : button.flat ? (button.down ? button.theme.pressed : button.hovered ? button.theme.hover : "transparent")
             : button.down ? Qt.tint(button.theme.control, button.theme.pressed)
             : button.hovered ? Qt.tint(button.theme.control, button.theme.hover) : button.theme.control
        border.width: button.visualFocus ? 2 : 0
        border.color: button.highlighted && button.theme ? button.theme.text : button.theme ? button.theme.accent : "transparent"
    }
}
