import QtQuick
import QtQuick.Controls
import TtcChat

// A small flat button showing a glyph, with its label as tooltip and accessible name.
FlatButton {
    required property string label
    property string glyph
    text: glyph
    font.pixelSize: 15
    implicitWidth: 32
    padding: 0
    Accessible.name: label
    Accessible.description: label
    ToolTip.visible: (hovered || visualFocus) && !menuShown
    ToolTip.delay: 600
    ToolTip.text: label
}
