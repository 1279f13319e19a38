import QtQuick
import QtQuick.Controls
import TtcChat

// A small flat button showing a glyph, with its label as tooltip and accessible name.
ToolButton {
    id: button
    required property string label
    property string glyph
    property Theme theme
    text: glyph
    font.pixelSize: 15
    implicitWidth: 32
    implicitHeight: 32
    focusPolicy: Qt.StrongFocus
    Accessible.name: label
    Accessible.description: label
    ToolTip.visible: hovered || visualFocus
    ToolTip.delay: 600
    ToolTip.text: label
}
